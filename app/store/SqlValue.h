#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

namespace repdesk {

// How record fields travel to and from SQLite columns. Timestamps are stored as
// integer milliseconds since the epoch (UTC): they sort correctly, index cheaply
// and keep the millisecond precision that ISO text with seconds would lose.
// Empty values become NULL so "absent" costs no space.
class SqlValue
{
public:
    static QVariant fromDateTime(const QDateTime &dateTime);
    static QDateTime toDateTime(const QVariant &value);

    static QVariant fromText(const QString &text);

    static QVariant fromOptionalBool(const std::optional<bool> &value);
    static std::optional<bool> toOptionalBool(const QVariant &value);

    // Compact JSON text; NULL for an empty object.
    static QVariant fromJsonObject(const QJsonObject &object);
    // Anything unreadable gives an empty object: a cache must never fail a load over one field.
    static QJsonObject toJsonObject(const QVariant &value);
};

} // namespace repdesk
