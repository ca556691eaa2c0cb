#include "PagedTableModel.h"

#include "PagedListModel.h"

namespace repdesk {

PagedTableModel::PagedTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PagedTableModel::setSource(PagedListModel *source, const QList<Column> &columns)
{
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_columns = columns;
    m_rows = source ? source->itemRowCount() : 0;
    endResetModel();
    if (!source)
        return;
    // The list adds and drops footer rows around its items: follow the item count only.
    connect(source, &QAbstractItemModel::rowsInserted, this, &PagedTableModel::followRows);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &PagedTableModel::followRows);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        m_rows = m_source ? m_source->itemRowCount() : 0;
        endResetModel();
    });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int last = qMin(bottomRight.row(), m_rows - 1);
                if (m_columns.isEmpty() || topLeft.row() > last)
                    return;
                Q_EMIT dataChanged(index(topLeft.row(), 0), index(last, int(m_columns.size()) - 1));
            });
}

void PagedTableModel::followRows()
{
    const int now = m_source ? m_source->itemRowCount() : 0;
    if (now > m_rows) {
        beginInsertRows({}, m_rows, now - 1);
        m_rows = now;
        endInsertRows();
    } else if (now < m_rows) {
        beginRemoveRows({}, now, m_rows - 1);
        m_rows = now;
        endRemoveRows();
    }
}

QVariant PagedTableModel::rowData(int row, int role) const
{
    if (!m_source || row < 0 || row >= m_rows)
        return {};
    return m_source->index(row).data(role);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return rowData(index.row(), column.displayRole);
    case Qt::UserRole:
        return rowData(index.row(), column.sortRole >= 0 ? column.sortRole : column.displayRole);
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && m_source->canFetchMore({});
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && m_source)
        m_source->fetchMore({});
}

} // namespace repdesk
