#include "FernandRecipient.h"

#include "FernandIds.h"
#include "JsonReader.h"

namespace repdesk {

Decoded<FernandRecipient> FernandRecipient::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    FernandRecipient c;
    c.id = FernandIds::text(r.value("id"));
    c.contactId = FernandIds::text(r.value("contact_id"));
    c.kind = r.string("kind");
    c.conversationId = FernandIds::text(r.value("conversation_id"));
    return r.result(std::move(c));
}

} // namespace repdesk
