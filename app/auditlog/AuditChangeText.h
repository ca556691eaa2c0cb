#pragma once

#include "AuditLog.h"

#include <QCoreApplication>
#include <QString>

namespace repdesk {

// Audit log entries in words: "status: Qualified → Accepted" on one line for the table, and the
// whole entry with JSON values pretty-printed for the detail. Values can be any JSON (a label, an
// object of custom fields), so nothing is assumed about their shape.
class AuditChangeText
{
    Q_DECLARE_TR_FUNCTIONS(repdesk::AuditChangeText)
public:
    // "field: from → to", values compact; "field: set to X" / "field: X removed" when one side is null.
    static QString line(const AuditChange &change);
    // Every change of the entry, one line each, for the table's summary column.
    static QString summary(const AuditLog &log);
    // A value for the detail: strings verbatim, objects and arrays indented JSON, null as "(empty)".
    static QString pretty(const QJsonValue &value);
    // "Sale", "Conversation", "Message draft", "Response draft"; a newer type in words.
    static QString recordTypeLabel(const QString &type);
    // "Created", "Changed", "Deleted"; a newer action as it came.
    static QString actionLabel(const QString &action);
};

} // namespace repdesk
