#pragma once

class QObject;

namespace repdesk {

class ChartPanel;

// Counts (sales, messages, leads) have no fractions: a chart of small counts
// gets whole-number ticks on its value axis (0, 1, 2 rather than 0, 0.2,
// 0.4), set again each time the panel rebuilds its chart.
class CountAxis
{
public:
    static void attach(ChartPanel *panel);
    // Applies it to the panel's chart as it is now.
    static void apply(ChartPanel *panel);
};

} // namespace repdesk
