#include "MessageDraft.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<MessageDraft> MessageDraft::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    MessageDraft d;
    d.draftId = r.string("draft_id");
    d.subject = r.string("subject");
    d.bodyHtml = r.string("body_html");
    d.modality = r.string("modality");
    d.agentId = r.string("agent_id");
    d.recipientName = r.string("recipient_name");
    d.recipientEmail = r.string("recipient_email");
    d.recipientPhoneNumber = r.string("recipient_phone_number");
    d.ccEmails = r.stringList("cc_emails");
    d.bccEmails = r.stringList("bcc_emails");
    d.scheduledSendAt = r.dateTime("scheduled_send_at");
    d.folder = r.string("folder");
    d.createdAt = r.dateTime("created_at");
    return r.result(std::move(d));
}

} // namespace repdesk
