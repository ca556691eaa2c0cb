#include "ScopeDashboard.h"

#include "AnalyticsFetcher.h"
#include "ModalityModel.h"
#include "PipelineModel.h"
#include "RetryLater.h"
#include "TrendModel.h"

#include <memory>

namespace repdesk {

namespace {
// A request's ticket as its callback sees it: the answer may arrive before
// fetch() returns (from the cache), and then there is nothing to track.
struct TicketSlot
{
    CallQueue::Ticket ticket = 0;
    bool answered = false;
};

QString routeKey(AnalyticsRequest::Route route, KpiTileModel::Period period)
{
    return QStringLiteral("route/%1/%2").arg(AnalyticsRequest::routeName(route)).arg(int(period));
}
} // namespace

ScopeDashboard::ScopeDashboard(AnalyticsFetcher *fetcher, const QString &agentId, QObject *parent)
    : QObject(parent),
      m_fetcher(fetcher),
      m_agentId(agentId),
      m_tiles(new KpiTileModel(!agentId.isEmpty(), this)),
      m_trends(new TrendModel(!agentId.isEmpty(), this)),
      m_pipeline(new PipelineModel(this)),
      m_recovery(new RetryLater(AnalyticsFetcher::recoveryPolicy(), this))
{
    if (agentId.isEmpty())
        m_modality = new ModalityModel(this);
    connect(m_tiles, &KpiTileModel::retryRequested, this, &ScopeDashboard::retryRoute);
    connect(m_trends, &TrendModel::retryRequested, this, &ScopeDashboard::retryBucket);
    connect(m_pipeline, &PipelineModel::retryRequested, this,
            [this] { retryRoute(isAgentScope() ? Route::AgentSales : Route::Sales); });
    if (m_modality)
        connect(m_modality, &ModalityModel::retryRequested, this, [this] { retryRoute(Route::Modality); });
}

ScopeDashboard::~ScopeDashboard()
{
    cancel();
}

QString ScopeDashboard::scopeId() const
{
    return isAgentScope() ? QStringLiteral("agent/") + m_agentId : QStringLiteral("org");
}

QList<AnalyticsRequest::Route> ScopeDashboard::routes() const
{
    QList<Route> out = m_tiles->routes();
    if (m_modality)
        out << Route::Modality;
    return out;
}

AnalyticsRequest ScopeDashboard::request(Route route, Period period) const
{
    AnalyticsRequest r;
    r.route = route;
    r.subject = m_agentId;
    r.range = period == Period::Current ? m_range.dateRange() : m_range.previous().dateRange();
    r.lastKey = QStringLiteral("last/%1/%2/%3/%4")
                    .arg(scopeId(), m_range.key(), AnalyticsRequest::routeName(route),
                         period == Period::Current ? QStringLiteral("current") : QStringLiteral("previous"));
    return r;
}

AnalyticsRequest ScopeDashboard::bucketRequest(int row) const
{
    const AnalyticsRange::Bucket &bucket = m_trends->buckets().at(row);
    AnalyticsRequest r;
    r.route = isAgentScope() ? Route::AgentConversations : Route::Conversations;
    r.subject = m_agentId;
    r.range = bucket.dateRange();
    r.lastKey = QStringLiteral("last/%1/%2/trend/%3").arg(scopeId(), m_range.key()).arg(bucket.start.toMSecsSinceEpoch());
    return r;
}

void ScopeDashboard::load(const AnalyticsRange &range)
{
    cancel();
    m_range = range;
    m_tiles->clear();
    m_pipeline->clear();
    if (m_modality)
        m_modality->clear();
    m_trends->clear();
    if (!range.isValid())
        return;
    m_trends->setBuckets(range.buckets(), range.granularity());
    askAll(true);
}

void ScopeDashboard::refresh(const AnalyticsRange &range)
{
    if (!range.isValid())
        return;
    if (range.key() != m_range.key()) {
        load(range);
        return;
    }
    cancel();
    m_range = range;
    // A new day (or week) may have begun since: then the rows start over.
    const bool replaced = m_trends->setBuckets(range.buckets(), range.granularity());
    askAll(replaced);
}

void ScopeDashboard::askAll(bool paintKept)
{
    ++m_generation;
    const QList<Route> all = routes();
    for (Route route : all) {
        askRoute(route, Period::Current, paintKept);
        // Modality has no tile, so no change to show.
        if (route != Route::Modality)
            askRoute(route, Period::Previous, paintKept);
    }
    for (int row = 0; row < m_trends->rowCount(); ++row)
        askBucket(row, paintKept);
    if (m_tickets.isEmpty())
        Q_EMIT settled();
}

void ScopeDashboard::track(CallQueue::Ticket ticket)
{
    if (ticket)
        m_tickets.insert(ticket);
}

void ScopeDashboard::answered(CallQueue::Ticket ticket)
{
    if (ticket && m_tickets.remove(ticket) && m_tickets.isEmpty())
        Q_EMIT settled();
}

void ScopeDashboard::askRoute(Route route, Period period, bool paintKept)
{
    const AnalyticsRequest r = request(route, period);
    if (paintKept) {
        if (const auto kept = m_fetcher->lastAnswer(r.lastKey))
            show(route, period, *kept);
    }
    if (period == Period::Current && route == Route::Modality)
        m_modality->ask();
    else {
        m_tiles->ask(route, period);
        if (period == Period::Current && (route == Route::Sales || route == Route::AgentSales))
            m_pipeline->ask();
    }
    auto slot = std::make_shared<TicketSlot>();
    const quint64 generation = m_generation;
    slot->ticket = m_fetcher->fetch(r, this, [this, slot, generation, route, period](const AnalyticsAnswer &answer) {
        slot->answered = true;
        if (generation != m_generation || answer.error.kind() == ApiError::Kind::Cancelled)
            return;
        AnalyticsAnswer taken = answer;
        taken.asksAgain = m_recovery->scheduleIfTransient(routeKey(route, period), answer.error, [this, route, period] {
            if (hasFailed(route, period))
                askRoute(route, period, false);
        });
        take(route, period, taken);
        answered(slot->ticket);
    });
    if (!slot->answered)
        track(slot->ticket);
}

void ScopeDashboard::askBucket(int row, bool paintKept)
{
    const AnalyticsRequest r = bucketRequest(row);
    if (paintKept) {
        if (const auto kept = m_fetcher->lastAnswer(r.lastKey))
            m_trends->show(row, *kept);
    }
    m_trends->ask(row);
    auto slot = std::make_shared<TicketSlot>();
    const quint64 generation = m_generation;
    const QDateTime start = r.range.start;
    slot->ticket = m_fetcher->fetch(r, this, [this, slot, generation, row, start](const AnalyticsAnswer &answer) {
        slot->answered = true;
        if (generation != m_generation || answer.error.kind() == ApiError::Kind::Cancelled)
            return;
        // The rows may have been replaced since: only the bucket that was asked takes it.
        if (row < m_trends->buckets().size() && m_trends->buckets().at(row).start == start) {
            AnalyticsAnswer taken = answer;
            const QString key = QStringLiteral("bucket/%1").arg(start.toMSecsSinceEpoch());
            taken.asksAgain = m_recovery->scheduleIfTransient(key, answer.error, [this, row, start] {
                if (row < m_trends->rowCount() && m_trends->buckets().at(row).start == start)
                    retryBucket(row);
            });
            m_trends->take(row, taken);
        }
        answered(slot->ticket);
    });
    if (!slot->answered)
        track(slot->ticket);
}

void ScopeDashboard::show(Route route, Period period, const AnalyticsAnswer &answer)
{
    if (route == Route::Modality) {
        m_modality->show(answer);
        return;
    }
    m_tiles->show(route, period, answer);
    if (period == Period::Current && (route == Route::Sales || route == Route::AgentSales))
        m_pipeline->show(answer);
}

void ScopeDashboard::take(Route route, Period period, const AnalyticsAnswer &answer)
{
    if (route == Route::Modality) {
        m_modality->take(answer);
        return;
    }
    m_tiles->take(route, period, answer);
    if (period == Period::Current && (route == Route::Sales || route == Route::AgentSales))
        m_pipeline->take(answer);
}

void ScopeDashboard::retryRoute(Route route)
{
    if (!m_range.isValid() || !routes().contains(route))
        return;
    // Only the periods that failed: a loaded figure is not asked again.
    for (Period period : {Period::Current, Period::Previous}) {
        if (hasFailed(route, period))
            askRoute(route, period, false);
    }
}

bool ScopeDashboard::hasFailed(Route route, Period period) const
{
    if (route == Route::Modality)
        return period == Period::Current && m_modality && m_modality->state().value == FigureState::Error;
    for (KpiTileModel::Tile tile : m_tiles->tiles()) {
        if (m_tiles->routeOf(tile) == route && m_tiles->state(tile, period).value == FigureState::Error)
            return true;
    }
    return period == Period::Current && (route == Route::Sales || route == Route::AgentSales)
        && m_pipeline->state().value == FigureState::Error;
}

void ScopeDashboard::retryBucket(int row)
{
    if (row >= 0 && row < m_trends->rowCount() && m_trends->state(row).value == FigureState::Error)
        askBucket(row, false);
}

void ScopeDashboard::cancel()
{
    ++m_generation;
    m_recovery->clear();
    const QSet<CallQueue::Ticket> tickets = std::exchange(m_tickets, {});
    for (CallQueue::Ticket ticket : tickets)
        m_fetcher->cancel(ticket);
}

void ScopeDashboard::setRecoveryPolicy(const RetryPolicy &policy)
{
    m_recovery->setPolicy(policy);
}

int ScopeDashboard::recoveringCount() const
{
    return m_recovery->waitingCount();
}

void ScopeDashboard::setCurrency(const QString &isoCode)
{
    m_tiles->setCurrency(isoCode);
    m_pipeline->setCurrency(isoCode);
}

} // namespace repdesk
