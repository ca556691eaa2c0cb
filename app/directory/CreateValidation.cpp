#include "CreateValidation.h"

#include "ApiError.h"
#include "CompanyCreateRequest.h"
#include "ContactCreateRequest.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace repdesk {

namespace {
QString tr(const char *text)
{
    // The context lupdate files these under (calls inside CreateValidation members).
    return QCoreApplication::translate("repdesk::CreateValidation", text);
}
} // namespace

QStringList CreateValidation::contactFields()
{
    return {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone_number"),
            QStringLiteral("company_id"), QStringLiteral("company_role"), QStringLiteral("custom_fields")};
}

QStringList CreateValidation::companyFields()
{
    return {QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("address"), QStringLiteral("agent_id"),
            QStringLiteral("custom_fields")};
}

FieldErrors CreateValidation::checkContact(ContactCreateRequest &r)
{
    r.name = r.name.trimmed();
    r.email = r.email.trimmed();
    r.phoneNumber = r.phoneNumber.trimmed();
    r.companyRole = r.companyRole.trimmed();
    FieldErrors errors;
    if (r.name.isEmpty() && r.email.isEmpty() && r.phoneNumber.isEmpty())
        errors.form = tr("Enter at least a name, an email address or a phone number.");
    return errors;
}

QString CreateValidation::normalizeDomain(const QString &input)
{
    QString domain = input.trimmed().toLower();
    static const QRegularExpression scheme(QStringLiteral("^[a-z][a-z0-9+.-]*://"));
    domain.remove(scheme);
    static const QRegularExpression pathStart(QStringLiteral("[/?#]"));
    const int end = domain.indexOf(pathStart);
    if (end >= 0)
        domain.truncate(end);
    return domain;
}

FieldErrors CreateValidation::checkCompany(CompanyCreateRequest &r, const QStringList &agentIds)
{
    r.name = r.name.trimmed();
    r.address = r.address.trimmed();
    FieldErrors errors;
    if (r.name.isEmpty())
        errors.fields.insert(QStringLiteral("name"), tr("Enter the company's name."));
    const QString typed = r.domain.trimmed();
    r.domain = normalizeDomain(typed);
    if (!typed.isEmpty() && !r.domain.contains(QLatin1Char('.')))
        errors.fields.insert(QStringLiteral("domain"), tr("Enter a domain with a dot, such as example.com."));
    if (!r.agentId.isEmpty() && !agentIds.isEmpty() && !agentIds.contains(r.agentId))
        errors.fields.insert(QStringLiteral("agent_id"), tr("Choose an agent of this organization."));
    return errors;
}

FieldErrors CreateValidation::fromServer(const ApiError &error, const QStringList &fields)
{
    FieldErrors errors;
    // ApiError::detailText writes a 422's items as "field: message", joined by "; ".
    static const QRegularExpression located(QStringLiteral(R"(^([A-Za-z_]+)(?:\.[^:]*)?:\s*(.*)$)"));
    static const QRegularExpression invalidField(QStringLiteral(R"(\b(?:Invalid|invalid)\s+([a-z_]+)\b)"));
    const QStringList parts = error.detail().split(QStringLiteral("; "), Qt::SkipEmptyParts);
    QStringList rest;
    for (const QString &part : parts) {
        const auto m = located.match(part);
        QString field;
        QString message = part;
        if (m.hasMatch() && fields.contains(m.captured(1))) {
            field = m.captured(1);
            message = m.captured(2);
        } else if (const auto inv = invalidField.match(part); inv.hasMatch() && fields.contains(inv.captured(1))) {
            field = inv.captured(1);
        }
        message.remove(QRegularExpression(QStringLiteral("^Value error,\\s*")));
        if (field.isEmpty()) {
            rest << message;
        } else {
            const QString before = errors.fields.value(field);
            errors.fields.insert(field, before.isEmpty() ? message : before + QLatin1Char(' ') + message);
        }
    }
    if (!rest.isEmpty())
        errors.form = rest.join(QLatin1Char(' '));
    if (errors.isEmpty())
        errors.form = error.message();
    return errors;
}

} // namespace repdesk
