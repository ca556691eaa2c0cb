#include "Message.h"

#include "JsonReader.h"

namespace repdesk {

QString Message::formValue(const QString &name) const
{
    for (const FormField &f : formRequestBody) {
        if (f.name == name)
            return f.value;
    }
    return {};
}

Decoded<Message> Message::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    Message m;
    m.messageId = r.string("message_id");
    m.conversationId = r.string("conversation_id");
    m.agentId = r.string("agent_id");
    m.modality = r.string("modality");
    m.messageDirection = r.string("message_direction");
    m.isFormRequest = r.boolean("is_form_request");
    m.subject = r.string("subject");
    m.content = r.string("content");
    m.callTranscript = r.string("call_transcript");
    // Documented as an object of key/values; an array of {name, value} is accepted too.
    if (r.value("form_request_body").isArray())
        m.formRequestBody = r.list<FormField>("form_request_body");
    else
        m.formRequestBody = FormField::listFromObject(r.object("form_request_body"));
    m.sentAt = r.dateTime("sent_at");
    m.draftedAt = r.dateTime("drafted_at");
    m.emailMetadata = r.record<EmailMetadata>("email_metadata");
    m.callMetadata = r.record<CallMetadata>("call_metadata");
    m.trackedLinks = r.list<TrackedLink>("tracked_links");
    return r.result(std::move(m));
}

} // namespace repdesk
