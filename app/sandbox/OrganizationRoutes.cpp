#include "OrganizationRoutes.h"

#include "SandboxContext.h"
#include "SandboxPageQuery.h"
#include "SandboxRecordJson.h"
#include "SandboxRoutePaths.h"
#include "SandboxRouter.h"

#include <QJsonArray>

namespace repdesk {

void OrganizationRoutes::registerRoutes(SandboxRouter &router)
{
    const QString get = QStringLiteral("GET");
    router.add(get, QStringLiteral("api/v2/organizations"), [this](const SandboxRequest &r) { return organizations(r); });
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/agents")),
               [this](const SandboxRequest &r) { return agents(r); });
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/agents/{agent_id}")),
               [this](const SandboxRequest &r) { return agent(r); });
}

SandboxResponse OrganizationRoutes::organizations(const SandboxRequest &)
{
    QJsonArray data;
    const auto rows = m_context.organizations();
    for (const QVariantMap &row : rows)
        data.append(SandboxRecordJson::organization(row));
    return SandboxResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

SandboxResponse OrganizationRoutes::agents(const SandboxRequest &request)
{
    SandboxPageQuery page = SandboxPageQuery::parse(request, 25);
    if (page.error)
        return *page.error;
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    if (auto problem = page.resolve({QStringLiteral("agents"), orgId}))
        return *problem;
    const auto rows = m_context.db().rows(
        QStringLiteral("SELECT * FROM agents WHERE org_id = ? ORDER BY position, id") + page.limitClause(), {orgId});
    return SandboxResponse::json(page.page(rows, &SandboxRecordJson::agent));
}

SandboxResponse OrganizationRoutes::agent(const SandboxRequest &request)
{
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    const auto row = m_context.db().row(QStringLiteral("SELECT * FROM agents WHERE id = ? AND org_id = ?"),
                                        {request.param(QStringLiteral("agent_id")), orgId});
    if (!row)
        return SandboxResponse::notFound(QStringLiteral("Agent not found"));
    return SandboxResponse::json(SandboxRecordJson::agent(*row));
}

} // namespace repdesk
