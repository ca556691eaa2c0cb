#include "AuditLogRoutes.h"

#include "SandboxContext.h"
#include "SandboxPageQuery.h"
#include "SandboxRecordJson.h"
#include "SandboxRoutePaths.h"
#include "SandboxRouter.h"
#include "SandboxValidator.h"

#include <QJsonArray>

namespace repdesk {

void AuditLogRoutes::registerRoutes(SandboxRouter &router)
{
    router.add(QStringLiteral("GET"), SandboxRoutePaths::organization(QStringLiteral("/audit-logs")),
               [this](const SandboxRequest &r) { return list(r); });
    router.add(QStringLiteral("GET"), SandboxRoutePaths::organization(QStringLiteral("/audit-logs/{audit_log_id}")),
               [this](const SandboxRequest &r) { return detail(r); });
}

SandboxResponse AuditLogRoutes::list(const SandboxRequest &request)
{
    SandboxPageQuery page = SandboxPageQuery::parse(request, 50);
    SandboxValidator validator{QJsonObject()};
    struct Filter
    {
        QString name;
        QString column;
        QStringList allowed;
    };
    const QList<Filter> filters{
        {QStringLiteral("agent_id"), QStringLiteral("agent_id"), {}},
        {QStringLiteral("record_type"), QStringLiteral("record_type"),
         {QStringLiteral("sale"), QStringLiteral("conversation"), QStringLiteral("message_draft"), QStringLiteral("response_draft")}},
        {QStringLiteral("action_type"), QStringLiteral("action_type"),
         {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")}},
    };
    QString clauses;
    QVariantList filterBinds;
    QStringList filterKey;
    for (const Filter &filter : filters) {
        if (!request.hasQuery(filter.name))
            continue;
        const QString value = request.queryValue(filter.name);
        if (!filter.allowed.isEmpty() && !filter.allowed.contains(value)) {
            validator.addError(QJsonArray{QStringLiteral("query"), filter.name},
                               QStringLiteral("Input should be ") + QStringLiteral("'") + filter.allowed.join(QStringLiteral("', '")) + QStringLiteral("'"),
                               QStringLiteral("enum"), value);
            continue;
        }
        clauses += QStringLiteral(" AND %1 = ?").arg(filter.column);
        filterBinds.append(value);
        filterKey << filter.name << value;
    }
    if (page.error)
        return *page.error;
    if (!validator.ok())
        return validator.response();
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    if (auto problem = page.resolve(QStringList{QStringLiteral("audit_logs"), orgId} + filterKey))
        return *problem;
    QVariantList binds = QVariantList{orgId} + filterBinds;
    const QString sql = QStringLiteral("SELECT * FROM audit_logs WHERE org_id = ?") + clauses
        + page.dateClause(QStringLiteral("occurred_at"), &binds)
        + QStringLiteral(" ORDER BY occurred_at DESC, rowid DESC") + page.limitClause();
    return SandboxResponse::json(page.page(m_context.db().rows(sql, binds), &SandboxRecordJson::auditLog));
}

SandboxResponse AuditLogRoutes::detail(const SandboxRequest &request)
{
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    const auto row = m_context.db().row(QStringLiteral("SELECT * FROM audit_logs WHERE id = ? AND org_id = ?"),
                                        {request.param(QStringLiteral("audit_log_id")), orgId});
    if (!row)
        return SandboxResponse::notFound(QStringLiteral("Audit log not found"));
    return SandboxResponse::json(SandboxRecordJson::auditLog(*row));
}

} // namespace repdesk
