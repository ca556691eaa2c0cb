#include "RecordSalesModel.h"

#include "AgentSaleListModel.h"
#include "FigureFormatter.h"
#include "RelativeTime.h"

#include <algorithm>

namespace repdesk {

RecordSalesModel::RecordSalesModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecordSalesModel::setSales(const QList<Sale> &sales)
{
    beginResetModel();
    m_sales = sales;
    // Newest first: what was quoted lately is what people look for.
    std::stable_sort(m_sales.begin(), m_sales.end(),
                     [](const Sale &a, const Sale &b) { return a.createdAt > b.createdAt; });
    endResetModel();
}

const Sale *RecordSalesModel::sale(int row) const
{
    return row >= 0 && row < m_sales.size() ? &m_sales.at(row) : nullptr;
}

QString RecordSalesModel::saleId(int row) const
{
    const Sale *s = sale(row);
    return s ? s->saleId : QString();
}

int RecordSalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sales.size());
}

int RecordSalesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordSalesModel::data(const QModelIndex &index, int role) const
{
    const Sale *s = index.isValid() ? sale(index.row()) : nullptr;
    if (!s)
        return {};
    if (role == SaleIdRole)
        return s->saleId;
    const std::optional<double> total = s->quoteDetails.totalPriceAmount();
    const bool text = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    switch (index.column()) {
    case StageColumn:
        if (text || role == Qt::UserRole)
            return s->currentStatus && !s->currentStatus->label.isEmpty() ? s->currentStatus->label : tr("No stage");
        break;
    case TotalColumn:
        if (text)
            return FigureFormatter(m_locale).money(total, s->quoteDetails.currency);
        if (role == Qt::UserRole)
            return total ? QVariant(*total) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ProductsColumn:
        if (text || role == Qt::UserRole)
            return AgentSaleListModel::productNames(*s);
        break;
    case OwnerColumn:
        if (text || role == Qt::UserRole) {
            const QString name = m_ownerName && !s->ownerId.isEmpty() ? m_ownerName(s->ownerId) : QString();
            return name.isEmpty() && !s->ownerId.isEmpty() ? tr("Unknown agent") : name;
        }
        break;
    case CreatedColumn:
        if (text)
            return s->createdAt.isValid() ? RelativeTime::format(s->createdAt) : tr("Unknown");
        if (role == Qt::UserRole)
            return s->createdAt;
        if (role == Qt::ToolTipRole)
            return RelativeTime::full(s->createdAt);
        break;
    default:
        break;
    }
    return {};
}

QVariant RecordSalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case TotalColumn:
        return tr("Total");
    case ProductsColumn:
        return tr("Products");
    case OwnerColumn:
        return tr("Owner");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace repdesk
