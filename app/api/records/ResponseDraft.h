#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace repdesk {

// The pending reply of a conversation (list and detail routes share the shape).
struct ResponseDraft
{
    QString responseId;
    QString conversationId;
    QString bodyHtml;
    QString recipientName;
    QString recipientEmail;
    QString recipientPhoneNumber;
    QStringList ccEmails;
    QStringList bccEmails;
    // Invalid while saved for review; set once queued for sending.
    QDateTime scheduledSendAt;
    QDateTime createdAt;

    bool isScheduled() const { return scheduledSendAt.isValid(); }

    static Decoded<ResponseDraft> fromJson(const QJsonValue &json);
};

} // namespace repdesk
