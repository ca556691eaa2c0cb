#pragma once

#include "SaleTableFilter.h"

// Complete type: the QPointer member needs it wherever this header is compiled (moc too).
#include "SaleListModel.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace repdesk {

// The sales table's filter and sort, over a table whose rows are a SaleListModel's (a
// PagedTableModel): a row stays when its sale matches the whole SaleTableFilter, whatever the API
// was asked, so the table is right even where the server's start_date means another date. Columns
// sort by their raw values (Qt::UserRole: amounts as numbers, dates as dates, names as words).
class SaleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SaleFilterProxy(QObject *parent = nullptr);

    // The list behind the source table (the same rows, in the same order).
    void setList(SaleListModel *list);
    void setFilter(const SaleTableFilter &filter);
    const SaleTableFilter &filter() const { return m_filter; }
    // The sale of a row of this proxy; null for none.
    const Sale *saleAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<SaleListModel> m_list;
    SaleTableFilter m_filter;
};

} // namespace repdesk
