#include "ResponseDraftSaveResult.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<ResponseDraftSaveResult> ResponseDraftSaveResult::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    ResponseDraftSaveResult s;
    s.responseId = r.string("response_id");
    s.conversationId = r.string("conversation_id");
    s.scheduledToSend = r.boolean("scheduled_to_send");
    s.scheduledSendAt = r.dateTime("scheduled_send_at");
    return r.result(std::move(s));
}

} // namespace repdesk
