#include "SaleListModel.h"

#include "AgentSaleListModel.h"
#include "FigureFormatter.h"
#include "Page.h"
#include "SalesBoardModel.h"

namespace repdesk {

SaleListModel::SaleListModel(QObject *parent) : PagedListModel(parent) {}

void SaleListModel::setSource(HyperRepClient *client, const QString &organizationId, SalesIndex *index, SaleNames *names)
{
    if (m_sales)
        disconnect(m_sales, nullptr, this, nullptr);
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    m_client = client;
    m_org = organizationId;
    m_sales = index;
    m_names = names;
    if (index)
        connect(index, &SalesIndex::updated, this, [this] {
            if (m_fromIndex)
                loadFromIndex();
        });
    if (names)
        connect(names, &SaleNames::namesChanged, this, &SaleListModel::namesChanged);
    m_fromIndex = !wantsServer(m_filter);
    if (m_fromIndex)
        loadFromIndex();
    else
        reload();
}

bool SaleListModel::wantsServer(const SaleTableFilter &filter) const
{
    return m_client && !m_org.isEmpty() && filter.asksServer() && !filter.isContradictory();
}

void SaleListModel::setFilter(const SaleTableFilter &filter)
{
    const bool server = wantsServer(filter);
    const bool sameRequest = filter.ownerId == m_filter.ownerId && filter.createdFrom == m_filter.createdFrom;
    m_filter = filter;
    if (!server) {
        if (!m_fromIndex) {
            m_fromIndex = true;
            loadFromIndex();
        }
        return;
    }
    if (m_fromIndex || !sameRequest) {
        m_fromIndex = false;
        reload();
    }
}

void SaleListModel::refresh()
{
    if (m_fromIndex) {
        if (m_sales)
            m_sales->refresh(true);
    } else {
        reload();
    }
}

void SaleListModel::loadFromIndex()
{
    // The index has the whole collection (or is walking to it): nothing to page in here.
    finishPaging();
    beginResetModel();
    clearItems();
    m_rows = m_sales ? m_sales->allSales() : QList<Sale>();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).saleId, i);
    endResetModel();
    if (m_names)
        m_names->request(m_rows);
    Q_EMIT pageLoaded(int(m_rows.size()), true);
}

void SaleListModel::namesChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {CompanyTextRole, ContactTextRole, OwnerTextRole, Qt::DisplayRole});
}

const Sale *SaleListModel::sale(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void SaleListModel::clearItems()
{
    m_rows.clear();
    m_index.clear();
}

QVariant SaleListModel::itemData(int row, int role) const
{
    const Sale &s = m_rows.at(row);
    const std::optional<double> total = s.quoteDetails.totalPriceAmount();
    const auto when = [this](const QDateTime &at) {
        return at.isValid() ? m_locale.toString(at.toLocalTime(), QLocale::ShortFormat) : FigureFormatter::none();
    };
    switch (role) {
    case SaleIdRole:
        return s.saleId;
    case StageRole:
        return s.currentStatus && !s.currentStatus->label.isEmpty() ? s.currentStatus->label
                                                                    : SalesBoardModel::noStageLabel();
    case CompanyIdRole:
        return s.companyId;
    case CompanyTextRole:
        return m_names ? m_names->companyText(s.companyId) : QString();
    case ContactTextRole:
        return m_names ? m_names->contactText(s.primaryContactId()) : QString();
    case OwnerIdRole:
        return s.ownerId;
    case OwnerTextRole:
        return m_names ? m_names->ownerText(s.ownerId) : QString();
    case TotalRole:
        return total ? QVariant(*total) : QVariant();
    case TotalTextRole:
        return FigureFormatter(m_locale).money(total, s.quoteDetails.currency);
    case ProductsRole:
        return AgentSaleListModel::productNames(s);
    case CreatedAtRole:
        return s.createdAt;
    case CreatedTextRole:
        return when(s.createdAt);
    case LastActivityAtRole:
        return s.lastActivityAt;
    case LastActivityTextRole:
        return when(s.lastActivityAt);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        //: A sale in the sales table, read as one line: company, stage, owner, total
        return tr("%1, %2, owner %3, %4")
            .arg(itemData(row, CompanyTextRole).toString(), itemData(row, StageRole).toString(),
                 itemData(row, OwnerTextRole).toString(), itemData(row, TotalTextRole).toString());
    default:
        return {};
    }
}

QHash<int, QByteArray> SaleListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(SaleIdRole, "saleId");
    names.insert(StageRole, "stage");
    names.insert(CompanyIdRole, "companyId");
    names.insert(CompanyTextRole, "company");
    names.insert(ContactTextRole, "contact");
    names.insert(OwnerIdRole, "ownerId");
    names.insert(OwnerTextRole, "owner");
    names.insert(TotalRole, "total");
    names.insert(TotalTextRole, "totalText");
    names.insert(ProductsRole, "products");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(CreatedTextRole, "createdText");
    names.insert(LastActivityAtRole, "lastActivityAt");
    names.insert(LastActivityTextRole, "lastActivityText");
    return names;
}

ApiCall *SaleListModel::requestPage(const QString &cursor)
{
    if (m_fromIndex || !m_client || m_org.isEmpty())
        return nullptr;
    const ListQuery query = m_filter.serverQuery(m_pageSize, cursor);
    if (!m_filter.ownerId.isEmpty())
        return m_client->listAgentSales(m_org, m_filter.ownerId, query);
    return m_client->listSales(m_org, query);
}

void SaleListModel::consumePage(ApiCall *call, bool, QString *nextCursor, bool *hasMore)
{
    const Page<Sale> &page = static_cast<Call<Page<Sale>> *>(call)->result();
    QList<Sale> fresh;
    for (const Sale &s : page.items) {
        if (!s.saleId.isEmpty() && !m_index.contains(s.saleId)) {
            m_index.insert(s.saleId, int(m_rows.size() + fresh.size()));
            fresh.append(s);
        }
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
        if (m_names)
            m_names->request(fresh);
    }
    *nextCursor = page.nextCursor;
    *hasMore = !page.isLast();
}

} // namespace repdesk
