#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace repdesk {

// The display texts of dashboard figures, in one place so tiles, tables and
// charts agree: rates as percentages, counts, money with or without a known
// currency, durations (DurationFormatter) and the age of a figure. Unknown
// values (nullopt) read as "—".
class FigureFormatter
{
    Q_DECLARE_TR_FUNCTIONS(repdesk::FigureFormatter)
public:
    explicit FigureFormatter(const QLocale &locale = QLocale()) : m_locale(locale) {}

    const QLocale &locale() const { return m_locale; }

    static QString none() { return QStringLiteral("—"); }
    // 0.7 -> "70%"; one decimal only when it matters ("70.5%").
    QString rate(std::optional<double> fraction) const;
    // A percentage already scaled to 0..100 (legacy scores and percentages of a whole).
    QString percent(double value) const;
    QString count(std::optional<qint64> n) const;
    QString duration(std::optional<double> seconds) const;
    // With an ISO 4217 code: the locale's own symbol when it is the locale's
    // currency ("$1,200.00" for USD in en_US), else the amount and the code
    // ("1.200,00 USD"). Without one: a plain amount with two decimals.
    QString money(std::optional<double> amount, const QString &currencyCode = {}) const;
    // "just now", "5 min ago", "1 h 12 min ago".
    QString age(const QDateTime &fetchedAt, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // A decimal with at most `decimals` digits after the point, trailing zeros dropped.
    QString decimal(double value, int decimals) const;

private:
    QLocale m_locale;
};

} // namespace repdesk
