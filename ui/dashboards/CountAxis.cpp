#include "dashboards/CountAxis.h"

#include <QAbstractItemModel> // before ChartPanel.h: its inline model() needs the complete type
#include "common/ChartPanel.h"

#include <QChart>
#include <QValueAxis>

#include <cmath>

namespace repdesk {

namespace {
// Above this many, the chart's own "nice" ticks are whole numbers already.
constexpr int kSmallCount = 10;
} // namespace

void CountAxis::attach(ChartPanel *panel)
{
    QObject::connect(panel, &ChartPanel::rebuilt, panel, [panel] { apply(panel); });
    apply(panel);
}

void CountAxis::apply(ChartPanel *panel)
{
    const auto axes = panel->chart()->axes(Qt::Vertical);
    for (QAbstractAxis *a : axes) {
        auto *axis = qobject_cast<QValueAxis *>(a);
        if (!axis || axis->min() < 0)
            continue;
        int top = std::max(1, int(std::ceil(axis->max() - 1e-9)));
        if (top > kSmallCount)
            continue;
        // At most five ticks: a short chart has no room for more labels (Qt Charts elides them).
        const int step = top <= 4 ? 1 : top <= 8 ? 2 : 5;
        top = (top + step - 1) / step * step;
        axis->setRange(0, top);
        axis->setTickCount(top / step + 1);
        axis->setLabelFormat(QStringLiteral("%.0f"));
    }
}

} // namespace repdesk
