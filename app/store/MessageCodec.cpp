#include "MessageCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace repdesk {

namespace {
QJsonValue timeValue(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QJsonValue textValue(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject MessageCodec::toJson(const Message &m)
{
    QJsonArray form;
    for (const FormField &f : m.formRequestBody)
        form.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value}});

    QJsonArray links;
    for (const TrackedLink &l : m.trackedLinks) {
        links.append(QJsonObject{{QStringLiteral("link_id"), textValue(l.linkId)},
                                 {QStringLiteral("url"), textValue(l.url)},
                                 {QStringLiteral("click_count"), l.clickCount}});
    }

    const QJsonObject email{
        {QStringLiteral("email_message_id"), textValue(m.emailMetadata.emailMessageId)},
        {QStringLiteral("cc_emails"), QJsonArray::fromStringList(m.emailMetadata.ccEmails)},
        {QStringLiteral("bcc_emails"), QJsonArray::fromStringList(m.emailMetadata.bccEmails)},
    };
    const QJsonObject call{
        {QStringLiteral("duration"),
         m.callMetadata.duration ? QJsonValue(*m.callMetadata.duration) : QJsonValue(QJsonValue::Null)},
    };

    return QJsonObject{
        {QStringLiteral("message_id"), textValue(m.messageId)},
        {QStringLiteral("conversation_id"), textValue(m.conversationId)},
        {QStringLiteral("agent_id"), textValue(m.agentId)},
        {QStringLiteral("modality"), textValue(m.modality)},
        {QStringLiteral("message_direction"), textValue(m.messageDirection)},
        {QStringLiteral("is_form_request"), m.isFormRequest},
        {QStringLiteral("subject"), textValue(m.subject)},
        {QStringLiteral("content"), textValue(m.content)},
        {QStringLiteral("call_transcript"), textValue(m.callTranscript)},
        {QStringLiteral("form_request_body"), form},
        {QStringLiteral("sent_at"), timeValue(m.sentAt)},
        {QStringLiteral("drafted_at"), timeValue(m.draftedAt)},
        {QStringLiteral("email_metadata"), email},
        {QStringLiteral("call_metadata"), call},
        {QStringLiteral("tracked_links"), links},
    };
}

QByteArray MessageCodec::toBytes(const Message &message)
{
    return QJsonDocument(toJson(message)).toJson(QJsonDocument::Compact);
}

std::optional<Message> MessageCodec::fromBytes(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return std::nullopt;
    Decoded<Message> decoded = Message::fromJson(doc.object());
    if (!decoded.ok())
        return std::nullopt;
    return decoded.takeValue();
}

QDateTime MessageCodec::orderingTime(const Message &message)
{
    return message.sentAt.isValid() ? message.sentAt : message.draftedAt;
}

} // namespace repdesk
