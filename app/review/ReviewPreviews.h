#pragma once

#include "Message.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace repdesk {

class Cache;
class CallQueue;
class InboxProvider;
class PageWalk;
class ReviewQueueModel;

// The rows' "last inbound message" line, and the threads of drafts about to
// be shown. A row's preview comes from the cached thread when there is one;
// otherwise the thread is fetched (pages of 500, each page its own entry of a
// CallQueue of kMaxInFlight, apart from the discovery's so the rows on screen
// do not wait behind hundreds of checks) and written to the cache, where the
// thread view (MessageThreadModel) finds it at once when the draft is shown.
// The thread of the draft about to be shown (prefetch, refresh) has a queue
// of its own, so it never waits behind the previews of a screenful of rows.
class ReviewPreviews : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxInFlight = 2;
    static constexpr int kPageSize = 500; // the documented maximum
    // A thread that could not be fetched (offline) is not asked again sooner than this.
    static constexpr int kRetryMs = 30000;

    explicit ReviewPreviews(QObject *parent = nullptr);

    void setSource(InboxProvider *provider, Cache *cache, const QString &organizationId, ReviewQueueModel *model);
    // Rows shown lack their preview: from the cached thread, else fetched.
    void want(const QStringList &conversationIds);
    // The thread of a draft about to be shown, fetched into the cache unless this
    // session already did (then showing it paints from the cache with no wait).
    void prefetch(const QString &conversationId);
    // The thread changed on the server (a draft became a message): fetched again.
    void refresh(const QString &conversationId);
    // A thread someone else loaded (the thread view): the preview follows it.
    // `fromServer`: the server's thread, now in the cache (isFresh() from then on).
    void update(const QString &conversationId, const QList<Message> &messages, bool fromServer = false);
    void stop();

    bool isFresh(const QString &conversationId) const { return m_fresh.contains(conversationId); }
    CallQueue *queue() const { return m_queue; }
    CallQueue *urgentQueue() const { return m_urgent; }

Q_SIGNALS:
    // The conversation's thread is in the cache as the server has it now.
    void threadFetched(const QString &conversationId);

private:
    void fetch(const QString &conversationId, CallQueue *queue);
    void fetchPage(CallQueue *queue, const QString &conversationId, const QString &cursor,
                   std::shared_ptr<QList<Message>> collected, PageWalk *walk);
    void fetched(const QString &conversationId, QList<Message> messages);
    void failed(const QString &conversationId, bool gone);

    QPointer<InboxProvider> m_provider;
    QPointer<Cache> m_cache;
    QPointer<ReviewQueueModel> m_model;
    QString m_org;
    CallQueue *m_queue;
    CallQueue *m_urgent; // one at a time: the draft about to be shown
    QHash<QString, CallQueue *> m_fetching; // conversation -> the queue fetching it
    QSet<QString> m_fresh; // fetched from the server in this session
    QHash<QString, qint64> m_failedAt; // ms since the epoch
    quint64 m_generation = 0;
};

} // namespace repdesk
