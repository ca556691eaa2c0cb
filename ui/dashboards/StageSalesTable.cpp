#include "dashboards/StageSalesTable.h"

#include "AgentSaleListModel.h"
#include "ContactDirectory.h"
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

void StageSalesTable::setContacts(ContactDirectory *contacts)
{
    if (m_contacts)
        disconnect(m_contacts, nullptr, this, nullptr);
    m_contacts = contacts;
    if (contacts) {
        connect(contacts, &ContactDirectory::contactsChanged, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, ContactColumn), index(rowCount() - 1, ContactColumn));
        });
    }
    reset();
}

void StageSalesTable::setCompanyLookup(std::function<QString(const QString &)> lookup)
{
    m_companyLookup = std::move(lookup);
    reset();
}

void StageSalesTable::reset()
{
    beginResetModel();
    m_companies.clear();
    endResetModel();
    askContacts();
}

void StageSalesTable::askContacts() const
{
    // A stage holds tens of sales, not thousands: ask for every unknown contact at once.
    if (!m_contacts || !m_source)
        return;
    QStringList unknown;
    for (int row = 0; row < m_source->rowCount(); ++row) {
        const QString id = m_source->sale(row)->primaryContactId();
        if (!id.isEmpty() && m_contacts->displayName(id).isEmpty() && !m_contacts->isUnknown(id))
            unknown << id;
    }
    if (!unknown.isEmpty())
        m_contacts->request(unknown);
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

QString StageSalesTable::company(const Sale &sale) const
{
    if (sale.companyId.isEmpty())
        return {};
    auto it = m_companies.constFind(sale.companyId);
    if (it == m_companies.constEnd())
        it = m_companies.insert(sale.companyId, m_companyLookup ? m_companyLookup(sale.companyId) : QString());
    return *it;
}

QString StageSalesTable::contact(const Sale &sale) const
{
    const QString id = sale.primaryContactId();
    return id.isEmpty() || !m_contacts ? QString() : m_contacts->displayName(id);
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
    case CompanyColumn: {
        const QString name = company(*sale);
        if (text || raw)
            return !name.isEmpty() ? name : sale->companyId.isEmpty() ? tr("No company") : QStringLiteral("—");
        if (role == Qt::ToolTipRole && name.isEmpty() && !sale->companyId.isEmpty())
            return tr("This company's name is not on this computer yet.");
        break;
    }
    case ContactColumn: {
        const QString name = contact(*sale);
        const QString id = sale->primaryContactId();
        if (text || raw) {
            if (!name.isEmpty())
                return name;
            if (id.isEmpty())
                return tr("No contact");
            return m_contacts && m_contacts->isPending(id) ? QStringLiteral("…") : QStringLiteral("—");
        }
        break;
    }
    case OwnerColumn:
        if (text || raw)
            return m_source->index(index.row(), StageSalesModel::OwnerColumn).data(Qt::DisplayRole);
        break;
    case TotalColumn:
        if (text)
            return m_source->index(index.row(), StageSalesModel::TotalColumn).data(Qt::DisplayRole);
        if (raw)
            return m_source->index(index.row(), StageSalesModel::TotalColumn).data(Qt::UserRole);
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
