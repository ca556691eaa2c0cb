#pragma once

#include "ApiError.h"
#include "Conversation.h"
#include "ReviewCheck.h"
#include "ReviewItem.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace repdesk {

class ApiCall;
class Cache;
class CallQueue;
class ConversationListModel;
class DraftJournal;
class InboxProvider;
class InboxSync;
class ReviewQueueModel;

// Builds the organization's list of pending drafts, which the API does not
// offer: for every conversation active in the last windowDays() days, newest
// activity first, it lists the conversation's response drafts (limit=1)
// through a CallQueue of at most kMaxInFlight requests, and fills the
// ReviewQueueModel.
//
// Which conversations: the organization's cached conversations plus what the
// conversation list holds, not a server-side date filter. The list route
// documents start_date, but not which timestamp it filters on (start_at or
// last_activity_at; InboxSync notes the same), and a filter on start_at would
// silently miss an old conversation with a new reply. The cache is kept
// current by InboxSync (incremental polls and the full reconciliation walk),
// so reading it after each sync sees every conversation the inbox knows.
//
// Asking again: each conversation's check is kept in the cache (ReviewTable)
// with the last_activity_at it was made at; a conversation is listed again
// only when its activity differs. So a restart paints the queue from the
// cache with no request, and a poll that brought one new message re-checks
// one conversation. Rows the session holds (the draft shown, drafts under an
// action) are left alone: their checks are recorded and reported through
// checked(), and the session decides (reload with a notice, leave the queue).
//
// A network failure stops the round (the rest would fail the same way) and
// the next sync tries again; failed conversations are not recorded as checked.
class ReviewDiscovery : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxInFlight = 4;
    // Checks written to the cache in one transaction (and at the end of a round).
    static constexpr int kSaveBatch = 50;

    explicit ReviewDiscovery(QObject *parent = nullptr);
    ~ReviewDiscovery() override;

    // `journal` (may be null) tells which drafts were edited on this computer.
    void setSource(InboxProvider *provider, Cache *cache, DraftJournal *journal, const QString &organizationId,
                   ReviewQueueModel *model);
    // Keeps the queue current as the inbox changes: a debounced discover() after
    // the list's rows change and after each sync; rows removed from the list
    // (gone from the server) leave the queue.
    void watch(ConversationListModel *conversations, InboxSync *sync);
    void setWindowDays(int days);
    int windowDays() const { return m_windowDays; }
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }
    QDateTime windowStart() const;
    // Conversations whose rows the session handles itself.
    void setHold(std::function<bool(const QString &conversationId)> held) { m_held = std::move(held); }

    // Paints the model from the cache (no request). discover() does it first if needed.
    void loadFromCache();
    // Lists the drafts of the conversations whose activity changed since their last check.
    void discover();
    // After this delay without further changes of the list, discover() runs.
    void scheduleDiscover(int delayMs = 200);
    // Cancels every check (the key was refused, or the session closes); discover() starts again.
    void stop();

    // What the session learned about a conversation's draft (sent, discarded,
    // overwritten, gone): recorded as a check at the conversation's current
    // activity, so an older cached check cannot bring the row back.
    void markChecked(const QString &conversationId, const std::optional<ResponseDraft> &draft);

    bool isRunning() const { return m_running; }
    CallQueue *queue() const { return m_queue; }
    const ApiError &lastError() const { return m_lastError; }
    std::optional<ReviewCheck> known(const QString &conversationId) const;
    std::optional<Conversation> conversation(const QString &conversationId) const;
    // A new row for a conversation's draft: Pending, or Sending when it is queued on the server.
    ReviewItem itemFor(const Conversation &conversation, const ResponseDraft &draft) const;
    // True when this computer has text for the conversation that differs from `proposalHtml`.
    bool editedLocally(const QString &conversationId, const QString &proposalHtml) const;

Q_SIGNALS:
    void started();
    // The round ended; `lastError` is the last failure of the round (none when every check answered).
    void finished(const repdesk::ApiError &lastError);
    // A conversation was listed (held or not): the draft it has now, or none.
    void checked(const QString &conversationId, const std::optional<repdesk::ResponseDraft> &draft);
    // Its drafts route answered 404: the conversation is gone (its row, if not held, is removed).
    void conversationGone(const QString &conversationId);

private:
    static qint64 activityKey(const QDateTime &at) { return at.isValid() ? at.toMSecsSinceEpoch() : LLONG_MIN; }
    QList<Conversation> candidates();
    void enqueue(const Conversation &conversation);
    void onListed(const QString &conversationId, qint64 key, ApiCall *call);
    void record(const ReviewCheck &check);
    void apply(const QString &conversationId, const std::optional<ResponseDraft> &draft);
    void removeRows(const QStringList &conversationIds);
    void flushSaves();
    void onIdle();
    bool isHeld(const QString &conversationId) const { return m_held && m_held(conversationId); }

    QPointer<InboxProvider> m_provider;
    QPointer<Cache> m_cache;
    QPointer<DraftJournal> m_journal;
    QPointer<ReviewQueueModel> m_model;
    QPointer<ConversationListModel> m_list;
    QString m_org;
    CallQueue *m_queue;
    QTimer m_debounce;
    std::function<QDateTime()> m_clock;
    std::function<bool(const QString &)> m_held;
    int m_windowDays;
    QHash<QString, ReviewCheck> m_known;       // the last check of each conversation
    QHash<QString, Conversation> m_candidates; // conversations in the window, as last seen
    QHash<QString, qint64> m_inFlight;         // conversation -> the activity being checked
    QHash<QString, QString> m_modalities;
    QList<ReviewCheck> m_unsaved;
    ApiError m_lastError;
    bool m_loaded = false;
    bool m_running = false;
};

} // namespace repdesk
