#include "ResponseDraftSaveRequest.h"

#include "HtmlSanitizer.h"

#include <QJsonArray>

namespace repdesk {

QString ResponseDraftSaveRequest::validationError() const
{
    if (bodyHtml.trimmed().isEmpty())
        return QStringLiteral("body_html is required");
    return {};
}

QJsonObject ResponseDraftSaveRequest::toJson() const
{
    return QJsonObject{
        {QStringLiteral("body_html"), HtmlSanitizer::sanitizeOutgoing(bodyHtml)},
        {QStringLiteral("cc_emails"), QJsonArray::fromStringList(ccEmails)},
        {QStringLiteral("bcc_emails"), QJsonArray::fromStringList(bccEmails)},
        {QStringLiteral("autosend_draft"), autosendDraft},
        {QStringLiteral("add_notification"), addNotification && !autosendDraft},
    };
}

} // namespace repdesk
