#include "AnalyticsRange.h"

#include <QLocale>

namespace repdesk {

namespace {
QDate firstOfQuarter(QDate day)
{
    return QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
}
} // namespace

QList<AnalyticsRange::Preset> AnalyticsRange::presets()
{
    return {Preset::Today, Preset::Last7Days, Preset::Last30Days, Preset::ThisQuarter, Preset::LastQuarter,
            Preset::Custom};
}

QString AnalyticsRange::presetKey(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return QStringLiteral("today");
    case Preset::Last7Days:
        return QStringLiteral("last7");
    case Preset::Last30Days:
        return QStringLiteral("last30");
    case Preset::ThisQuarter:
        return QStringLiteral("thisQuarter");
    case Preset::LastQuarter:
        return QStringLiteral("lastQuarter");
    case Preset::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<AnalyticsRange::Preset> AnalyticsRange::presetFromKey(const QString &key)
{
    for (Preset p : presets()) {
        if (presetKey(p) == key)
            return p;
    }
    return std::nullopt;
}

QString AnalyticsRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Today");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::ThisQuarter:
        return tr("This quarter");
    case Preset::LastQuarter:
        return tr("Last quarter");
    case Preset::Custom:
        break;
    }
    return tr("Custom");
}

AnalyticsRange AnalyticsRange::fromPreset(Preset preset, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    switch (preset) {
    case Preset::Today:
        return resolve(preset, today, today, now, zone);
    case Preset::Last7Days:
        return resolve(preset, today.addDays(-6), today, now, zone);
    case Preset::Last30Days:
        return resolve(preset, today.addDays(-29), today, now, zone);
    case Preset::ThisQuarter: {
        const QDate first = firstOfQuarter(today);
        return resolve(preset, first, first.addMonths(3).addDays(-1), now, zone);
    }
    case Preset::LastQuarter: {
        const QDate first = firstOfQuarter(today).addMonths(-3);
        return resolve(preset, first, first.addMonths(3).addDays(-1), now, zone);
    }
    case Preset::Custom:
        break;
    }
    return refused(preset, {}, {}, tr("Choose the first and last day of the range."));
}

AnalyticsRange AnalyticsRange::custom(QDate firstDay, QDate lastDay, const QDateTime &now, const QTimeZone &zone)
{
    if (!firstDay.isValid() || !lastDay.isValid())
        return refused(Preset::Custom, firstDay, lastDay, tr("Choose the first and last day of the range."));
    if (firstDay > lastDay)
        return refused(Preset::Custom, firstDay, lastDay, tr("The first day of the range is after its last day."));
    return resolve(Preset::Custom, firstDay, lastDay, now, zone);
}

AnalyticsRange AnalyticsRange::refused(Preset preset, QDate firstDay, QDate lastDay, const QString &why)
{
    AnalyticsRange r;
    r.m_preset = preset;
    r.m_firstDay = firstDay;
    r.m_lastDay = lastDay;
    r.m_error = why;
    return r;
}

AnalyticsRange AnalyticsRange::resolve(Preset preset, QDate firstDay, QDate lastDay, const QDateTime &now,
                                       const QTimeZone &zone)
{
    AnalyticsRange r;
    r.m_preset = preset;
    r.m_firstDay = firstDay;
    r.m_lastDay = lastDay;
    r.m_zone = zone.isValid() ? zone : QTimeZone::utc();
    // The wire carries whole seconds: a truncated now is never in the future.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    r.m_now = QDateTime::fromMSecsSinceEpoch(nowMs - ((nowMs % 1000) + 1000) % 1000, QTimeZone::utc());
    r.m_start = r.midnight(firstDay);
    r.m_nominalEnd = r.midnight(lastDay.addDays(1));
    r.m_end = qMin(r.m_nominalEnd, r.m_now);
    if (!r.m_start.isValid() || !r.m_nominalEnd.isValid())
        return refused(preset, firstDay, lastDay, tr("Choose the first and last day of the range."));
    if (r.m_start > r.m_end)
        return refused(preset, firstDay, lastDay, tr("The range starts in the future."));
    r.m_valid = true;
    return r;
}

QDate AnalyticsRange::localDate(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).date();
}

QDateTime AnalyticsRange::midnight(QDate day) const
{
    // startOfDay() knows the zones whose clocks skip midnight on a DST change.
    return day.startOfDay(m_zone).toUTC();
}

QDate AnalyticsRange::lastCoveredDay() const
{
    // A clamped range ends in today, even at 00:00 sharp: today's bucket is there, open and empty.
    if (isClamped())
        return localDate(m_end);
    if (m_end <= m_start)
        return localDate(m_start);
    return localDate(m_end.addMSecs(-1));
}

AnalyticsRange AnalyticsRange::previous() const
{
    if (!m_valid)
        return {};
    AnalyticsRange r = *this;
    const qint64 length = m_start.msecsTo(m_end);
    r.m_isPrevious = true;
    r.m_preset = Preset::Custom;
    r.m_previousOf = key();
    r.m_end = m_start;
    r.m_nominalEnd = m_start;
    r.m_start = m_start.addMSecs(-length);
    r.m_firstDay = localDate(r.m_start);
    r.m_lastDay = r.lastCoveredDay();
    return r;
}

AnalyticsRange::Granularity AnalyticsRange::granularity() const
{
    if (!m_valid)
        return Granularity::Day;
    const qint64 days = localDate(m_start).daysTo(lastCoveredDay()) + 1;
    return days <= kMaxDayBuckets ? Granularity::Day : Granularity::Week;
}

QList<AnalyticsRange::Bucket> AnalyticsRange::buckets() const
{
    QList<Bucket> out;
    if (!m_valid)
        return out;
    const bool weeks = granularity() == Granularity::Week;
    const QDate last = lastCoveredDay();
    QDate day = localDate(m_start);
    while (day <= last) {
        // The day after the bucket: the next day, or the next Monday for a week.
        const QDate next = weeks ? day.addDays(8 - day.dayOfWeek()) : day.addDays(1);
        Bucket b;
        b.start = out.isEmpty() ? m_start : midnight(day);
        const QDateTime nominal = qMin(midnight(next), m_nominalEnd);
        b.end = qMin(nominal, m_end);
        b.firstDay = day;
        b.lastDay = qMin(next.addDays(-1), last);
        b.closed = nominal <= m_now;
        out.append(b);
        day = next;
    }
    return out;
}

QString AnalyticsRange::key() const
{
    if (m_isPrevious)
        return QStringLiteral("previous/") + m_previousOf;
    if (m_preset != Preset::Custom)
        return presetKey(m_preset);
    return QStringLiteral("custom/%1/%2").arg(m_firstDay.toString(Qt::ISODate), m_lastDay.toString(Qt::ISODate));
}

QString AnalyticsRange::label(const QLocale &locale) const
{
    if (m_preset != Preset::Custom)
        return presetName(m_preset);
    if (!m_firstDay.isValid() || !m_lastDay.isValid())
        return presetName(Preset::Custom);
    if (m_firstDay == m_lastDay)
        return locale.toString(m_firstDay, QLocale::ShortFormat);
    //: A custom date range: first day – last day
    return tr("%1 – %2").arg(locale.toString(m_firstDay, QLocale::ShortFormat),
                             locale.toString(m_lastDay, QLocale::ShortFormat));
}

} // namespace repdesk
