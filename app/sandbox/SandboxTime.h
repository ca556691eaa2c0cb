#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <optional>

namespace repdesk {

// Timestamps are stored as microseconds since the epoch (UTC): the API prints six fraction
// digits, which QDateTime (milliseconds) cannot carry.
class SandboxTime
{
public:
    static constexpr qint64 kSecond = 1000000;
    static constexpr qint64 kMinute = 60 * kSecond;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kDay = 24 * kHour;

    // Strictly increasing across calls, so that records created in one burst keep their order.
    static qint64 nowMicros();
    static qint64 fromDateTime(const QDateTime &dateTime);
    static QDateTime toDateTime(qint64 micros);

    // "2026-03-12T00:32:13.782565Z", or "2026-04-29T14:00:00Z" for whole seconds: both occur in the real API.
    static QString format(qint64 micros);
    static QJsonValue json(const QVariant &micros); // null stays null
    static QByteArray httpDate(qint64 micros);

    // ISO 8601 with or without fraction, with Z, an offset or nothing (UTC); a bare date is midnight.
    static std::optional<qint64> parse(const QString &text);
};

} // namespace repdesk
