#pragma once

#include <QCoreApplication>
#include <QString>

namespace repdesk {

class ChartPanel;
class FigureState;

// How a chart panel shows the state of the one figure it draws (modality,
// pipeline, a legacy funnel): the skeleton until a first figure arrives, an
// error with Retry when there is none to show, else the chart, which stays
// when a refresh fails (the caption says so, with the figure's age).
class FigureStatus
{
    Q_DECLARE_TR_FUNCTIONS(repdesk::FigureStatus)
public:
    static void apply(ChartPanel *panel, const FigureState &state);
    // "Updated 5 min ago", "Updating…", "Could not refresh (…): showing figures from 5 min ago"; empty with nothing shown.
    static QString caption(const FigureState &state);
};

} // namespace repdesk
