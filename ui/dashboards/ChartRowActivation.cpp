#include "dashboards/ChartRowActivation.h"

#include <QAbstractItemModel> // before ChartPanel.h: its inline model() needs the complete type
#include "common/ChartPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QKeyEvent>
#include <QPieSeries>
#include <QPieSlice>
#include <QTableView>

namespace repdesk {

ChartRowActivation::ChartRowActivation(ChartPanel *panel) : QObject(panel), m_panel(panel)
{
    panel->installEventFilter(this);
    connect(panel, &ChartPanel::rebuilt, this, &ChartRowActivation::connectSeries);
    connect(panel->tableView(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT activated(index.row()); });
    connectSeries();
}

void ChartRowActivation::connectSeries()
{
    // The panel replaces its series on every rebuild; the old ones die with their connections.
    const auto series = m_panel->chart()->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            connect(bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
                // Every model row is a bar category, in order.
                m_panel->setHighlight(index, m_panel->highlightedSeries() < 0 ? 0 : m_panel->highlightedSeries());
                Q_EMIT activated(index);
            });
        } else if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            connect(pie, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
                // Slices skip empty rows: find the row by its label.
                const QAbstractItemModel *model = m_panel->model();
                for (int row = 0; model && row < model->rowCount(); ++row) {
                    if (m_panel->spec().rowLabel(model, row) == slice->label()) {
                        Q_EMIT activated(row);
                        return;
                    }
                }
            });
        }
    }
}

bool ChartRowActivation::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: the panel's destructor sends events (ChildRemoved) after it has become a
    // plain QWidget, and comparing with m_panel then casts it to ChartPanel (UBSan: bad downcast).
    if (event->type() == QEvent::KeyPress && watched == m_panel) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier
            && m_panel->page() == ChartPanelPages::Page::Chart) {
            if (m_panel->highlightedRow() < 0)
                m_panel->setHighlight(0, 0);
            else
                Q_EMIT activated(m_panel->highlightedRow());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace repdesk
