#include "LegacyRoutes.h"

#include "SandboxLegacyAnalytics.h"
#include "SandboxContext.h"
#include "SandboxRouter.h"
#include "SandboxTime.h"
#include "SandboxValidator.h"

#include <QJsonArray>

namespace repdesk {

void LegacyRoutes::registerRoutes(SandboxRouter &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("api/v1/solutions"),
               [this](const SandboxRequest &r) { return solutions(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("api/v1/solutions/{solution_id}/analytics"),
               [this](const SandboxRequest &r) { return analytics(r); });
}

SandboxResponse LegacyRoutes::solutions(const SandboxRequest &)
{
    QJsonArray data;
    const auto rows = m_context.organizations();
    for (const QVariantMap &row : rows) {
        data.append(QJsonObject{{QStringLiteral("uuid"), row.value(QStringLiteral("uuid")).toString()},
                                {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()}});
    }
    return SandboxResponse::json(data);
}

SandboxResponse LegacyRoutes::analytics(const SandboxRequest &request)
{
    SandboxValidator errors{QJsonObject()};
    const SandboxDateRange range = SandboxDateRange::parse(request, false, errors);
    if (!errors.ok())
        return errors.response();
    const auto organization = m_context.organizationByUuid(request.param(QStringLiteral("solution_id")));
    if (!organization)
        return SandboxResponse::notFound(QStringLiteral("Solution not found"));
    if (auto problem = range.checkOrder())
        return *problem;
    const qint64 now = qMax(m_context.now(), SandboxTime::fromDateTime(m_context.options().anchor));
    return SandboxResponse::json(SandboxLegacyAnalytics(m_context.db(), now)
                                     .compute(organization->value(QStringLiteral("id")).toString(), range));
}

} // namespace repdesk
