#include "dashboards/StageSalesTable.h"

#include "AgentSaleListModel.h"
#include "DurationFormatter.h"
#include "Sale.h"
#include "StageSalesModel.h"

#include <QLocale>

namespace repdesk {

StageSalesTable::StageSalesTable(QObject *parent) : QAbstractTableModel(parent) {}

void StageSalesTable::setSource(StageSalesModel *sales)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = sales;
    if (sales) {
        connect(sales, &QAbstractItemModel::modelReset, this, &StageSalesTable::reset);
        connect(sales, &QAbstractItemModel::rowsInserted, this, &StageSalesTable::reset);
        connect(sales, &QAbstractItemModel::rowsRemoved, this, &StageSalesTable::reset);
        connect(sales, &QAbstractItemModel::dataChanged, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
    }
    reset();
}

void StageSalesTable::reset()
{
    beginResetModel();
    endResetModel();
}

QVariant StageSalesTable::sourceData(int row, StageSalesModel::Column column, int role) const
{
    return m_source->index(row, column).data(role);
}

QDateTime StageSalesTable::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString StageSalesTable::saleId(int row) const
{
    const Sale *sale = m_source ? m_source->sale(row) : nullptr;
    return sale ? sale->saleId : QString();
}

int StageSalesTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->rowCount();
}

int StageSalesTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageSalesTable::data(const QModelIndex &index, int role) const
{
    const Sale *sale = m_source && index.isValid() ? m_source->sale(index.row()) : nullptr;
    if (!sale)
        return {};
    if (role == SaleIdRole)
        return sale->saleId;
    const QLocale locale;
    const QDateTime inStageSince = sale->currentStatus ? sale->currentStatus->changedAt : QDateTime();
    const bool text = role == Qt::DisplayRole;
    const bool raw = role == Qt::UserRole;
    switch (index.column()) {
    case CompanyColumn:
    case ContactColumn:
    case OwnerColumn: {
        // Names (or a word for where the name stands), never ids: the model decides.
        const auto column = index.column() == CompanyColumn ? StageSalesModel::CompanyColumn
            : index.column() == ContactColumn               ? StageSalesModel::ContactColumn
                                                            : StageSalesModel::OwnerColumn;
        if (text || raw || role == Qt::ToolTipRole)
            return sourceData(index.row(), column, role);
        break;
    }
    case TotalColumn:
        if (text || raw)
            return sourceData(index.row(), StageSalesModel::TotalColumn, role);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CreatedColumn:
        if (text)
            return sale->createdAt.isValid() ? locale.toString(sale->createdAt.toLocalTime().date(), QLocale::ShortFormat)
                                             : QStringLiteral("—");
        if (raw)
            return sale->createdAt;
        if (role == Qt::ToolTipRole && sale->createdAt.isValid())
            return locale.toString(sale->createdAt.toLocalTime(), QLocale::LongFormat);
        break;
    case AgeColumn: {
        const qint64 seconds = inStageSince.isValid() ? std::max<qint64>(0, inStageSince.secsTo(now())) : -1;
        if (text)
            return seconds < 0 ? QStringLiteral("—") : DurationFormatter(locale).format(double(seconds));
        if (raw)
            return seconds < 0 ? QVariant() : QVariant(seconds);
        if (role == Qt::ToolTipRole && inStageSince.isValid())
            //: When the sale reached its current stage; %1 = date and time
            return tr("In this stage since %1").arg(locale.toString(inStageSince.toLocalTime(), QLocale::LongFormat));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case ProductsColumn:
        if (text || raw) {
            const QString products = AgentSaleListModel::productNames(*sale);
            return products.isEmpty() ? QStringLiteral("—") : products;
        }
        break;
    }
    return {};
}

QVariant StageSalesTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case ContactColumn:
        return tr("Primary contact");
    case OwnerColumn:
        return tr("Owner");
    case TotalColumn:
        return tr("Total");
    case CreatedColumn:
        return tr("Created");
    case AgeColumn:
        return tr("Age in stage");
    case ProductsColumn:
        return tr("Products");
    }
    return {};
}

} // namespace repdesk
