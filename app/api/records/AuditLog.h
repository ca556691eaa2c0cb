#pragma once

#include "AuditChange.h"
#include "AuditRecordRef.h"
#include "Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace repdesk {

struct AuditLog
{
    QString auditLogId;
    QDateTime occurredAt;
    // Empty when the change was not made by an agent.
    QString agentId;
    // "insert", "update" or "delete".
    QString actionType;
    AuditRecordRef record;
    QList<AuditChange> changes;

    static Decoded<AuditLog> fromJson(const QJsonValue &json);
};

} // namespace repdesk
