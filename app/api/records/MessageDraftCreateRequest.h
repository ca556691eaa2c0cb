#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace repdesk {

// Body of POST /api/v2/organizations/{org}/message-drafts (a new outbound message).
struct MessageDraftCreateRequest
{
    // "email" or "text" (see modalityToString()).
    QString modality = QStringLiteral("email");
    QString subject;
    QString bodyHtml;
    QString toUserName;
    QString toEmail;
    QString toPhoneNumber;
    QStringList ccEmails;
    QStringList bccEmails;
    bool autosendDraft = false;
    bool addNotification = false;
    // Free text; the server slugifies it ("Sales Follow-up" -> "sales-follow-up").
    QString folder;

    // Empty when valid; otherwise why the server would refuse it.
    QString validationError() const;
    // Empty optional strings are omitted so the server applies its defaults;
    // modality, the cc/bcc lists and both flags are always sent.
    // add_notification is forced to false when autosendDraft is set.
    // body_html is the editor mode of HtmlSanitizer applied once more (sanitizeOutgoing).
    QJsonObject toJson() const;
};

} // namespace repdesk
