#include "SandboxTime.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <atomic>

namespace repdesk {

qint64 SandboxTime::nowMicros()
{
    static std::atomic<qint64> last{0};
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    // QDateTime has no microseconds; a pseudo sub-millisecond part keeps the output looking like the real API.
    qint64 candidate = ms * 1000 + (ms * 7919) % 1000;
    if (candidate % kSecond == 0)
        ++candidate;
    qint64 previous = last.load();
    for (;;) {
        const qint64 next = candidate > previous ? candidate : previous + 1;
        if (last.compare_exchange_weak(previous, next))
            return next;
    }
}

qint64 SandboxTime::fromDateTime(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch() * 1000;
}

QDateTime SandboxTime::toDateTime(qint64 micros)
{
    qint64 ms = micros / 1000;
    if (micros < 0 && micros % 1000)
        --ms;
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString SandboxTime::format(qint64 micros)
{
    qint64 seconds = micros / kSecond;
    qint64 fraction = micros % kSecond;
    if (fraction < 0) {
        fraction += kSecond;
        --seconds;
    }
    const QString base = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (fraction == 0)
        return base + QLatin1Char('Z');
    return base + QLatin1Char('.') + QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0'))
        + QLatin1Char('Z');
}

QJsonValue SandboxTime::json(const QVariant &micros)
{
    if (micros.isNull() || !micros.isValid())
        return QJsonValue::Null;
    return format(micros.toLongLong());
}

QByteArray SandboxTime::httpDate(qint64 micros)
{
    return QLocale::c()
        .toString(toDateTime(micros), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

std::optional<qint64> SandboxTime::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)"
        R"(\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    qint64 fraction = 0;
    if (match.hasCaptured(7)) {
        const QString digits = match.captured(7).left(6).leftJustified(6, QLatin1Char('0'));
        fraction = digits.toLongLong();
    }
    qint64 offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (!zone.isEmpty() && zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    const qint64 seconds = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch() - offsetSeconds;
    return seconds * kSecond + fraction;
}

} // namespace repdesk
