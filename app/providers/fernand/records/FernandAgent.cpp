#include "FernandAgent.h"

#include "FernandIds.h"
#include "JsonReader.h"

namespace repdesk {

Decoded<FernandAgent> FernandAgent::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    FernandAgent a;
    if (!FernandIds::isIdShaped(r.value("id")))
        r.fail(QStringLiteral("id"), QStringLiteral("id"));
    a.id = FernandIds::text(r.value("id"));
    a.email = r.string("email");
    a.name = r.string("name");
    a.timezone = r.string("timezone");
    a.signature = r.string("signature");
    return r.result(std::move(a));
}

} // namespace repdesk
