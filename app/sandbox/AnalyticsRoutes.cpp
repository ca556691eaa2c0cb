#include "AnalyticsRoutes.h"

#include "SandboxAnalytics.h"
#include "SandboxContext.h"
#include "SandboxRoutePaths.h"
#include "SandboxRouter.h"
#include "SandboxTime.h"
#include "SandboxValidator.h"

namespace repdesk {

void AnalyticsRoutes::registerRoutes(SandboxRouter &router)
{
    const QString get = QStringLiteral("GET");
    const auto conversationPart = [this](const QString &key) {
        return [this, key](const SandboxRequest &r) {
            return answer(r, false, [this, key](const QString &org, const QString &, const SandboxDateRange &range) {
                const QJsonObject all = SandboxAnalytics(m_context.db()).conversationStats(org, range);
                return key.isEmpty() ? all : all.value(key).toObject();
            });
        };
    };
    const QString base = SandboxRoutePaths::organization(QStringLiteral("/analytics"));
    router.add(get, base + QStringLiteral("/conversations"), conversationPart(QString()));
    router.add(get, base + QStringLiteral("/conversations/response-rate"), conversationPart(QStringLiteral("responseRateStats")));
    router.add(get, base + QStringLiteral("/conversations/response-time"), conversationPart(QStringLiteral("responseTimeStats")));
    router.add(get, base + QStringLiteral("/conversations/volume"), conversationPart(QStringLiteral("volumeStats")));
    router.add(get, base + QStringLiteral("/conversations/modality"), conversationPart(QStringLiteral("modalityStats")));
    router.add(get, base + QStringLiteral("/sales"), [this](const SandboxRequest &r) {
        return answer(r, false, [this](const QString &org, const QString &, const SandboxDateRange &range) {
            return SandboxAnalytics(m_context.db(), m_context.options().pipelineRule).salesStats(org, range);
        });
    });

    const QString agent = SandboxRoutePaths::organization(QStringLiteral("/agents/{agent_id}/analytics"));
    router.add(get, agent, [this](const SandboxRequest &r) {
        return answer(r, true, [this](const QString &org, const QString &agentId, const SandboxDateRange &range) {
            const SandboxAnalytics calculator(m_context.db(), m_context.options().pipelineRule);
            return QJsonObject{{QStringLiteral("conversations"), calculator.agentConversationStats(org, agentId, range)},
                               {QStringLiteral("sales"), calculator.salesStats(org, range, agentId)}};
        });
    });
    router.add(get, agent + QStringLiteral("/conversations"), [this](const SandboxRequest &r) {
        return answer(r, true, [this](const QString &org, const QString &agentId, const SandboxDateRange &range) {
            return SandboxAnalytics(m_context.db()).agentConversationStats(org, agentId, range);
        });
    });
    router.add(get, agent + QStringLiteral("/sales"), [this](const SandboxRequest &r) {
        return answer(r, true, [this](const QString &org, const QString &agentId, const SandboxDateRange &range) {
            return SandboxAnalytics(m_context.db(), m_context.options().pipelineRule).salesStats(org, range, agentId);
        });
    });
}

SandboxResponse AnalyticsRoutes::answer(const SandboxRequest &request, bool forAgent, const Compute &compute)
{
    SandboxValidator errors{QJsonObject()};
    const SandboxDateRange range = SandboxDateRange::parse(request, true, errors);
    if (!errors.ok())
        return errors.response();
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    const QString agentId = request.param(QStringLiteral("agent_id"));
    if (forAgent && !m_context.db().row(QStringLiteral("SELECT id FROM agents WHERE id = ? AND org_id = ?"), {agentId, orgId}))
        return SandboxResponse::notFound(QStringLiteral("Agent not found"));
    if (auto problem = range.checkOrder())
        return *problem;
    // The generated data is relative to the anchor, which may lie ahead of the wall clock.
    const qint64 now = qMax(m_context.now(), SandboxTime::fromDateTime(m_context.options().anchor));
    if (auto problem = range.checkNotFuture(now))
        return *problem;
    return SandboxResponse::json(compute(orgId, agentId, range));
}

} // namespace repdesk
