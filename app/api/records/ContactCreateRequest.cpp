#include "ContactCreateRequest.h"

namespace repdesk {

QString ContactCreateRequest::validationError() const
{
    if (name.trimmed().isEmpty() && email.trimmed().isEmpty() && phoneNumber.trimmed().isEmpty())
        return QStringLiteral("a name, email or phone number is required");
    return {};
}

QJsonObject ContactCreateRequest::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("name", name);
    put("email", email);
    put("phone_number", phoneNumber);
    put("company_id", companyId);
    put("company_role", companyRole);
    if (!customFields.isEmpty())
        o.insert(QLatin1String("custom_fields"), customFields);
    return o;
}

} // namespace repdesk
