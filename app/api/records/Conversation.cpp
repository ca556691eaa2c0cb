#include "Conversation.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<Conversation> Conversation::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    Conversation c;
    c.conversationId = r.string("conversation_id");
    c.startAt = r.dateTime("start_at");
    c.lastActivityAt = r.dateTime("last_activity_at");
    c.folder = r.string("folder");
    c.isRead = r.optBool("is_read");
    c.contactId = r.string("contact_id");
    return r.result(std::move(c));
}

} // namespace repdesk
