#pragma once

#include "PagedListModel.h"
#include "Sale.h"
#include "SaleTableFilter.h"

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "HyperRepClient.h"
#include "SaleNames.h"
#include "SalesIndex.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QPointer>

namespace repdesk {

// The sales table's rows (Ctrl+3, Table), through the one pager. Two sources, chosen by the
// filter (see SaleTableFilter for what the API can be asked):
// - no owner and no first day: the organization's sales index as the session core keeps it (the
//   same sales as the board, from the cache, offline too); the index walks GET .../sales to its
//   end itself, so nothing is left to page in here (finishPaging) and the rows follow its walk;
// - an owner or a first day: GET .../agents/{owner}/sales or GET .../sales with start_date, paged
//   (kPageSize a page) as the view scrolls, with Loading and Retry rows from PagedListModel.
// The rest of the filter is applied by SaleFilterProxy over what is loaded. Names, never ids.
class SaleListModel : public PagedListModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    enum Role {
        SaleIdRole = FirstItemRole, // QString, opaque
        StageRole,                  // QString: the current stage label ("No stage" when none)
        CompanyIdRole,              // QString
        CompanyTextRole,            // QString: a name or a word for its state
        ContactTextRole,            // QString: the primary contact's name or a word
        OwnerIdRole,                // QString
        OwnerTextRole,              // QString: the owner's name or a word
        TotalRole,                  // double; invalid when absent
        TotalTextRole,              // QString: the total in the sale's currency
        ProductsRole,               // QString: product names, comma-separated
        CreatedAtRole,              // QDateTime UTC
        CreatedTextRole,            // QString: local, short
        LastActivityAtRole,         // QDateTime UTC
        LastActivityTextRole,       // QString: local, short
    };
    Q_ENUM(Role)

    explicit SaleListModel(QObject *parent = nullptr);

    // client may be null (a provider without HyperRep's routes): the index is filtered here then.
    void setSource(HyperRepClient *client, const QString &organizationId, SalesIndex *index, SaleNames *names);
    void setPageSize(int limit) { m_pageSize = limit; }
    // Goes to the index or asks the API again only when what the API is asked changes.
    void setFilter(const SaleTableFilter &filter);
    const SaleTableFilter &filter() const { return m_filter; }
    // The rows are the sales index's (no request of its own).
    bool isFromIndex() const { return m_fromIndex; }
    // F5: the index walks again (SalesSession), or the first page is asked again.
    void refresh();

    const Sale *sale(int row) const;
    int rowOfSale(const QString &saleId) const { return m_index.value(saleId, -1); }

    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount() const override { return int(m_rows.size()); }
    QVariant itemData(int row, int role) const override;
    ApiCall *requestPage(const QString &cursor) override;
    void consumePage(ApiCall *call, bool firstPage, QString *nextCursor, bool *hasMore) override;
    void clearItems() override;

private:
    bool wantsServer(const SaleTableFilter &filter) const;
    void loadFromIndex();
    void namesChanged();

    QPointer<HyperRepClient> m_client;
    QPointer<SalesIndex> m_sales;
    QPointer<SaleNames> m_names;
    QString m_org;
    SaleTableFilter m_filter;
    bool m_fromIndex = true;
    int m_pageSize = kPageSize;
    QList<Sale> m_rows;
    QHash<QString, int> m_index;
    QLocale m_locale;
};

} // namespace repdesk
