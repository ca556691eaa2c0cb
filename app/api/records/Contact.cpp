#include "Contact.h"

#include "JsonReader.h"

namespace repdesk {

QList<QPair<QString, QString>> Contact::customFieldPairs() const
{
    return JsonReader::displayPairs(customFields);
}

Decoded<Contact> Contact::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    Contact c;
    c.contactId = r.string("contact_id");
    c.name = r.string("name");
    c.email = r.string("email");
    c.phoneNumber = r.string("phone_number");
    c.createdAt = r.dateTime("created_at");
    c.companyId = r.string("company_id");
    c.customFields = r.object("custom_fields");
    c.companyRole = r.string("company_role");
    return r.result(std::move(c));
}

} // namespace repdesk
