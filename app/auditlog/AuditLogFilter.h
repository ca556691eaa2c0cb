#pragma once

#include "AuditLogQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace repdesk {

// What the audit log is filtered by, as a person picks it: an agent, a record type, an action
// type, and a range of whole days in their time zone. Both days are inclusive for the person; the
// API's end_date is exclusive (NOTES.md), so the query ends at the start of the day after `to`.
struct AuditLogFilter
{
    Q_DECLARE_TR_FUNCTIONS(repdesk::AuditLogFilter)
public:
    QString agentId;    // empty: every agent (and changes made by no agent)
    QString recordType; // empty, or sale, conversation, message_draft, response_draft
    QString actionType; // empty, or insert, update, delete
    QDate from;         // invalid: no start
    QDate to;           // invalid: no end

    // Why the filter cannot be sent, in words for people; empty when it can.
    QString problem() const;
    // The query for one page; `zone` is the person's time zone (tests pass a fixed one).
    AuditLogQuery query(int limit, const QString &cursor, const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    bool operator==(const AuditLogFilter &other) const
    {
        return agentId == other.agentId && recordType == other.recordType && actionType == other.actionType
            && from == other.from && to == other.to;
    }
    bool operator!=(const AuditLogFilter &other) const { return !(*this == other); }
};

} // namespace repdesk
