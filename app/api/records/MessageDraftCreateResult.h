#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace repdesk {

// Answer of POST .../message-drafts.
struct MessageDraftCreateResult
{
    QString draftId;
    bool scheduledToSend = false;
    QDateTime scheduledSendAt;
    // Slugified by the server; may differ from the folder that was sent.
    QString folder;

    static Decoded<MessageDraftCreateResult> fromJson(const QJsonValue &json);
};

} // namespace repdesk
