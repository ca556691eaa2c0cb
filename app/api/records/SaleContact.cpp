#include "SaleContact.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<SaleContact> SaleContact::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    SaleContact c;
    c.contactId = r.string("contact_id");
    c.isPrimary = r.boolean("is_primary");
    return r.result(std::move(c));
}

} // namespace repdesk
