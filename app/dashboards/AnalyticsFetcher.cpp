#include "AnalyticsFetcher.h"

#include "AgentAnalytics.h"
#include "AgentConversationStats.h"
#include "AnalyticsCodec.h"
#include "Cache.h"
#include "Call.h"
#include "ConversationAnalytics.h"
#include "HyperRepClient.h"
#include "LogCategories.h"
#include "ModalityStats.h"
#include "ResponseRateStats.h"
#include "ResponseTimeStats.h"
#include "RetryLater.h"
#include "SalesPipeline.h"
#include "SolutionAnalytics.h"
#include "VolumeStats.h"

#include <QJsonDocument>

namespace repdesk {

namespace {
std::optional<AnalyticsAnswer> fromCache(const std::optional<CachedAnalytics> &entry)
{
    if (!entry)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(entry->payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    AnalyticsAnswer answer;
    answer.body = doc.object();
    answer.fetchedAt = entry->fetchedAt;
    answer.fromDisk = true;
    answer.permanent = entry->permanent;
    return answer;
}
} // namespace

AnalyticsFetcher::AnalyticsFetcher(HyperRepClient *client, Cache *cache, const QString &organizationId,
                                   CallQueue *queue, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache), m_org(organizationId), m_queue(queue)
{
}

RetryPolicy AnalyticsFetcher::recoveryPolicy()
{
    return RetryLater::backoff(kFirstRecoveryMs, kLongestRecoveryMs);
}

bool AnalyticsFetcher::isSettled(const DateRange &range) const
{
    return range.end.isValid() && range.end.secsTo(now()) >= kSettleSeconds;
}

std::optional<AnalyticsAnswer> AnalyticsFetcher::lastAnswer(const QString &lastKey) const
{
    if (!m_cache || lastKey.isEmpty())
        return std::nullopt;
    return fromCache(m_cache->analytics(lastKey));
}

QString AnalyticsFetcher::refusal(const AnalyticsRequest &request) const
{
    if (!request.hasBothDates())
        return tr("Analytics need both a start and an end date.");
    if (request.range.start > request.range.end)
        return tr("The start of the range is after its end.");
    // The wire carries whole seconds, so compare what will be sent.
    if (request.range.end.toSecsSinceEpoch() > now().toSecsSinceEpoch())
        return tr("The end of the range is in the future.");
    if (!isUsable())
        return tr("Analytics are not available for this account.");
    if (request.route == AnalyticsRequest::Route::AgentConversations
        || request.route == AnalyticsRequest::Route::AgentSales
        || request.route == AnalyticsRequest::Route::AgentSummary
        || request.route == AnalyticsRequest::Route::Solution) {
        if (request.subject.isEmpty())
            return tr("No agent or solution was given.");
    }
    return {};
}

CallQueue::Ticket AnalyticsFetcher::fetch(const AnalyticsRequest &request, QObject *context, Callback done)
{
    Pending pending{request, context, context != nullptr, std::move(done), false};
    const QString why = refusal(request);
    if (!why.isEmpty()) {
        qCWarning(lcDashboards) << "refused" << AnalyticsRequest::routeName(request.route) << request.range.start
                               << request.range.end << why;
        Q_EMIT refused(why);
        AnalyticsAnswer answer;
        answer.error = ApiError(ApiError::Kind::Validation, why);
        deliver(pending, answer);
        return 0;
    }
    pending.settled = request.isFinalOnceClosed() && isSettled(request.range);
    if (pending.settled && m_cache) {
        if (std::optional<AnalyticsAnswer> kept = fromCache(m_cache->analytics(request.closedKey()))) {
            ++m_fromDisk;
            deliver(pending, *kept);
            return 0;
        }
    }
    return m_queue->enqueue([this, pending] { return start(pending); }, context);
}

ApiCall *AnalyticsFetcher::start(const Pending &p)
{
    if (!m_client || (p.hasContext && !p.context))
        return nullptr;
    const QString &org = m_org;
    const DateRange &range = p.request.range;
    const QString &subject = p.request.subject;
    ++m_sent;
    using Route = AnalyticsRequest::Route;
    switch (p.request.route) {
    case Route::ResponseRate:
        return watch(m_client->getResponseRate(org, range), p);
    case Route::ResponseTime:
        return watch(m_client->getResponseTime(org, range), p);
    case Route::Volume:
        return watch(m_client->getVolume(org, range), p);
    case Route::Modality:
        return watch(m_client->getModality(org, range), p);
    case Route::Conversations:
        return watch(m_client->getConversationAnalytics(org, range), p);
    case Route::Sales:
        return watch(m_client->getSalesAnalytics(org, range), p);
    case Route::AgentConversations:
        return watch(m_client->getAgentConversationAnalytics(org, subject, range), p);
    case Route::AgentSales:
        return watch(m_client->getAgentSalesAnalytics(org, subject, range), p);
    case Route::AgentSummary:
        return watch(m_client->getAgentAnalytics(org, subject, range), p);
    case Route::Solution:
        return watch(m_client->getSolutionAnalytics(subject, range), p);
    }
    --m_sent;
    return nullptr;
}

template<typename T>
ApiCall *AnalyticsFetcher::watch(Call<T> *call, const Pending &pending)
{
    connect(call, &ApiCall::finished, this, [this, call, pending] {
        AnalyticsAnswer answer;
        answer.fetchedAt = now();
        if (call->succeeded())
            answer.body = AnalyticsCodec::toJson(call->result());
        else
            answer.error = call->error();
        if (answer.ok() && m_cache) {
            CachedAnalytics entry{QJsonDocument(answer.body).toJson(QJsonDocument::Compact), answer.fetchedAt,
                                  pending.settled};
            if (pending.settled) {
                answer.permanent = true;
                m_cache->saveAnalytics(pending.request.closedKey(), entry);
            } else {
                m_cache->saveAnalytics(pending.request.lastKey, entry);
            }
        }
        deliver(pending, answer);
    });
    return call;
}

void AnalyticsFetcher::deliver(const Pending &pending, const AnalyticsAnswer &answer)
{
    // With a context, only while it lives.
    if (pending.done && (!pending.hasContext || pending.context))
        pending.done(answer);
}

} // namespace repdesk
