#pragma once

#include "Decoded.h"
#include "FernandRecipient.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace repdesk {

// GET /conversations items and GET/PATCH /conversations/{id} answers. Every
// field may be missing or null; ids are kept as text.
struct FernandConversation
{
    QString id;
    QString contactId;
    QString subject;
    QString status; // OPENED, CLOSED, SPAM, SNOOZED as sent (unknown values kept)
    QDateTime lastUpdate;
    QStringList tags; // tag ids (the docs give no route that names them)
    QList<FernandRecipient> recipients;
    QString agentId;
    QString channelId;
    QDateTime snoozeUntil;

    static Decoded<FernandConversation> fromJson(const QJsonValue &json);
};

} // namespace repdesk
