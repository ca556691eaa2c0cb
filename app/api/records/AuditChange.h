#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

namespace repdesk {

// One field change of an audit log entry. from/to can be any JSON (a label, an
// object of custom fields, ...), so they are kept as-is.
struct AuditChange
{
    QString field;
    // Null when null or missing.
    QJsonValue from;
    QJsonValue to;

    // For display: strings verbatim, anything else as compact JSON text.
    QString fromText() const;
    QString toText() const;

    static Decoded<AuditChange> fromJson(const QJsonValue &json);
};

} // namespace repdesk
