#pragma once

#include "AnalyticsRange.h"
#include "CallQueue.h"
#include "HyperRepClient.h"
#include "Solution.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace repdesk {

class AnalyticsFetcher;
class RetryLater;
class SolutionModel;
struct RetryPolicy;

// The legacy (v1) analytics page. GET /api/v1/solutions says whether it
// exists for this account: solutions listed -> Available, with one
// SolutionModel each; none listed, or a 404 -> Unavailable, and the page is
// not shown. Any other failure is an Error with a retry (check()); one the
// server may get over is checked again by itself, and a solution's figures
// likewise (AnalyticsFetcher::recoveryPolicy()).
// Figures are only asked when the page is shown (load()), for the
// dashboard's range, both dates always sent.
class LegacyAnalytics : public QObject
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Checking, Available, Unavailable, Error };
    Q_ENUM(Availability)

    LegacyAnalytics(AnalyticsFetcher *fetcher, HyperRepClient *client, QObject *parent = nullptr);
    ~LegacyAnalytics() override;

    Availability availability() const { return m_availability; }
    bool isAvailable() const { return m_availability == Availability::Available; }
    // Unavailable: "Legacy analytics are not available for this account."; Error: why the check failed.
    QString statusText() const { return m_statusText; }

    // Asks GET /api/v1/solutions (again).
    void check();
    void setRange(const AnalyticsRange &range);
    // The page is shown: asks every solution's figures for the range (after the check).
    void load();
    void refresh();
    void cancel();
    void setRecoveryPolicy(const RetryPolicy &policy);
    int recoveringCount() const;

    QList<Solution> solutions() const { return m_solutions; }
    int count() const { return int(m_models.size()); }
    SolutionModel *model(int index) const;
    SolutionModel *model(const QString &solutionId) const;
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index) { m_selected = index; }

Q_SIGNALS:
    void availabilityChanged(repdesk::LegacyAnalytics::Availability availability);
    void solutionsChanged();

private:
    void setAvailability(Availability availability, const QString &text = {});
    void setSolutions(const QList<Solution> &solutions);
    void askSolution(SolutionModel *model, bool paintKept);

    AnalyticsFetcher *m_fetcher;
    QPointer<HyperRepClient> m_client;
    Availability m_availability = Availability::Unknown;
    QString m_statusText;
    QList<Solution> m_solutions;
    QList<SolutionModel *> m_models;
    AnalyticsRange m_range;
    bool m_wanted = false;   // load() was called: figures follow the check and range changes
    int m_selected = 0;
    quint64 m_generation = 0;
    CallQueue::Ticket m_checkTicket = 0;
    QList<CallQueue::Ticket> m_tickets;
    RetryLater *m_recovery;
};

} // namespace repdesk
