#pragma once

#include "ListQuery.h"

#include <QDateTime>
#include <QString>

namespace repdesk {

// Filters of GET .../audit-logs, on top of the usual paging and dates.
struct AuditLogQuery
{
    ListQuery list;
    QString agentId;
    QString recordType;  // sale, conversation, message_draft, response_draft
    QString actionType;  // insert, update, delete

    void applyTo(RequestSpec &spec) const
    {
        list.applyTo(spec);
        spec.addQuery(QStringLiteral("agent_id"), agentId);
        spec.addQuery(QStringLiteral("record_type"), recordType);
        spec.addQuery(QStringLiteral("action_type"), actionType);
    }
};

} // namespace repdesk
