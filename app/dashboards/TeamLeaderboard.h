#pragma once

#include "AnalyticsRange.h"
#include "CallQueue.h"
#include "HyperRepClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace repdesk {

class AnalyticsFetcher;
class Cache;
class LeaderboardModel;
class PageWalk;
class RetryLater;
struct RetryPolicy;
struct Agent;
struct AnalyticsAnswer;

// Fills the LeaderboardModel: every agent of the organization (the cached
// list paints at once, then GET .../agents is walked in pages of 500 with
// walkPagesThrough, its pages in the queue's order), and
// one agent-analytics request per agent for the range, all through the
// dashboard's CallQueue, so at most N are in flight and rows fill in as
// answers come. A failed row keeps its last figures, says why, and its retry
// asks only that agent again; a failure the server may get over (unreachable,
// a 429, a 5xx) is asked again by itself (AnalyticsFetcher::recoveryPolicy()),
// the row or the agent list alike.
class TeamLeaderboard : public QObject
{
    Q_OBJECT
public:
    TeamLeaderboard(AnalyticsFetcher *fetcher, HyperRepClient *client, Cache *cache, QObject *parent = nullptr);
    ~TeamLeaderboard() override;

    LeaderboardModel *model() const { return m_model; }
    const AnalyticsRange &range() const { return m_range; }

    // A new range: drops the figures, paints the last ones kept for it, asks for all.
    void load(const AnalyticsRange &range);
    // The same range again: keeps the figures shown until the answers arrive.
    void refresh(const AnalyticsRange &range);
    void retry(const QString &agentId);
    // Asks for the agent list again (after it failed).
    void retryAgents();
    void cancel();

    int pendingCount() const { return int(m_tickets.size()) + (isWalking() ? 1 : 0); }
    void setRecoveryPolicy(const RetryPolicy &policy);
    // Failed rows (and the agent list) waiting to be asked again by themselves.
    int recoveringCount() const;

Q_SIGNALS:
    // Every request of the last load or refresh has been answered (or failed).
    void settled();

private:
    void fetchAgents();
    bool isWalking() const; // the agent list is being walked
    void onAgents(const QList<Agent> &agents, bool complete);
    void askAgent(const QString &agentId, bool paintKept);
    QString lastKey(const QString &agentId) const;
    void track(CallQueue::Ticket ticket);
    void answered(CallQueue::Ticket ticket);

    AnalyticsFetcher *m_fetcher;
    QPointer<HyperRepClient> m_client;
    QPointer<Cache> m_cache;
    LeaderboardModel *m_model;
    AnalyticsRange m_range;
    quint64 m_generation = 0;
    QSet<CallQueue::Ticket> m_tickets;
    RetryLater *m_recovery;
    QSet<QString> m_asked;        // agents asked in this generation
    QPointer<PageWalk> m_agentWalk;
};

} // namespace repdesk
