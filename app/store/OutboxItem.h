#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace repdesk {

// One write that could not reach the server yet. Stored in the journal's
// database so it survives restarts.
struct OutboxItem
{
    enum class Kind { SaveResponseDraft, DeleteResponseDraft, CreateMessageDraft, DeleteMessageDraft };

    qint64 id = 0;
    Kind kind = Kind::SaveResponseDraft;
    QString organizationId;
    QString key;          // conversation id (replies) or "compose:<uuid>"
    QString targetId;     // the draft id for deletes
    QJsonObject body;     // the request body as it will be POSTed
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
};

} // namespace repdesk
