#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace repdesk {

// A duration in seconds as people read it on a dashboard tile: "45 s",
// "12 min 5 s", "1 h 12 min", "3 d 4 h". At most two units, the smaller one
// rounded; numbers in the locale's digits, unit words translatable.
class DurationFormatter
{
    Q_DECLARE_TR_FUNCTIONS(repdesk::DurationFormatter)
public:
    explicit DurationFormatter(const QLocale &locale = QLocale()) : m_locale(locale) {}

    // Negative or not-a-number durations read as "—" (nothing to show).
    QString format(double seconds) const;
    static QString format(double seconds, const QLocale &locale) { return DurationFormatter(locale).format(seconds); }

private:
    QString number(qint64 n) const { return m_locale.toString(n); }

    QLocale m_locale;
};

} // namespace repdesk
