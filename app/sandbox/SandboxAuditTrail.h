#pragma once

#include <QJsonArray>
#include <QString>

namespace repdesk {

class SandboxContext;

// Appends audit-log rows for changes made through the API (drafts created, overwritten, deleted).
class SandboxAuditTrail
{
public:
    static void append(SandboxContext &context, const QString &organizationId, const QString &agentId,
                       const QString &actionType, const QString &recordType, const QString &recordId,
                       const QJsonArray &changes);
};

} // namespace repdesk
