#include "DurationFormatter.h"

#include <cmath>

namespace repdesk {

QString DurationFormatter::format(double seconds) const
{
    if (std::isnan(seconds) || seconds < 0)
        return QStringLiteral("—");
    constexpr qint64 kMinute = 60;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr qint64 kDay = 24 * kHour;
    const qint64 whole = qRound64(seconds);
    if (whole < kMinute) {
        //: A duration in seconds, e.g. "45 s"
        return tr("%1 s").arg(number(whole));
    }
    if (whole < kHour) {
        const qint64 m = whole / kMinute;
        const qint64 s = whole % kMinute;
        //: A duration, e.g. "12 min" or "12 min 5 s"
        return s ? tr("%1 min %2 s").arg(number(m), number(s)) : tr("%1 min").arg(number(m));
    }
    // Past an hour, seconds are noise: round to whole minutes (which may make it a day).
    const qint64 minutes = qRound64(seconds / double(kMinute));
    if (minutes < kDay / kMinute) {
        const qint64 h = minutes / 60;
        const qint64 m = minutes % 60;
        //: A duration, e.g. "1 h" or "1 h 12 min"
        return m ? tr("%1 h %2 min").arg(number(h), number(m)) : tr("%1 h").arg(number(h));
    }
    const qint64 hours = qRound64(seconds / double(kHour));
    const qint64 d = hours / 24;
    const qint64 h = hours % 24;
    //: A duration, e.g. "3 d" or "3 d 4 h"
    return h ? tr("%1 d %2 h").arg(number(d), number(h)) : tr("%1 d").arg(number(d));
}

} // namespace repdesk
