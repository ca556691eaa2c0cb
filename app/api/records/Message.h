#pragma once

#include "CallMetadata.h"
#include "Decoded.h"
#include "EmailMetadata.h"
#include "FormField.h"
#include "MessageDirection.h"
#include "Modality.h"
#include "TrackedLink.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace repdesk {

// A message of a conversation (list and detail routes share the shape).
struct Message
{
    QString messageId;
    QString conversationId;
    // Empty when the message was not sent by an agent.
    QString agentId;
    // Raw API strings, kept so unknown values survive; see modalityKind()/direction().
    QString modality;
    QString messageDirection;
    bool isFormRequest = false;
    QString subject;
    QString content;
    QString callTranscript;
    // Empty unless isFormRequest.
    QList<FormField> formRequestBody;
    QDateTime sentAt;
    QDateTime draftedAt;
    EmailMetadata emailMetadata;
    CallMetadata callMetadata;
    QList<TrackedLink> trackedLinks;

    Modality modalityKind() const { return modalityFromString(modality); }
    MessageDirection direction() const { return messageDirectionFromString(messageDirection); }
    bool isOutbound() const { return direction() == MessageDirection::Sent; }
    // The value of the first form field of that name; empty if none.
    QString formValue(const QString &name) const;

    static Decoded<Message> fromJson(const QJsonValue &json);
};

} // namespace repdesk
