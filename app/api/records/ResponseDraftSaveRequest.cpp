#include "ResponseDraftSaveRequest.h"

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
        {QStringLiteral("body_html"), bodyHtml},
        {QStringLiteral("cc_emails"), QJsonArray::fromStringList(ccEmails)},
        {QStringLiteral("bcc_emails"), QJsonArray::fromStringList(bccEmails)},
        {QStringLiteral("autosend_draft"), autosendDraft},
        {QStringLiteral("add_notification"), addNotification && !autosendDraft},
    };
}

} // namespace repdesk
