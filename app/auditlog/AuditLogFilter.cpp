#include "AuditLogFilter.h"

namespace repdesk {

QString AuditLogFilter::problem() const
{
    if (from.isValid() && to.isValid() && from > to)
        return tr("The start date is after the end date.");
    return {};
}

AuditLogQuery AuditLogFilter::query(int limit, const QString &cursor, const QTimeZone &zone) const
{
    AuditLogQuery q;
    q.list.limit = limit;
    q.list.cursor = cursor;
    if (from.isValid())
        q.list.startDate = from.startOfDay(zone).toUTC();
    if (to.isValid())
        q.list.endDate = to.addDays(1).startOfDay(zone).toUTC();
    q.agentId = agentId;
    q.recordType = recordType;
    q.actionType = actionType;
    return q;
}

} // namespace repdesk
