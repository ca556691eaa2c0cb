#include "ResponseDraft.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<ResponseDraft> ResponseDraft::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    ResponseDraft d;
    d.responseId = r.string("response_id");
    d.conversationId = r.string("conversation_id");
    d.bodyHtml = r.string("body_html");
    d.recipientName = r.string("recipient_name");
    d.recipientEmail = r.string("recipient_email");
    d.recipientPhoneNumber = r.string("recipient_phone_number");
    d.ccEmails = r.stringList("cc_emails");
    d.bccEmails = r.stringList("bcc_emails");
    d.scheduledSendAt = r.dateTime("scheduled_send_at");
    d.createdAt = r.dateTime("created_at");
    return r.result(std::move(d));
}

} // namespace repdesk
