#include "Organization.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<Organization> Organization::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    Organization o;
    o.organizationId = r.string("organization_id");
    o.name = r.string("name");
    return r.result(std::move(o));
}

} // namespace repdesk
