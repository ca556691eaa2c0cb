#include "FigureFormatter.h"

#include "DurationFormatter.h"

#include <cmath>

namespace repdesk {

QString FigureFormatter::decimal(double value, int decimals) const
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    int needed = 0;
    while (needed < decimals && std::abs(rounded * std::pow(10.0, needed) - std::round(rounded * std::pow(10.0, needed))) > 1e-9)
        ++needed;
    return m_locale.toString(rounded, 'f', needed);
}

QString FigureFormatter::percent(double value) const
{
    //: A percentage; %1 is the number in the locale's digits
    return tr("%1%").arg(decimal(value, 1));
}

QString FigureFormatter::rate(std::optional<double> fraction) const
{
    if (!fraction || std::isnan(*fraction))
        return none();
    return percent(*fraction * 100.0);
}

QString FigureFormatter::count(std::optional<qint64> n) const
{
    return n ? m_locale.toString(*n) : none();
}

QString FigureFormatter::duration(std::optional<double> seconds) const
{
    return seconds ? DurationFormatter(m_locale).format(*seconds) : none();
}

QString FigureFormatter::money(std::optional<double> amount, const QString &currencyCode) const
{
    if (!amount || std::isnan(*amount))
        return none();
    if (currencyCode.isEmpty())
        return m_locale.toString(*amount, 'f', 2);
    if (m_locale.currencySymbol(QLocale::CurrencyIsoCode).compare(currencyCode, Qt::CaseInsensitive) == 0)
        return m_locale.toCurrencyString(*amount, m_locale.currencySymbol(QLocale::CurrencySymbol), 2);
    //: An amount of money in a currency that is not the locale's own: amount, then ISO code
    return tr("%1 %2").arg(m_locale.toString(*amount, 'f', 2), currencyCode.toUpper());
}

QString FigureFormatter::age(const QDateTime &fetchedAt, const QDateTime &now) const
{
    if (!fetchedAt.isValid())
        return {};
    const qint64 seconds = fetchedAt.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    // "12 min ago", not "12 min 5 s ago": an age needs no seconds.
    const qint64 shown = seconds < 3600 ? seconds / 60 * 60 : seconds;
    //: How long ago a figure was fetched, e.g. "5 min ago"
    return tr("%1 ago").arg(DurationFormatter(m_locale).format(double(shown)));
}

} // namespace repdesk
