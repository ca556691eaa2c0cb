#include "TeamLeaderboard.h"

#include "Agent.h"
#include "AnalyticsFetcher.h"
#include "Cache.h"
#include "Call.h"
#include "HyperRepClient.h"
#include "LeaderboardModel.h"
#include "Page.h"
#include "PageWalk.h"
#include "RetryLater.h"
#include "walkPages.h"

#include <memory>

namespace repdesk {

namespace {
constexpr int kAgentPage = 500; // the API's largest page: one request for any real team

struct TicketSlot
{
    CallQueue::Ticket ticket = 0;
    bool answered = false;
};
} // namespace

TeamLeaderboard::TeamLeaderboard(AnalyticsFetcher *fetcher, HyperRepClient *client, Cache *cache, QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_client(client), m_cache(cache),
      m_model(new LeaderboardModel(this)),
      m_recovery(new RetryLater(AnalyticsFetcher::recoveryPolicy(), this))
{
    connect(m_model, &LeaderboardModel::retryRequested, this, &TeamLeaderboard::retry);
}

TeamLeaderboard::~TeamLeaderboard()
{
    cancel();
}

QString TeamLeaderboard::lastKey(const QString &agentId) const
{
    return QStringLiteral("last/agent/%1/%2/summary").arg(agentId, m_range.key());
}

void TeamLeaderboard::load(const AnalyticsRange &range)
{
    cancel();
    m_range = range;
    m_model->clearFigures();
    if (!range.isValid())
        return;
    refresh(range);
}

void TeamLeaderboard::refresh(const AnalyticsRange &range)
{
    if (!range.isValid())
        return;
    const bool sameRange = range.key() == m_range.key();
    cancel();
    m_range = range;
    ++m_generation;
    m_asked.clear();
    // The agents known from the last visit paint at once and are asked right away;
    // the list from the server adds or removes rows when it arrives.
    if (m_model->rowCount() == 0 && m_cache)
        m_model->setAgents(m_cache->agents().values());
    for (const Agent &agent : m_model->agents())
        askAgent(agent.agentId, !sameRange || !m_model->state(m_model->rowOf(agent.agentId)).hasFigure());
    fetchAgents();
}

void TeamLeaderboard::fetchAgents()
{
    if (!m_client || !m_fetcher->isUsable())
        return;
    FigureState state = m_model->agentsState();
    state.ask();
    m_model->setAgentsState(state);
    const QString org = m_fetcher->organizationId();
    const QPointer<HyperRepClient> client = m_client;
    auto walked = std::make_shared<QList<Agent>>();
    // Through the dashboard's queue, page after page; PageWalk ends the walk on a cursor the
    // server already handed out, and then what came is the list.
    PageWalk *walk = walkPagesThrough<Agent>(
        m_fetcher->queue(),
        [client, org](const QString &cursor) -> Call<Page<Agent>> * {
            return client ? client->listAgents(org, ListQuery{kAgentPage, cursor, {}, {}}) : nullptr;
        },
        [walked](const Page<Agent> &page) { *walked += page.items; }, this);
    m_agentWalk = walk;
    const quint64 generation = m_generation;
    connect(walk, &PageWalk::finished, this, [this, walk, walked, generation](const ApiError &error) {
        if (generation != m_generation || error.kind() == ApiError::Kind::Cancelled)
            return;
        const bool complete = !error.isError() || walk->cursorRepeated();
        FigureState state = m_model->agentsState();
        AnalyticsAnswer answer;
        answer.fetchedAt = m_fetcher->now();
        if (!complete)
            answer.error = error;
        answer.asksAgain = m_recovery->scheduleIfTransient(QStringLiteral("agents"), answer.error, [this] { retryAgents(); });
        state.take(answer);
        if (complete)
            onAgents(*walked, true);
        m_model->setAgentsState(state);
        if (m_tickets.isEmpty())
            Q_EMIT settled();
    });
}

void TeamLeaderboard::onAgents(const QList<Agent> &agents, bool complete)
{
    if (m_cache && complete)
        m_cache->upsertAgents(agents);
    m_model->setAgents(agents);
    for (const Agent &agent : agents) {
        if (!m_asked.contains(agent.agentId))
            askAgent(agent.agentId, true);
    }
}

void TeamLeaderboard::askAgent(const QString &agentId, bool paintKept)
{
    if (agentId.isEmpty() || m_model->rowOf(agentId) < 0)
        return;
    m_asked.insert(agentId);
    AnalyticsRequest request;
    request.route = AnalyticsRequest::Route::AgentSummary;
    request.subject = agentId;
    request.range = m_range.dateRange();
    request.lastKey = lastKey(agentId);
    if (paintKept) {
        if (const auto kept = m_fetcher->lastAnswer(request.lastKey))
            m_model->show(agentId, *kept);
    }
    m_model->ask(agentId);
    auto slot = std::make_shared<TicketSlot>();
    const quint64 generation = m_generation;
    slot->ticket = m_fetcher->fetch(request, this, [this, slot, generation, agentId](const AnalyticsAnswer &answer) {
        slot->answered = true;
        if (generation != m_generation || answer.error.kind() == ApiError::Kind::Cancelled)
            return;
        AnalyticsAnswer taken = answer;
        taken.asksAgain = m_recovery->scheduleIfTransient(QStringLiteral("agent/") + agentId, answer.error,
                                                          [this, agentId] { retry(agentId); });
        m_model->take(agentId, taken);
        answered(slot->ticket);
    });
    if (!slot->answered)
        track(slot->ticket);
}

void TeamLeaderboard::retry(const QString &agentId)
{
    const int row = m_model->rowOf(agentId);
    if (row >= 0 && m_range.isValid() && m_model->state(row).value == FigureState::Error)
        askAgent(agentId, false);
}

void TeamLeaderboard::retryAgents()
{
    if (m_model->agentsState().value == FigureState::Error && m_range.isValid() && !isWalking())
        fetchAgents();
}

void TeamLeaderboard::track(CallQueue::Ticket ticket)
{
    if (ticket)
        m_tickets.insert(ticket);
}

void TeamLeaderboard::answered(CallQueue::Ticket ticket)
{
    if (ticket && m_tickets.remove(ticket) && m_tickets.isEmpty() && !isWalking())
        Q_EMIT settled();
}

void TeamLeaderboard::setRecoveryPolicy(const RetryPolicy &policy)
{
    m_recovery->setPolicy(policy);
}

int TeamLeaderboard::recoveringCount() const
{
    return m_recovery->waitingCount();
}

bool TeamLeaderboard::isWalking() const
{
    return m_agentWalk && !m_agentWalk->isDone();
}

void TeamLeaderboard::cancel()
{
    ++m_generation;
    m_recovery->clear();
    if (m_agentWalk)
        m_agentWalk->cancel();
    const QSet<CallQueue::Ticket> tickets = std::exchange(m_tickets, {});
    for (CallQueue::Ticket ticket : tickets)
        m_fetcher->queue()->cancel(ticket);
}

} // namespace repdesk
