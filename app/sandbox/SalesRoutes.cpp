#include "SalesRoutes.h"

#include "SandboxContext.h"
#include "SandboxPageQuery.h"
#include "SandboxRecordJson.h"
#include "SandboxRoutePaths.h"
#include "SandboxRouter.h"

namespace repdesk {

void SalesRoutes::registerRoutes(SandboxRouter &router)
{
    const QString get = QStringLiteral("GET");
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/sales")),
               [this](const SandboxRequest &r) { return list(r, false); });
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/agents/{agent_id}/sales")),
               [this](const SandboxRequest &r) { return list(r, true); });
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/sales/{sale_id}")),
               [this](const SandboxRequest &r) { return detail(r); });
}

SandboxResponse SalesRoutes::list(const SandboxRequest &request, bool byAgent)
{
    SandboxPageQuery page = SandboxPageQuery::parse(request, 25);
    if (page.error)
        return *page.error;
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    QString sql = QStringLiteral("SELECT * FROM sales WHERE org_id = ? AND is_draft = 0");
    QVariantList binds{orgId};
    QStringList collection{QStringLiteral("sales"), orgId};
    if (byAgent) {
        const QString agentId = request.param(QStringLiteral("agent_id"));
        if (!m_context.db().row(QStringLiteral("SELECT id FROM agents WHERE id = ? AND org_id = ?"), {agentId, orgId}))
            return SandboxResponse::notFound(QStringLiteral("Agent not found"));
        sql += QStringLiteral(" AND owner_id = ?");
        binds.append(agentId);
        collection << QStringLiteral("agent") << agentId;
    }
    if (auto problem = page.resolve(collection))
        return *problem;
    sql += page.dateClause(QStringLiteral("last_activity_at"), &binds)
        + QStringLiteral(" ORDER BY last_activity_at DESC, id") + page.limitClause();
    return SandboxResponse::json(page.page(m_context.db().rows(sql, binds), &SandboxRecordJson::sale));
}

SandboxResponse SalesRoutes::detail(const SandboxRequest &request)
{
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    const auto row = m_context.db().row(QStringLiteral("SELECT * FROM sales WHERE id = ? AND org_id = ? AND is_draft = 0"),
                                        {request.param(QStringLiteral("sale_id")), orgId});
    if (!row)
        return SandboxResponse::notFound(QStringLiteral("Sale not found"));
    return SandboxResponse::json(SandboxRecordJson::sale(*row));
}

} // namespace repdesk
