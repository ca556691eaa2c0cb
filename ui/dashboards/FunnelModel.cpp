#include "dashboards/FunnelModel.h"

#include "SolutionModel.h"

namespace repdesk {

FunnelModel::FunnelModel(QObject *parent) : QAbstractTableModel(parent) {}

void FunnelModel::setSource(SolutionModel *solution)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = solution;
    if (solution) {
        connect(solution, &QAbstractItemModel::modelReset, this, &FunnelModel::reset);
        connect(solution, &QAbstractItemModel::dataChanged, this, [this] {
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
    }
    reset();
}

void FunnelModel::reset()
{
    beginResetModel();
    m_rows.clear();
    QList<QPair<int, int>> steps;
    for (int row = 0; m_source && row < m_source->rowCount(); ++row) {
        const int step = m_source->index(row).data(SolutionModel::FunnelStepRole).toInt();
        if (step >= 0)
            steps.append({step, row});
    }
    std::sort(steps.begin(), steps.end());
    for (const auto &step : steps)
        m_rows.append(step.second);
    endResetModel();
}

QModelIndex FunnelModel::sourceRow(int step) const
{
    return m_source && step >= 0 && step < m_rows.size() ? m_source->index(m_rows.at(step)) : QModelIndex();
}

int FunnelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FunnelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelModel::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = sourceRow(index.row());
    if (!source.isValid())
        return {};
    if (index.column() == StepColumn) {
        if (role == Qt::DisplayRole || role == Qt::UserRole)
            return source.data(SolutionModel::TitleRole);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return source.data(SolutionModel::ValueTextRole);
    case Qt::UserRole:
        return source.data(SolutionModel::ValueRole);
    case Qt::ToolTipRole:
        return source.data(SolutionModel::DetailTextRole);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == StepColumn ? tr("Step") : tr("Count");
}

} // namespace repdesk
