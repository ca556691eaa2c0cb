#pragma once

#include "Decoded.h"
#include "Modality.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace repdesk {

// A new outbound message not yet sent (list and detail routes share the shape).
struct MessageDraft
{
    QString draftId;
    QString subject;
    QString bodyHtml;
    // Raw API string ("email" or "text"); see modalityKind().
    QString modality;
    QString agentId;
    QString recipientName;
    QString recipientEmail;
    QString recipientPhoneNumber;
    QStringList ccEmails;
    QStringList bccEmails;
    QDateTime scheduledSendAt;
    QString folder;
    QDateTime createdAt;

    Modality modalityKind() const { return modalityFromString(modality); }
    bool isScheduled() const { return scheduledSendAt.isValid(); }

    static Decoded<MessageDraft> fromJson(const QJsonValue &json);
};

} // namespace repdesk
