#include "EmailMetadata.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<EmailMetadata> EmailMetadata::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    EmailMetadata m;
    m.emailMessageId = r.string("email_message_id");
    m.ccEmails = r.stringList("cc_emails");
    m.bccEmails = r.stringList("bcc_emails");
    return r.result(std::move(m));
}

} // namespace repdesk
