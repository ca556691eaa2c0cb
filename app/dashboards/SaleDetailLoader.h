#pragma once

#include "AuditLog.h"
#include "CallQueue.h"
#include "HyperRepClient.h"
#include "SaleDetail.h"

#include <QObject>
#include <QPointer>

namespace repdesk {

class Cache;
class PageWalk;
class SalesIndex;

// Opens one sale for the drill-down: its SaleDetail comes from the sales
// index at once; then the audit log (record_type=sale, around the sale's
// status changes, at most kMaxPages pages, walked through the dashboard's queue)
// says who made each change, and changed() is emitted again.
class SaleDetailLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPages = 5;

    SaleDetailLoader(HyperRepClient *client, CallQueue *queue, SalesIndex *sales, Cache *cache,
                     const QString &organizationId, QObject *parent = nullptr);

    // False when the index does not know the sale.
    bool open(const QString &saleId);
    void close();
    const SaleDetail &detail() const { return m_detail; }
    bool isLoadingHistory() const;

Q_SIGNALS:
    void changed();

private:
    void fetchHistory();

    QPointer<HyperRepClient> m_client;
    CallQueue *m_queue;
    QPointer<SalesIndex> m_sales;
    QPointer<Cache> m_cache;
    QString m_org;
    SaleDetail m_detail;
    QList<AuditLog> m_logs;
    QPointer<PageWalk> m_walk; // the audit entries' walk
};

} // namespace repdesk
