#include "StageSalesModel.h"

#include "AgentSaleListModel.h"
#include "FigureFormatter.h"
#include "SalesIndex.h"

namespace repdesk {

StageSalesModel::StageSalesModel(QObject *parent) : QAbstractTableModel(parent) {}

void StageSalesModel::setSource(SalesIndex *sales)
{
    if (m_sales)
        m_sales->disconnect(this);
    m_sales = sales;
    if (sales)
        connect(sales, &SalesIndex::updated, this, &StageSalesModel::reload);
    reload();
}

void StageSalesModel::setAgents(const QHash<QString, Agent> &agents)
{
    m_agents = agents;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, OwnerColumn), index(rowCount() - 1, OwnerColumn));
}

void StageSalesModel::setFilter(const QString &stage, const QString &ownerId, const DateRange &createdWithin)
{
    m_stage = stage;
    m_owner = ownerId;
    m_range = createdWithin;
    reload();
}

bool StageSalesModel::matches(const Sale &sale) const
{
    if (!sale.currentStatus || sale.currentStatus->label != m_stage)
        return false;
    if (!m_owner.isEmpty() && sale.ownerId != m_owner)
        return false;
    if (m_range.start.isValid() && (!sale.createdAt.isValid() || sale.createdAt < m_range.start))
        return false;
    if (m_range.end.isValid() && (!sale.createdAt.isValid() || sale.createdAt >= m_range.end))
        return false;
    return true;
}

void StageSalesModel::reload()
{
    QList<Sale> rows;
    if (m_sales && !m_stage.isEmpty()) {
        const QList<Sale> all = m_sales->allSales();
        for (const Sale &sale : all) {
            if (matches(sale))
                rows.append(sale);
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const Sale *StageSalesModel::sale(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StageSalesModel::rowOfSale(const QString &saleId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).saleId == saleId)
            return i;
    }
    return -1;
}

QString StageSalesModel::ownerName(const QString &ownerId) const
{
    const auto it = m_agents.constFind(ownerId);
    if (it == m_agents.constEnd())
        return ownerId.isEmpty() ? tr("No owner") : tr("Unknown agent");
    return it->name.trimmed().isEmpty() ? it->email : it->name.trimmed();
}

int StageSalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StageSalesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageSalesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Sale &s = m_rows.at(index.row());
    const std::optional<double> total = s.quoteDetails.totalPriceAmount();
    const QDateTime changed = s.currentStatus ? s.currentStatus->changedAt : QDateTime();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::UserRole:
        switch (index.column()) {
        case SaleColumn: {
            const QString products = AgentSaleListModel::productNames(s);
            return products.isEmpty() ? tr("Sale") : products;
        }
        case OwnerColumn:
            return ownerName(s.ownerId);
        case TotalColumn:
            if (role == Qt::UserRole)
                return total ? QVariant(*total) : QVariant();
            return FigureFormatter(m_locale).money(total, s.quoteDetails.currency);
        case ChangedColumn:
            if (role == Qt::UserRole)
                return changed;
            return changed.isValid() ? m_locale.toString(changed.toLocalTime(), QLocale::ShortFormat) : QString();
        }
        return {};
    case SaleIdRole:
        return s.saleId;
    case OwnerIdRole:
        return s.ownerId;
    case TotalRole:
        return total ? QVariant(*total) : QVariant();
    case CurrencyRole:
        return s.quoteDetails.currency;
    case StageChangedAtRole:
        return changed;
    case CreatedAtRole:
        return s.createdAt;
    default:
        return {};
    }
}

QVariant StageSalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SaleColumn:
        return tr("Sale");
    case OwnerColumn:
        return tr("Owner");
    case TotalColumn:
        return tr("Total");
    case ChangedColumn:
        return tr("In this stage since");
    }
    return {};
}

QHash<int, QByteArray> StageSalesModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SaleIdRole, "saleId");
    names.insert(OwnerIdRole, "ownerId");
    names.insert(TotalRole, "total");
    names.insert(CurrencyRole, "currency");
    names.insert(StageChangedAtRole, "stageChangedAt");
    names.insert(CreatedAtRole, "createdAt");
    return names;
}

} // namespace repdesk
