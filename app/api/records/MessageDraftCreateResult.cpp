#include "MessageDraftCreateResult.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<MessageDraftCreateResult> MessageDraftCreateResult::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    MessageDraftCreateResult s;
    s.draftId = r.string("draft_id");
    s.scheduledToSend = r.boolean("scheduled_to_send");
    s.scheduledSendAt = r.dateTime("scheduled_send_at");
    s.folder = r.string("folder");
    return r.result(std::move(s));
}

} // namespace repdesk
