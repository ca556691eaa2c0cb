#include "MessageDraftCreateRequest.h"

#include "HtmlSanitizer.h"

#include <QJsonArray>

namespace repdesk {

namespace {
void putIfNotEmpty(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
} // namespace

QString MessageDraftCreateRequest::validationError() const
{
    if (modality != QLatin1String("email") && modality != QLatin1String("text"))
        return QStringLiteral("modality must be email or text");
    if (subject.trimmed().isEmpty() && bodyHtml.trimmed().isEmpty())
        return QStringLiteral("a subject or a body is required");
    return {};
}

QJsonObject MessageDraftCreateRequest::toJson() const
{
    QJsonObject o{
        {QStringLiteral("modality"), modality},
        {QStringLiteral("cc_emails"), QJsonArray::fromStringList(ccEmails)},
        {QStringLiteral("bcc_emails"), QJsonArray::fromStringList(bccEmails)},
        {QStringLiteral("autosend_draft"), autosendDraft},
        {QStringLiteral("add_notification"), addNotification && !autosendDraft},
    };
    putIfNotEmpty(o, QStringLiteral("subject"), subject);
    putIfNotEmpty(o, QStringLiteral("body_html"), HtmlSanitizer::sanitizeOutgoing(bodyHtml));
    putIfNotEmpty(o, QStringLiteral("to_user_name"), toUserName);
    putIfNotEmpty(o, QStringLiteral("to_email"), toEmail);
    putIfNotEmpty(o, QStringLiteral("to_phone_number"), toPhoneNumber);
    putIfNotEmpty(o, QStringLiteral("folder"), folder);
    return o;
}

} // namespace repdesk
