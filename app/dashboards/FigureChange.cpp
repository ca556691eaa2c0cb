#include "FigureChange.h"

#include "FigureFormatter.h"

#include <cmath>

namespace repdesk {

namespace {
constexpr double kEpsilon = 1e-9;
}

QString FigureChange::arrow(int direction)
{
    if (direction > 0)
        return QStringLiteral("▲");
    if (direction < 0)
        return QStringLiteral("▼");
    return QString();
}

FigureChange FigureChange::make(double current, double previous, bool higherIsBetter)
{
    FigureChange c;
    c.known = true;
    const double diff = current - previous;
    c.direction = std::abs(diff) < kEpsilon ? 0 : (diff > 0 ? 1 : -1);
    c.sentiment = c.direction == 0 ? 0 : (higherIsBetter ? c.direction : -c.direction);
    return c;
}

FigureChange FigureChange::relative(std::optional<double> current, std::optional<double> previous,
                                    bool higherIsBetter, const QLocale &locale)
{
    if (!current || !previous || std::isnan(*current) || std::isnan(*previous))
        return {};
    FigureChange c = make(*current, *previous, higherIsBetter);
    const FigureFormatter format(locale);
    if (std::abs(*previous) < kEpsilon) {
        //: The previous period had nothing, so no percentage can be given
        c.text = c.direction == 0 ? format.percent(0) : tr("%1 from none").arg(arrow(c.direction));
        return c;
    }
    c.amount = (*current - *previous) / std::abs(*previous);
    const double percent = std::abs(*c.amount) * 100.0;
    // Whole percents, except a small move that would otherwise read as "0%".
    const QString body = format.percent(percent < 1.0 ? std::round(percent * 10.0) / 10.0 : std::round(percent));
    c.text = c.direction == 0 ? body : tr("%1 %2").arg(arrow(c.direction), body);
    return c;
}

FigureChange FigureChange::points(std::optional<double> current, std::optional<double> previous,
                                  bool higherIsBetter, const QLocale &locale)
{
    if (!current || !previous || std::isnan(*current) || std::isnan(*previous))
        return {};
    FigureChange c = make(*current, *previous, higherIsBetter);
    c.amount = *current - *previous;
    const double pts = std::abs(*c.amount) * 100.0;
    const FigureFormatter format(locale);
    // Whole points, except a small move that would otherwise read as "0 pts".
    QString body;
    if (pts < 1.0 && pts >= 0.05) {
        //: A change of a rate of less than one percentage point, e.g. "0.4 pts"
        body = tr("%1 pts").arg(format.decimal(pts, 1));
    } else {
        //: A change of a rate in whole percentage points, e.g. "3 pts"
        body = tr("%Ln pt(s)", nullptr, int(std::round(pts)));
    }
    c.text = c.direction == 0 ? body : tr("%1 %2").arg(arrow(c.direction), body);
    return c;
}

} // namespace repdesk
