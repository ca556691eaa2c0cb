#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace repdesk {

// Body of POST .../conversations/{id}/response-drafts (creates or overwrites
// the conversation's single pending reply).
struct ResponseDraftSaveRequest
{
    QString bodyHtml;
    QStringList ccEmails;
    QStringList bccEmails;
    bool autosendDraft = false;
    bool addNotification = false;

    // Empty when valid; otherwise why the server would refuse it.
    QString validationError() const;
    // Always sends every field. add_notification is forced to false when
    // autosendDraft is set: the server rejects the two together.
    // body_html is the editor mode of HtmlSanitizer applied once more (sanitizeOutgoing).
    QJsonObject toJson() const;
};

} // namespace repdesk
