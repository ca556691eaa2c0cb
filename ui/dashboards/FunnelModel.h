#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "SolutionModel.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace repdesk {


// The funnel of one legacy solution as a two-column table (step, count) in
// funnel order, source → response → outcome → sale: what its ChartPanel
// draws, and what "Show as table" lists. Follows the SolutionModel.
class FunnelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, CountColumn, ColumnCount };
    Q_ENUM(Column)

    explicit FunnelModel(QObject *parent = nullptr);

    void setSource(SolutionModel *solution);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reset();
    QModelIndex sourceRow(int step) const;

    QPointer<SolutionModel> m_source;
    QList<int> m_rows; // funnel step -> source row
};

} // namespace repdesk
