#pragma once

#include "ApiError.h"
#include "Conversation.h"
#include "Page.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

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
// Each page is applied as it arrives, so a walk over 100,000 conversations
// never holds the UI thread for long: its changed rows are merged into the
// model and written to the cache in one transaction, and every row it lists
// is marked in the cache as seen by this walk (Cache::saveConversationPage).
// Only a walk that reaches the end removes anything, in one statement
// (Cache::finishConversationWalk), and then from the model by row removals;
// a failed or cancelled walk keeps the pages it applied and removes nothing.
// A completed walk also ends the list's paging (it has every row now).
// Rows are updated in place, so the list neither resets nor loses its
// selection. Conversations that became unread are reported once the sync
// ends (newUnread), also after a failure for the pages it applied; so are
// unread ones with newer activity, with the activity they had before (which
// may have been an outbound message only: NewMessageAnnouncer asks).
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
    // Conversations per page of the full walk (default and most: fullWalkPageSize); tests walk several small pages.
    void setFullWalkPageSize(int limit) { m_fullWalkPageSize = qBound(1, limit, int(fullWalkPageSize)); }
    QDateTime lastSync() const;
    // The first page load of a fresh cache counts as a sync point.
    void markSynced(const QDateTime &when);

Q_SIGNALS:
    void started();
    void finished(const repdesk::ApiError &error);
    // `activityBefore`: of those ids that were unread already (their activity moved on), the last
    // activity they had before; an id missing from it was read, or not in the list.
    void newUnread(const QStringList &conversationIds, const QHash<QString, QDateTime> &activityBefore);

private:
    // What one sync has applied so far.
    struct Run
    {
        quint64 generation = 0;
        bool full = false;
        QDateTime since;          // an incremental poll's start_date; what counts as recent activity
        QDateTime requestedAt;    // the next sync point, once this sync succeeds
        QElapsedTimer started;
        qint64 cacheWalk = 0;     // the cache's id for this walk; 0 when the cache keeps no record of it
        bool cacheFailed = false; // a page was not recorded: the cache cannot tell what this walk saw
        bool lossy = false;       // a page had items that did not decode: their ids are unknown
        QSet<QString> seen;       // only for a full walk without cacheWalk: what the model keeps
        QStringList fresh;        // became unread; reported when the sync ends
        QHash<QString, QDateTime> activityBefore; // of those unread before: their activity then
    };
    bool cacheUsable() const;
    void applyPage(Run &run, const Page<Conversation> &page);
    void finishRun(Run &run, const ApiError &error);
    void mergeIntoModel(Run &run, const QList<Conversation> &items);
    void removeUnseen(Run &run);
    void finishListPaging(const Run &run);

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
    int m_fullWalkPageSize = fullWalkPageSize;
};

} // namespace repdesk
