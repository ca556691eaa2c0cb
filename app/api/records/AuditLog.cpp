#include "AuditLog.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<AuditLog> AuditLog::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    AuditLog a;
    a.auditLogId = r.string("audit_log_id");
    a.occurredAt = r.dateTime("occurred_at");
    a.agentId = r.string("agent_id");
    a.actionType = r.string("action_type");
    a.record = r.record<AuditRecordRef>("record");
    a.changes = r.list<AuditChange>("changes");
    return r.result(std::move(a));
}

} // namespace repdesk
