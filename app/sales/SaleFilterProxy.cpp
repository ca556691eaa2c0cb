#include "SaleFilterProxy.h"

namespace repdesk {

SaleFilterProxy::SaleFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Names arrive after the rows: a sorted or filtered table follows them.
    setDynamicSortFilter(true);
}

void SaleFilterProxy::setList(SaleListModel *list)
{
    m_list = list;
    invalidateFilter();
}

void SaleFilterProxy::setFilter(const SaleTableFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

const Sale *SaleFilterProxy::saleAt(int row) const
{
    if (!m_list || row < 0 || row >= rowCount())
        return nullptr;
    return m_list->sale(mapToSource(index(row, 0)).row());
}

bool SaleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Sale *sale = m_list ? m_list->sale(sourceRow) : nullptr;
    return sale && m_filter.matches(*sale);
}

} // namespace repdesk
