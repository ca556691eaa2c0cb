#include "dashboards/KpiTileGrid.h"

#include "dashboards/KpiTile.h"
#include "dashboards/ResponsiveGrid.h"

#include "KpiTileModel.h"

#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace repdesk {

KpiTileGrid::KpiTileGrid(QWidget *parent) : QWidget(parent), m_ageTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ageTimer->setInterval(30 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] { updateRows(0, int(m_tiles.size()) - 1); });
}

void KpiTileGrid::setModel(KpiTileModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &KpiTileGrid::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &KpiTileGrid::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &KpiTileGrid::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to) { updateRows(from.row(), to.row()); });
    }
    rebuild();
}

void KpiTileGrid::rebuild()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    // A scope always has the same tiles: they are made once, for the first model, so they keep
    // their place in the Tab order (widgets made later would join the end of the window's chain).
    if (rows > 0 && rows != m_tiles.size()) {
        m_tiles.clear();
        delete m_grid;
        m_grid = new ResponsiveGrid(160, rows == 4 ? 4 : 3, this);
        m_grid->setLastSpans(false);
        layout()->addWidget(m_grid);
        for (int row = 0; row < rows; ++row) {
            auto *tile = new KpiTile(this);
            connect(tile, &KpiTile::retryRequested, this, [this](int r) {
                if (m_model)
                    m_model->retry(r);
            });
            m_grid->addWidget(tile);
            m_tiles.append(tile);
        }
        placeTilesInTabOrder();
    }
    for (int row = 0; row < m_tiles.size(); ++row)
        m_tiles.at(row)->setIndex(row < rows ? m_model->index(row) : QModelIndex());
}

void KpiTileGrid::placeTilesInTabOrder()
{
    // New widgets join the end of the window's focus chain: move the tiles, each followed by its
    // Retry, to where the grid is. setTabOrder() ignores widgets that take no focus, so the grid
    // takes Tab focus for the time of the move.
    const Qt::FocusPolicy policy = focusPolicy();
    setFocusPolicy(Qt::TabFocus);
    QWidget *previous = this;
    for (KpiTile *tile : std::as_const(m_tiles)) {
        setTabOrder(previous, tile);
        setTabOrder(tile, tile->retryButton());
        previous = tile->retryButton();
    }
    setFocusPolicy(policy);
}

void KpiTileGrid::updateRows(int first, int last)
{
    for (int row = std::max(0, first); row <= last && row < m_tiles.size(); ++row)
        m_tiles.at(row)->updateFromModel();
}

void KpiTileGrid::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateRows(0, int(m_tiles.size()) - 1);
    m_ageTimer->start();
}

void KpiTileGrid::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_ageTimer->stop();
}

} // namespace repdesk
