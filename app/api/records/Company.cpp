#include "Company.h"

#include "JsonReader.h"

namespace repdesk {

QList<QPair<QString, QString>> Company::customFieldPairs() const
{
    return JsonReader::displayPairs(customFields);
}

Decoded<Company> Company::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    Company c;
    c.companyId = r.string("company_id");
    c.name = r.string("name");
    c.domain = r.string("domain");
    c.customFields = r.object("custom_fields");
    c.address = r.string("address");
    c.agentId = r.string("agent_id");
    c.createdAt = r.dateTime("created_at");
    return r.result(std::move(c));
}

} // namespace repdesk
