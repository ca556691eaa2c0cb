#include "CompanyRoutes.h"

#include "SandboxContext.h"
#include "SandboxPageQuery.h"
#include "SandboxRecordJson.h"
#include "SandboxRoutePaths.h"
#include "SandboxRouter.h"
#include "SandboxValidator.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace repdesk {

void CompanyRoutes::registerRoutes(SandboxRouter &router)
{
    router.add(QStringLiteral("GET"), SandboxRoutePaths::organization(QStringLiteral("/companies")),
               [this](const SandboxRequest &r) { return list(r); });
    router.add(QStringLiteral("POST"), SandboxRoutePaths::organization(QStringLiteral("/companies")),
               [this](const SandboxRequest &r) { return create(r); });
    router.add(QStringLiteral("GET"), SandboxRoutePaths::organization(QStringLiteral("/companies/{company_id}")),
               [this](const SandboxRequest &r) { return detail(r); });
}

std::optional<QString> CompanyRoutes::normalizeDomain(const QString &input)
{
    QString domain = input.trimmed().toLower();
    static const QRegularExpression scheme(QStringLiteral("^[a-z][a-z0-9+.-]*://"));
    domain.remove(scheme);
    const int end = domain.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    if (end >= 0)
        domain.truncate(end);
    const int at = domain.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        domain = domain.mid(at + 1);
    const int colon = domain.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        domain.truncate(colon);
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    static const QRegularExpression valid(QStringLiteral(R"(^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$)"));
    if (!valid.match(domain).hasMatch())
        return std::nullopt;
    return domain;
}

SandboxResponse CompanyRoutes::list(const SandboxRequest &request)
{
    SandboxPageQuery page = SandboxPageQuery::parse(request, 25);
    if (page.error)
        return *page.error;
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    if (auto problem = page.resolve({QStringLiteral("companies"), orgId}))
        return *problem;
    QVariantList binds{orgId};
    const QString sql = QStringLiteral("SELECT * FROM companies WHERE org_id = ?")
        + page.dateClause(QStringLiteral("created_at"), &binds)
        + QStringLiteral(" ORDER BY created_at DESC, id") + page.limitClause();
    return SandboxResponse::json(page.page(m_context.db().rows(sql, binds), &SandboxRecordJson::company));
}

SandboxResponse CompanyRoutes::detail(const SandboxRequest &request)
{
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    const auto row = m_context.db().row(QStringLiteral("SELECT * FROM companies WHERE id = ? AND org_id = ?"),
                                        {request.param(QStringLiteral("company_id")), orgId});
    if (!row)
        return SandboxResponse::notFound(QStringLiteral("Company not found"));
    return SandboxResponse::json(SandboxRecordJson::company(*row));
}

SandboxResponse CompanyRoutes::create(const SandboxRequest &request)
{
    SandboxResponse bodyError;
    const auto body = request.jsonObject(&bodyError);
    if (!body)
        return bodyError;
    SandboxValidator validator(*body);
    const QString name = validator.requiredString(QStringLiteral("name")).trimmed();
    const QString rawDomain = validator.optionalString(QStringLiteral("domain"));
    const QString address = validator.optionalString(QStringLiteral("address"));
    const QString agentId = validator.optionalString(QStringLiteral("agent_id"));
    const QJsonObject customFields = validator.optionalObject(QStringLiteral("custom_fields"));
    QString domain;
    if (!rawDomain.trimmed().isEmpty()) {
        const auto normalized = normalizeDomain(rawDomain);
        if (!normalized) {
            validator.addError(QJsonArray{QStringLiteral("body"), QStringLiteral("domain")},
                               QStringLiteral("Value error, domain must be a valid domain name containing a dot"),
                               QStringLiteral("value_error"), rawDomain);
        } else {
            domain = *normalized;
        }
    }
    if (!validator.ok())
        return validator.response();

    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    SandboxDatabase &db = m_context.db();
    if (!agentId.isEmpty()
        && !db.row(QStringLiteral("SELECT id FROM agents WHERE id = ? AND org_id = ?"), {agentId, orgId})) {
        return SandboxResponse::badRequest(QStringLiteral("Invalid agent_id"));
    }
    const QString id = m_context.newId();
    const auto nullable = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    db.exec(QStringLiteral("INSERT INTO companies (id, org_id, name, domain, custom_fields, address, agent_id,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, orgId, name, nullable(domain), SandboxRecordJson::serialize(customFields), nullable(address),
             nullable(agentId), m_context.now()});
    const auto row = db.row(QStringLiteral("SELECT * FROM companies WHERE id = ?"), {id});
    return SandboxResponse::json(SandboxRecordJson::company(row.value_or(QVariantMap())));
}

} // namespace repdesk
