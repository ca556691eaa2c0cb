#include "RoleColumnsProxy.h"

#include "PagedListModel.h"

namespace repdesk {

RoleColumnsProxy::RoleColumnsProxy(QObject *parent) : QIdentityProxyModel(parent) {}

void RoleColumnsProxy::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void RoleColumnsProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_changed)
        disconnect(m_changed);
    QIdentityProxyModel::setSourceModel(model);
    if (!model)
        return;
    // The source changes one column; every column of those rows shows something of it.
    m_changed = connect(model, &QAbstractItemModel::dataChanged, this,
                        [this](const QModelIndex &from, const QModelIndex &to) {
                            if (columnCount() > 1)
                                Q_EMIT dataChanged(index(from.row(), 0), index(to.row(), columnCount() - 1));
                        });
}

int RoleColumnsProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : int(m_columns.size());
}

QModelIndex RoleColumnsProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel() || row < 0 || column < 0 || column >= m_columns.size()
        || row >= sourceModel()->rowCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RoleColumnsProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex RoleColumnsProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(proxyIndex.row(), 0);
}

QModelIndex RoleColumnsProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    return index(sourceIndex.row(), 0);
}

QVariant RoleColumnsProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const QModelIndex source = mapToSource(index);
    if (!PagedListModel::isItemRow(source)) {
        // "Loading more…" / "Could not load more… Retry" reads once, in the first column.
        if (index.column() == 0 || role == PagedListModel::RowKindRole || role == PagedListModel::ErrorTextRole)
            return source.data(role);
        return {};
    }
    const Column &c = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return source.data(c.displayRole);
    case Qt::ToolTipRole:
        return index.column() == 0 ? source.data(Qt::ToolTipRole) : source.data(c.displayRole);
    case Qt::UserRole:
        return c.rawRole >= 0 ? source.data(c.rawRole) : QVariant();
    default:
        // Item roles (ids, dates) read the same in every column.
        return role >= PagedListModel::RowKindRole ? source.data(role) : QVariant();
    }
}

QVariant RoleColumnsProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()
        && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
        return m_columns.at(section).header;
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace repdesk
