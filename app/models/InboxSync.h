#pragma once

#include "ApiError.h"
#include "Conversation.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace repdesk {

class Cache;
class ConversationListModel;
class InboxProvider;
class PageWalk;

// Keeps the conversation list in step with the server, two ways:
// - an incremental poll asks only for what changed since the last sync
//   (start_date = last sync minus a small overlap for clock skew);
// - a full reconciliation walk (limit 500, no filter) runs on the first
//   syncNow() after setSource() and whenever the last one is older than
//   fullWalkIntervalSeconds. The docs do not say what start_date filters on,
//   so only the full walk is sure to bring changed is_read, folders and late
//   activity; conversations a completed walk did not list are removed from
//   the model and the cache.
// Results are applied only when a walk completes: a failed walk changes
// nothing. Rows are updated in place, so the list neither resets nor loses
// its selection. Conversations that became unread are reported (newUnread).
class InboxSync : public QObject
{
    Q_OBJECT
public:
    static constexpr int overlapSeconds = 120;
    static constexpr int fullWalkIntervalSeconds = 15 * 60;
    static constexpr int fullWalkPageSize = 500;
    static constexpr int incrementalPageSize = 200;

    explicit InboxSync(QObject *parent = nullptr);

    // Also makes the next syncNow() a full walk.
    void setSource(InboxProvider *provider, Cache *cache, ConversationListModel *model, const QString &organizationId);
    // Starts a sync unless one is running: a full walk when one is due, else
    // an incremental poll. `finished` follows in every case.
    void syncNow();
    bool isRunning() const { return m_running; }
    // The running sync walks every conversation (for a status text); false when idle.
    bool isFullWalk() const { return m_running && m_fullWalk; }
    // How old the last full walk may get before syncNow() walks again; tests shorten it.
    void setFullWalkIntervalMs(qint64 ms) { m_fullWalkIntervalMs = ms; }
    qint64 fullWalkIntervalMs() const { return m_fullWalkIntervalMs; }
    QDateTime lastSync() const;
    // The first page load of a fresh cache counts as a sync point.
    void markSynced(const QDateTime &when);

Q_SIGNALS:
    void started();
    void finished(const repdesk::ApiError &error);
    void newUnread(const QStringList &conversationIds);

private:
    struct Walked
    {
        QList<Conversation> items;
        bool lossy = false; // a page had items that did not decode: their ids are unknown
    };
    void apply(const Walked &walked, bool full, const QDateTime &since);
    QStringList mergeIntoModel(const QList<Conversation> &items, const QDateTime &since);
    void removeMissing(const QList<Conversation> &items);

    InboxProvider *m_provider = nullptr;
    Cache *m_cache = nullptr;
    QPointer<ConversationListModel> m_model;
    QString m_org;
    QDateTime m_lastSync;
    QPointer<PageWalk> m_walk;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_fullWalk = false;
    // Monotonic, so a clock change neither skips nor repeats a full walk; invalid until one completed.
    QElapsedTimer m_lastFullWalk;
    qint64 m_fullWalkIntervalMs = qint64(fullWalkIntervalSeconds) * 1000;
};

} // namespace repdesk
