#pragma once

#include "AnalyticsRange.h"
#include "AnalyticsRequest.h"
#include "CallQueue.h"
#include "KpiTileModel.h"

#include <QObject>
#include <QSet>

namespace repdesk {

class AnalyticsFetcher;
class ModalityModel;
class PipelineModel;
class RetryLater;
struct RetryPolicy;
class TrendModel;
struct AnalyticsAnswer;

// The figures of one dashboard scope (the organization, or one agent) for one
// range: KPI tiles with their previous-period figures, trends bucket by
// bucket, the pipeline and (organization only) the modality table. It keeps
// them while the user looks elsewhere, so switching back shows them as they
// were. Each route is asked separately, so a failure marks only what that
// route feeds, and a retry asks only that route (or that bucket) again.
//
// A figure that fails in a way the server may get over (unreachable, a 429,
// a 5xx) is asked again by itself (RetryLater: the Retry-After, else 2 s
// doubling up to a minute) until it loads, the range changes or the scope is
// cancelled; its error says so, and Retry still asks at once.
//
// Requests per load: the tiles' routes twice (range and previous period),
// modality once, one per trend bucket; closed ranges come from the cache
// after their first answer (AnalyticsFetcher), which must outlive it.
class ScopeDashboard : public QObject
{
    Q_OBJECT
public:
    ScopeDashboard(AnalyticsFetcher *fetcher, const QString &agentId, QObject *parent = nullptr);
    ~ScopeDashboard() override;

    bool isAgentScope() const { return !m_agentId.isEmpty(); }
    QString agentId() const { return m_agentId; }
    // "org" or "agent/<id>": the scope part of the keys its last answers are kept under.
    QString scopeId() const;

    KpiTileModel *tiles() const { return m_tiles; }
    TrendModel *trends() const { return m_trends; }
    PipelineModel *pipeline() const { return m_pipeline; }
    // Null for an agent: the agent routes have no modality.
    ModalityModel *modality() const { return m_modality; }

    const AnalyticsRange &range() const { return m_range; }
    // A new range (or the first): drops the figures, paints the last ones
    // kept for this scope and range at once, and asks for all of them.
    void load(const AnalyticsRange &range);
    // The same range resolved again (F5, a new "now"): asks for everything
    // again and keeps showing the current figures until the answers arrive.
    void refresh(const AnalyticsRange &range);
    void retryRoute(AnalyticsRequest::Route route);
    void retryBucket(int row);
    // Drops every request of this scope that has not been answered.
    void cancel();

    // Requests of this scope still waiting or in flight.
    int pendingCount() const { return int(m_tickets.size()); }
    bool isLoading() const { return !m_tickets.isEmpty(); }

    // The pipeline stage opened for drill-down, kept for coming back.
    QString selectedStage() const { return m_selectedStage; }
    void setSelectedStage(const QString &stage) { m_selectedStage = stage; }

    void setCurrency(const QString &isoCode);

    // How failed figures are asked again by themselves (RetryLater::backoff(2 s, 60 s) unless set).
    void setRecoveryPolicy(const RetryPolicy &policy);
    // Failed figures waiting to be asked again by themselves.
    int recoveringCount() const;

Q_SIGNALS:
    // Every request of the last load or refresh has been answered (or failed).
    void settled();

private:
    using Route = AnalyticsRequest::Route;
    using Period = KpiTileModel::Period;

    QList<Route> routes() const;
    AnalyticsRequest request(Route route, Period period) const;
    AnalyticsRequest bucketRequest(int row) const;
    void askAll(bool paintKept);
    void askRoute(Route route, Period period, bool paintKept);
    void askBucket(int row, bool paintKept);
    void show(Route route, Period period, const AnalyticsAnswer &answer);
    void take(Route route, Period period, const AnalyticsAnswer &answer);
    // Any figure `route` feeds for `period` is in Error.
    bool hasFailed(Route route, Period period) const;
    void track(CallQueue::Ticket ticket);
    void answered(CallQueue::Ticket ticket);

    AnalyticsFetcher *m_fetcher;
    QString m_agentId;
    KpiTileModel *m_tiles;
    TrendModel *m_trends;
    PipelineModel *m_pipeline;
    ModalityModel *m_modality = nullptr;
    AnalyticsRange m_range;
    quint64 m_generation = 0;
    QSet<CallQueue::Ticket> m_tickets;
    RetryLater *m_recovery;
    QString m_selectedStage;
};

} // namespace repdesk
