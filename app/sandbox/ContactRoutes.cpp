#include "ContactRoutes.h"

#include "SandboxContext.h"
#include "SandboxPageQuery.h"
#include "SandboxRecordJson.h"
#include "SandboxRoutePaths.h"
#include "SandboxRouter.h"
#include "SandboxValidator.h"

namespace repdesk {

void ContactRoutes::registerRoutes(SandboxRouter &router)
{
    router.add(QStringLiteral("GET"), SandboxRoutePaths::organization(QStringLiteral("/contacts")),
               [this](const SandboxRequest &r) { return list(r); });
    router.add(QStringLiteral("POST"), SandboxRoutePaths::organization(QStringLiteral("/contacts")),
               [this](const SandboxRequest &r) { return create(r); });
    router.add(QStringLiteral("GET"), SandboxRoutePaths::organization(QStringLiteral("/contacts/{contact_id}")),
               [this](const SandboxRequest &r) { return detail(r); });
}

SandboxResponse ContactRoutes::list(const SandboxRequest &request)
{
    SandboxPageQuery page = SandboxPageQuery::parse(request, 25);
    if (page.error)
        return *page.error;
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    if (auto problem = page.resolve({QStringLiteral("contacts"), orgId}))
        return *problem;
    QVariantList binds{orgId};
    const QString sql = QStringLiteral("SELECT * FROM contacts WHERE org_id = ?")
        + page.dateClause(QStringLiteral("created_at"), &binds)
        + QStringLiteral(" ORDER BY created_at DESC, id") + page.limitClause();
    return SandboxResponse::json(page.page(m_context.db().rows(sql, binds), &SandboxRecordJson::contact));
}

SandboxResponse ContactRoutes::detail(const SandboxRequest &request)
{
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    const auto row = m_context.db().row(QStringLiteral("SELECT * FROM contacts WHERE id = ? AND org_id = ?"),
                                        {request.param(QStringLiteral("contact_id")), orgId});
    if (!row)
        return SandboxResponse::notFound(QStringLiteral("Invalid contact_id"));
    return SandboxResponse::json(SandboxRecordJson::contact(*row));
}

SandboxResponse ContactRoutes::create(const SandboxRequest &request)
{
    SandboxResponse bodyError;
    const auto body = request.jsonObject(&bodyError);
    if (!body)
        return bodyError;
    SandboxValidator validator(*body);
    const QString name = validator.optionalString(QStringLiteral("name")).trimmed();
    const QString email = validator.optionalEmail(QStringLiteral("email"));
    const QString phone = validator.optionalString(QStringLiteral("phone_number")).trimmed();
    const QString companyId = validator.optionalString(QStringLiteral("company_id"));
    const QString role = validator.optionalString(QStringLiteral("company_role"));
    const QJsonObject customFields = validator.optionalObject(QStringLiteral("custom_fields"));
    if (validator.ok() && name.isEmpty() && email.isEmpty() && phone.isEmpty())
        validator.addBodyError(QStringLiteral("At least one of name, email or phone_number is required"));
    if (!validator.ok())
        return validator.response();

    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    SandboxDatabase &db = m_context.db();
    if (!companyId.isEmpty()
        && !db.row(QStringLiteral("SELECT id FROM companies WHERE id = ? AND org_id = ?"), {companyId, orgId})) {
        return SandboxResponse::badRequest(QStringLiteral("Invalid company_id"));
    }
    const QString id = m_context.newId();
    const auto nullable = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    db.exec(QStringLiteral("INSERT INTO contacts (id, org_id, name, email, phone_number, created_at, company_id,"
                           " custom_fields, company_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, orgId, nullable(name), nullable(email), nullable(phone), m_context.now(), nullable(companyId),
             SandboxRecordJson::serialize(customFields), nullable(role)});
    const auto row = db.row(QStringLiteral("SELECT * FROM contacts WHERE id = ?"), {id});
    return SandboxResponse::json(SandboxRecordJson::contact(row.value_or(QVariantMap())));
}

} // namespace repdesk
