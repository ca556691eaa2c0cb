#pragma once

#include "HyperRepClient.h"
#include "PagedListModel.h"
#include "Sale.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QPointer>

namespace repdesk {


// One agent's sales (GET .../agents/{id}/sales), paged through
// PagedListModel, in the server's order; a sale seen twice is kept once.
class AgentSaleListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Role {
        SaleIdRole = FirstItemRole, // QString, opaque
        StatusLabelRole,            // QString: current stage name, e.g. "Quoted"; empty when none
        StatusCodeRole,             // QString: system code ("quote_sent"), may be empty
        TotalRole,                  // double: quote total; invalid when absent
        TotalTextRole,              // QString: the total with its own currency
        CurrencyRole,               // QString: ISO code of this sale; may be empty
        ProductsRole,               // QString: product names, comma-separated
        CreatedAtRole,              // QDateTime UTC
        LastActivityAtRole,         // QDateTime UTC
    };
    Q_ENUM(Role)

    explicit AgentSaleListModel(QObject *parent = nullptr);

    void setSource(HyperRepClient *client, const QString &organizationId, const QString &agentId);
    QString agentId() const { return m_agent; }
    void setPageSize(int limit) { m_pageSize = limit; }
    void setLocale(const QLocale &locale) { m_locale = locale; }
    const Sale *sale(int row) const;

    static QString productNames(const Sale &sale);

    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount() const override { return int(m_rows.size()); }
    QVariant itemData(int row, int role) const override;
    ApiCall *requestPage(const QString &cursor) override;
    void consumePage(ApiCall *call, bool firstPage, QString *nextCursor, bool *hasMore) override;
    void clearItems() override;

private:
    QPointer<HyperRepClient> m_client;
    QString m_org;
    QString m_agent;
    int m_pageSize = 50;
    QList<Sale> m_rows;
    QHash<QString, int> m_index;
    QLocale m_locale;
};

} // namespace repdesk
