#include "dashboards/ResponsiveGrid.h"

#include <QEvent>
#include <QGridLayout>
#include <QResizeEvent>

namespace repdesk {

ResponsiveGrid::ResponsiveGrid(int minimumCellWidth, int maximumColumns, QWidget *parent)
    : QWidget(parent),
      m_minimumCellWidth(minimumCellWidth),
      m_maximumColumns(std::max(1, maximumColumns)),
      m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
}

void ResponsiveGrid::addWidget(QWidget *widget)
{
    widget->setParent(this);
    m_widgets.append(widget);
    relayout(true);
}

int ResponsiveGrid::columnsFor(int width) const
{
    const int spacing = m_layout->spacing();
    const int fit = (width + spacing) / std::max(1, m_minimumCellWidth + spacing);
    return std::clamp(fit, 1, m_maximumColumns);
}

QSize ResponsiveGrid::minimumSizeHint() const
{
    const QSize laidOut = m_layout->minimumSize();
    return {std::min(laidOut.width(), m_minimumCellWidth), laidOut.height()};
}

void ResponsiveGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout(false);
}

bool ResponsiveGrid::event(QEvent *event)
{
    // A hidden widget takes no cell: lay out again when one is shown or hidden.
    if (event->type() == QEvent::LayoutRequest)
        relayout(false);
    return QWidget::event(event);
}

void ResponsiveGrid::relayout(bool force)
{
    QList<QWidget *> shown;
    for (QWidget *w : m_widgets) {
        if (!w->isHidden())
            shown << w;
    }
    const int columns = std::min(columnsFor(width()), std::max(1, int(shown.size())));
    const QString shape = QString::number(columns) + QLatin1Char('/') + QString::number(shown.size());
    if (!force && shape == property("shape").toString())
        return;
    setProperty("shape", shape);
    m_columns = columns;
    for (QWidget *w : m_widgets)
        m_layout->removeWidget(w);
    for (int i = 0; i < shown.size(); ++i) {
        const int row = i / columns;
        const int column = i % columns;
        const bool last = m_lastSpans && i == shown.size() - 1;
        m_layout->addWidget(shown.at(i), row, column, 1, last ? columns - column : 1);
    }
    for (int c = 0; c < m_maximumColumns; ++c)
        m_layout->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace repdesk
