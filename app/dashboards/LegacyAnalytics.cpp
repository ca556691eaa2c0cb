#include "LegacyAnalytics.h"

#include "AnalyticsFetcher.h"
#include "Call.h"
#include "HyperRepClient.h"
#include "Page.h"
#include "RetryLater.h"
#include "SolutionModel.h"

#include <memory>

namespace repdesk {

LegacyAnalytics::LegacyAnalytics(AnalyticsFetcher *fetcher, HyperRepClient *client, QObject *parent)
    : QObject(parent),
      m_fetcher(fetcher),
      m_client(client),
      m_recovery(new RetryLater(AnalyticsFetcher::recoveryPolicy(), this))
{
}

LegacyAnalytics::~LegacyAnalytics()
{
    cancel();
}

void LegacyAnalytics::setAvailability(Availability availability, const QString &text)
{
    m_statusText = text;
    if (m_availability == availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

SolutionModel *LegacyAnalytics::model(int index) const
{
    return index >= 0 && index < m_models.size() ? m_models.at(index) : nullptr;
}

SolutionModel *LegacyAnalytics::model(const QString &solutionId) const
{
    for (SolutionModel *m : m_models) {
        if (m->solutionId() == solutionId)
            return m;
    }
    return nullptr;
}

void LegacyAnalytics::check()
{
    if (!m_client || !m_fetcher->isUsable()) {
        setAvailability(Availability::Unavailable, tr("Legacy analytics are not available for this account."));
        return;
    }
    if (m_checkTicket)
        return;
    setAvailability(Availability::Checking);
    const quint64 generation = m_generation;
    // The factory may run long after this returns; its answer may even come first.
    auto answered = std::make_shared<bool>(false);
    const CallQueue::Ticket ticket = m_fetcher->queue()->enqueue(
        [this, generation, answered]() -> ApiCall * {
            if (!m_client)
                return nullptr;
            auto *call = m_client->listSolutions();
            connect(call, &ApiCall::finished, this, [this, call, generation, answered] {
                *answered = true;
                if (generation != m_generation)
                    return;
                m_checkTicket = 0;
                const ApiError &error = call->error();
                if (error.kind() == ApiError::Kind::Cancelled)
                    return;
                if (call->succeeded() && !call->result().items.isEmpty()) {
                    setSolutions(call->result().items);
                    setAvailability(Availability::Available);
                    if (m_wanted)
                        load();
                } else if (call->succeeded() || error.kind() == ApiError::Kind::NotFound) {
                    setSolutions({});
                    setAvailability(Availability::Unavailable,
                                    tr("Legacy analytics are not available for this account."));
                } else {
                    const bool again = m_recovery->scheduleIfTransient(QStringLiteral("check"), error, [this] {
                        if (m_availability == Availability::Error)
                            check();
                    });
                    setAvailability(Availability::Error,
                                    tr("Could not check for legacy analytics: %1")
                                        .arg(FigureState::failureText(error.message(), again)));
                    return;
                }
                m_recovery->succeeded(QStringLiteral("check"));
            });
            return call;
        },
        this);
    if (!*answered)
        m_checkTicket = ticket;
}

void LegacyAnalytics::setSolutions(const QList<Solution> &solutions)
{
    m_solutions = solutions;
    QList<SolutionModel *> models;
    for (const Solution &s : solutions) {
        SolutionModel *existing = model(s.uuid);
        models << (existing ? existing : new SolutionModel(s.uuid, s.name, this));
    }
    for (SolutionModel *old : std::as_const(m_models)) {
        if (!models.contains(old))
            old->deleteLater();
    }
    m_models = models;
    for (SolutionModel *m : std::as_const(m_models)) {
        m->disconnect(this);
        connect(m, &SolutionModel::retryRequested, this, [this, m] { askSolution(m, false); });
    }
    m_selected = qBound(0, m_selected, qMax(0, int(m_models.size()) - 1));
    Q_EMIT solutionsChanged();
}

void LegacyAnalytics::setRange(const AnalyticsRange &range)
{
    const bool changed = range.key() != m_range.key();
    m_range = range;
    if (!m_wanted)
        return;
    if (changed) {
        for (SolutionModel *m : std::as_const(m_models))
            m->clear();
    }
    load();
}

void LegacyAnalytics::load()
{
    m_wanted = true;
    if (m_availability == Availability::Unknown || m_availability == Availability::Error) {
        check();
        return;
    }
    if (m_availability != Availability::Available || !m_range.isValid())
        return;
    cancel();
    for (SolutionModel *m : std::as_const(m_models))
        askSolution(m, !m->hasFigures());
}

void LegacyAnalytics::refresh()
{
    if (m_wanted)
        load();
}

void LegacyAnalytics::askSolution(SolutionModel *model, bool paintKept)
{
    if (!m_range.isValid())
        return;
    AnalyticsRequest request;
    request.route = AnalyticsRequest::Route::Solution;
    request.subject = model->solutionId();
    request.range = m_range.dateRange();
    request.lastKey = QStringLiteral("last/solution/%1/%2/figures").arg(model->solutionId(), m_range.key());
    if (paintKept) {
        if (const auto kept = m_fetcher->lastAnswer(request.lastKey))
            model->show(*kept);
    }
    model->ask();
    const quint64 generation = m_generation;
    QPointer<SolutionModel> target = model;
    const CallQueue::Ticket ticket =
        m_fetcher->fetch(request, model, [this, target, generation](const AnalyticsAnswer &answer) {
            if (generation != m_generation || !target || answer.error.kind() == ApiError::Kind::Cancelled)
                return;
            AnalyticsAnswer taken = answer;
            taken.asksAgain = m_recovery->scheduleIfTransient(QStringLiteral("solution/") + target->solutionId(),
                                                              answer.error, [this, target] {
                                                                  if (target && target->state().value == FigureState::Error)
                                                                      askSolution(target, false);
                                                              });
            target->take(taken);
        });
    if (ticket)
        m_tickets << ticket;
}

void LegacyAnalytics::setRecoveryPolicy(const RetryPolicy &policy)
{
    m_recovery->setPolicy(policy);
}

int LegacyAnalytics::recoveringCount() const
{
    return m_recovery->waitingCount();
}

void LegacyAnalytics::cancel()
{
    ++m_generation;
    m_recovery->clear();
    if (m_checkTicket) {
        m_fetcher->queue()->cancel(std::exchange(m_checkTicket, 0));
        if (m_availability == Availability::Checking)
            setAvailability(Availability::Unknown);
    }
    for (CallQueue::Ticket t : std::exchange(m_tickets, {}))
        m_fetcher->queue()->cancel(t);
}

} // namespace repdesk
