#include "FernandContact.h"

#include "FernandIds.h"
#include "JsonReader.h"

#include <QJsonObject>

namespace repdesk {

Decoded<FernandContact> FernandContact::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    FernandContact c;
    if (!FernandIds::isIdShaped(r.value("id")))
        r.fail(QStringLiteral("id"), QStringLiteral("id"));
    c.id = FernandIds::text(r.value("id"));
    c.email = r.string("email");
    c.name = r.string("name");
    const QJsonValue company = r.value("company");
    if (company.isString())
        c.company = company.toString();
    else if (company.isObject())
        c.company = company.toObject().value(QLatin1String("name")).toString();
    return r.result(std::move(c));
}

} // namespace repdesk
