#include "dashboards/FigureStatus.h"

#include <QAbstractItemModel> // before ChartPanel.h: its inline model() needs the complete type
#include "common/ChartPanel.h"
#include "FigureFormatter.h"
#include "FigureState.h"

namespace repdesk {

void FigureStatus::apply(ChartPanel *panel, const FigureState &state)
{
    if (state.hasFigure())
        panel->setState(ChartPanel::State::Ready);
    else if (state.value == FigureState::Error)
        panel->showError(tr("Could not load this chart: %1").arg(state.errorText));
    else if (state.value == FigureState::Loading)
        panel->setState(ChartPanel::State::Loading);
    else
        panel->setState(ChartPanel::State::Ready);
}

QString FigureStatus::caption(const FigureState &state)
{
    if (!state.hasFigure())
        return {};
    const QString age = FigureFormatter().age(state.fetchedAt);
    if (state.value == FigureState::Error)
        //: %1 = why the refresh failed, %2 = "5 min ago"
        return tr("Could not refresh (%1): showing figures from %2").arg(state.errorText, age);
    if (state.refreshing)
        return tr("Updating…");
    //: %1 = "5 min ago"
    return tr("Updated %1").arg(age);
}

} // namespace repdesk
