#include "SaleStatus.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<SaleStatus> SaleStatus::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    SaleStatus s;
    s.label = r.string("label");
    s.status = r.string("status");
    s.changedAt = r.dateTime("changed_at");
    return r.result(std::move(s));
}

} // namespace repdesk
