#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace repdesk {

// How a figure moved against the previous period of the same length, for the
// small line under a KPI tile: "▲ 12%" for counts and durations (relative
// change), "▼ 3 pts" for rates (difference in percentage points, since a
// relative change of a rate reads ambiguously).
struct FigureChange
{
    Q_DECLARE_TR_FUNCTIONS(repdesk::FigureChange)
public:
    int direction = 0;  // -1 down, 0 unchanged or unknown, +1 up
    // +1 the move is good news, -1 bad news, 0 neither (unchanged or unknown);
    // lower is better for a response time.
    int sentiment = 0;
    // The change itself: a relative fraction (0.12 for +12%) for counts and
    // durations, a difference of fractions (-0.03 for -3 pts) for rates;
    // nullopt when either side is unknown or the previous value is 0.
    std::optional<double> amount;
    QString text;       // empty when either side is unknown
    bool known = false; // both sides were known

    // Counts, durations, money: (current - previous) / previous.
    static FigureChange relative(std::optional<double> current, std::optional<double> previous,
                                 bool higherIsBetter = true, const QLocale &locale = QLocale());
    // Rates in 0..1: the difference, shown in percentage points.
    static FigureChange points(std::optional<double> current, std::optional<double> previous,
                               bool higherIsBetter = true, const QLocale &locale = QLocale());

private:
    static FigureChange make(double current, double previous, bool higherIsBetter);
    static QString arrow(int direction);
};

} // namespace repdesk
