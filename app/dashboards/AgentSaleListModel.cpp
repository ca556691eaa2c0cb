#include "AgentSaleListModel.h"

#include "FigureFormatter.h"
#include "HyperRepClient.h"
#include "Page.h"

namespace repdesk {

AgentSaleListModel::AgentSaleListModel(QObject *parent) : PagedListModel(parent) {}

void AgentSaleListModel::setSource(HyperRepClient *client, const QString &organizationId, const QString &agentId)
{
    m_client = client;
    m_org = organizationId;
    m_agent = agentId;
    resetPaging();
    beginResetModel();
    clearItems();
    endResetModel();
}

const Sale *AgentSaleListModel::sale(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void AgentSaleListModel::clearItems()
{
    m_rows.clear();
    m_index.clear();
}

QString AgentSaleListModel::productNames(const Sale &sale)
{
    QStringList names;
    for (const SaleProduct &p : sale.quoteDetails.products) {
        if (!p.productName.trimmed().isEmpty())
            names << p.productName.trimmed();
    }
    return names.join(QStringLiteral(", "));
}

QVariant AgentSaleListModel::itemData(int row, int role) const
{
    const Sale &s = m_rows.at(row);
    const std::optional<double> total = s.quoteDetails.totalPriceAmount();
    switch (role) {
    case SaleIdRole:
        return s.saleId;
    case StatusLabelRole:
        return s.currentStatus ? s.currentStatus->label : QString();
    case StatusCodeRole:
        return s.currentStatus ? s.currentStatus->status : QString();
    case TotalRole:
        return total ? QVariant(*total) : QVariant();
    case TotalTextRole:
        return FigureFormatter(m_locale).money(total, s.quoteDetails.currency);
    case CurrencyRole:
        return s.quoteDetails.currency;
    case ProductsRole:
        return productNames(s);
    case CreatedAtRole:
        return s.createdAt;
    case LastActivityAtRole:
        return s.lastActivityAt;
    case Qt::DisplayRole: {
        const QString products = productNames(s);
        const QString stage = s.currentStatus ? s.currentStatus->label : QString();
        //: An agent's sale in a list: products, stage, total
        return tr("%1 — %2 — %3")
            .arg(products.isEmpty() ? tr("Sale") : products, stage.isEmpty() ? tr("no stage") : stage,
                 FigureFormatter(m_locale).money(total, s.quoteDetails.currency));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AgentSaleListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(SaleIdRole, "saleId");
    names.insert(StatusLabelRole, "statusLabel");
    names.insert(StatusCodeRole, "statusCode");
    names.insert(TotalRole, "total");
    names.insert(TotalTextRole, "totalText");
    names.insert(CurrencyRole, "currency");
    names.insert(ProductsRole, "products");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(LastActivityAtRole, "lastActivityAt");
    return names;
}

ApiCall *AgentSaleListModel::requestPage(const QString &cursor)
{
    if (!m_client || m_org.isEmpty() || m_agent.isEmpty())
        return nullptr;
    return m_client->listAgentSales(m_org, m_agent, ListQuery{m_pageSize, cursor, {}, {}});
}

void AgentSaleListModel::consumePage(ApiCall *call, bool, QString *nextCursor, bool *hasMore)
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
    }
    *nextCursor = page.nextCursor;
    *hasMore = !page.isLast();
}

} // namespace repdesk
