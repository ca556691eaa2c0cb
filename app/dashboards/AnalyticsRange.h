#pragma once

#include "DateRange.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace repdesk {

// A dashboard's date range: a preset or two local dates, resolved against a
// moment "now" in a time zone into the UTC interval [start, end) that the
// analytics routes take (start inclusive, end exclusive, neither in the
// future). Every range covers whole local calendar days; its nominal end is
// the midnight after its last day, and an end past now is clamped to now.
//
// Trends split a range into buckets: local days for ranges of up to
// kMaxDayBuckets days, ISO weeks (Monday to Sunday, the first and last cut to
// the range) for longer ones. A bucket is closed when its nominal end lies at
// or before now: its figures can no longer change. Only the last bucket can
// be open, and it is open exactly when it contains now (its end is now).
//
// `now` is truncated to whole seconds, which is what the wire carries.
class AnalyticsRange
{
    Q_DECLARE_TR_FUNCTIONS(repdesk::AnalyticsRange)
public:
    // In the order a range picker lists them.
    enum class Preset { Today, Last7Days, Last30Days, ThisQuarter, LastQuarter, Custom };
    enum class Granularity { Day, Week };

    struct Bucket
    {
        QDateTime start;   // UTC, inclusive
        QDateTime end;     // UTC, exclusive; now for the open bucket
        QDate firstDay;    // local calendar days it covers, inclusive
        QDate lastDay;
        bool closed = false;

        DateRange dateRange() const { return {start, end}; }
    };

    static constexpr int kMaxDayBuckets = 31;

    AnalyticsRange() = default; // invalid, with no error text

    static AnalyticsRange fromPreset(Preset preset, const QDateTime &now,
                                     const QTimeZone &zone = QTimeZone::systemTimeZone());
    // Two local dates, both inclusive. Refused (isValid() false, errorText() says
    // why) when a date is missing, the first is after the last, or the range
    // starts in the future; a last day that reaches past now is clamped.
    static AnalyticsRange custom(QDate firstDay, QDate lastDay, const QDateTime &now,
                                 const QTimeZone &zone = QTimeZone::systemTimeZone());

    bool isValid() const { return m_valid; }
    // A sentence for the page when the range was refused; empty otherwise.
    QString errorText() const { return m_error; }

    Preset preset() const { return m_preset; }
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }
    QTimeZone timeZone() const { return m_zone; }
    QDateTime now() const { return m_now; }

    QDateTime start() const { return m_start; }
    QDateTime end() const { return m_end; }
    QDateTime nominalEnd() const { return m_nominalEnd; }
    DateRange dateRange() const { return {m_start, m_end}; }
    qint64 lengthSeconds() const { return m_valid ? m_start.secsTo(m_end) : 0; }
    // The end was moved back to now because the range reaches into the future.
    bool isClamped() const { return m_valid && m_end < m_nominalEnd; }
    // The whole range lies at or before now: none of its figures can change.
    bool isClosed() const { return m_valid && m_nominalEnd <= m_now; }

    // The interval of the same length immediately before this one:
    // [start - length, start). Never clamped, so always closed.
    AnalyticsRange previous() const;

    Granularity granularity() const;
    QList<Bucket> buckets() const;

    // Stable across time for presets ("last7"), the dates for a custom range
    // ("custom/2026-03-01/2026-03-31"): what the last figures are kept under.
    QString key() const;
    // "Last 7 days", or the custom dates in the locale's words.
    QString label(const QLocale &locale = QLocale()) const;

    static QString presetKey(Preset preset);
    static std::optional<Preset> presetFromKey(const QString &key);
    static QString presetName(Preset preset);
    static QList<Preset> presets();

private:
    static AnalyticsRange resolve(Preset preset, QDate firstDay, QDate lastDay, const QDateTime &now,
                                  const QTimeZone &zone);
    static AnalyticsRange refused(Preset preset, QDate firstDay, QDate lastDay, const QString &why);
    QDate localDate(const QDateTime &utc) const;
    QDateTime midnight(QDate day) const;
    // The local day of the last instant in the range: today for a clamped range,
    // the first day for an empty one.
    QDate lastCoveredDay() const;

    bool m_valid = false;
    bool m_isPrevious = false;
    QString m_error;
    Preset m_preset = Preset::Custom;
    QDate m_firstDay;
    QDate m_lastDay;
    QTimeZone m_zone;
    QDateTime m_now;
    QDateTime m_start;
    QDateTime m_end;
    QDateTime m_nominalEnd;
    QString m_previousOf; // key() of the range this one precedes
};

} // namespace repdesk
