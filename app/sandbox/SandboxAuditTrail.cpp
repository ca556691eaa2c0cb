#include "SandboxAuditTrail.h"

#include "SandboxContext.h"
#include "SandboxRecordJson.h"

namespace repdesk {

void SandboxAuditTrail::append(SandboxContext &context, const QString &organizationId,
                               const QString &agentId, const QString &actionType,
                               const QString &recordType, const QString &recordId,
                               const QJsonArray &changes)
{
    context.db().exec(QStringLiteral("INSERT INTO audit_logs (id, org_id, occurred_at, agent_id, action_type,"
                                     " record_type, record_id, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {context.newId(), organizationId, context.now(),
                       agentId.isEmpty() ? QVariant() : QVariant(agentId), actionType, recordType,
                       recordId, SandboxRecordJson::serialize(changes)});
}

} // namespace repdesk
