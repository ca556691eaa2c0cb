#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace repdesk {

// Answer of POST .../response-drafts.
struct ResponseDraftSaveResult
{
    QString responseId;
    QString conversationId;
    bool scheduledToSend = false;
    // When it was queued; invalid when saved for review.
    QDateTime scheduledSendAt;

    static Decoded<ResponseDraftSaveResult> fromJson(const QJsonValue &json);
};

} // namespace repdesk
