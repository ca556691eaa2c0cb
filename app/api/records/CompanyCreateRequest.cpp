#include "CompanyCreateRequest.h"

namespace repdesk {

QString CompanyCreateRequest::validationError() const
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("name is required");
    if (!domain.isEmpty() && !domain.contains(QLatin1Char('.')))
        return QStringLiteral("domain must contain a dot");
    return {};
}

QJsonObject CompanyCreateRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}};
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("domain", domain);
    put("address", address);
    put("agent_id", agentId);
    if (!customFields.isEmpty())
        o.insert(QLatin1String("custom_fields"), customFields);
    return o;
}

} // namespace repdesk
