#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "KpiTileModel.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QTimer;

namespace repdesk {

class KpiTile;
class ResponsiveGrid;

// The KPI tiles of one dashboard scope, one KpiTile per row of its
// KpiTileModel, as many to a line as fit (at most three; an agent's four
// share one line when there is room). Tiles are
// redrawn from the model as rows change, and their ages every half minute
// while shown, so "updated 5 min ago" stays true on a page left open.
class KpiTileGrid : public QWidget
{
    Q_OBJECT
public:
    explicit KpiTileGrid(QWidget *parent = nullptr);

    void setModel(KpiTileModel *model);
    KpiTileModel *model() const { return m_model; }
    int tileCount() const { return int(m_tiles.size()); }
    KpiTile *tile(int row) const { return m_tiles.value(row); }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuild();
    void placeTilesInTabOrder();
    void updateRows(int first, int last);

    QPointer<KpiTileModel> m_model;
    ResponsiveGrid *m_grid = nullptr;
    QList<KpiTile *> m_tiles;
    QTimer *m_ageTimer;
};

} // namespace repdesk
