#include "Sale.h"

#include "JsonReader.h"

namespace repdesk {

QList<QPair<QString, QString>> Sale::customFieldPairs() const
{
    return JsonReader::displayPairs(customFields);
}

QString Sale::primaryContactId() const
{
    for (const SaleContact &c : associatedContacts) {
        if (c.isPrimary)
            return c.contactId;
    }
    return associatedContacts.isEmpty() ? QString() : associatedContacts.first().contactId;
}

Decoded<Sale> Sale::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    Sale s;
    s.saleId = r.string("sale_id");
    s.associatedConversationIds = r.stringList("associated_conversation_ids");
    s.companyId = r.string("company_id");
    s.ownerId = r.string("owner_id");
    s.associatedContacts = r.list<SaleContact>("associated_contacts");
    s.quoteDetails = r.record<QuoteDetails>("quote_details");
    s.customFields = r.object("custom_fields");
    s.currentStatus = r.optRecord<SaleStatus>("current_status");
    s.statusHistory = r.list<SaleStatus>("status_history");
    s.createdAt = r.dateTime("created_at");
    s.lastActivityAt = r.dateTime("last_activity_at");
    return r.result(std::move(s));
}

} // namespace repdesk
