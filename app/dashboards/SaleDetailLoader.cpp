#include "SaleDetailLoader.h"

#include "AuditLog.h"
#include "AuditLogQuery.h"
#include "Cache.h"
#include "Call.h"
#include "HyperRepClient.h"
#include "Page.h"
#include "PageWalk.h"
#include "SalesIndex.h"
#include "walkPages.h"

namespace repdesk {

SaleDetailLoader::SaleDetailLoader(HyperRepClient *client, CallQueue *queue, SalesIndex *sales, Cache *cache,
                                   const QString &organizationId, QObject *parent)
    : QObject(parent), m_client(client), m_queue(queue), m_sales(sales), m_cache(cache), m_org(organizationId)
{
}

void SaleDetailLoader::close()
{
    if (m_walk)
        m_walk->cancel();
    m_detail = {};
    m_logs.clear();
}

bool SaleDetailLoader::isLoadingHistory() const
{
    return m_walk && !m_walk->isDone();
}

bool SaleDetailLoader::open(const QString &saleId)
{
    close();
    if (!m_sales || saleId.isEmpty())
        return false;
    const QList<Sale> all = m_sales->allSales();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&saleId](const Sale &s) { return s.saleId == saleId; });
    if (it == all.cend()) {
        Q_EMIT changed();
        return false;
    }
    m_detail = SaleDetail::fromSale(*it, m_cache ? m_cache->agents() : QHash<QString, Agent>());
    Q_EMIT changed();
    fetchHistory();
    return true;
}

void SaleDetailLoader::fetchHistory()
{
    QDateTime first;
    QDateTime last;
    for (const SaleDetail::StatusChange &c : std::as_const(m_detail.history)) {
        if (!c.changedAt.isValid())
            continue;
        first = first.isValid() ? qMin(first, c.changedAt) : c.changedAt;
        last = last.isValid() ? qMax(last, c.changedAt) : c.changedAt;
    }
    if (!m_client || !first.isValid())
        return;
    // A minute either side: audit entries and status times are written apart.
    AuditLogQuery query;
    query.list.limit = 500;
    query.list.startDate = first.addSecs(-60);
    query.list.endDate = qMin(last.addSecs(61), QDateTime::currentDateTimeUtc());
    query.recordType = QStringLiteral("sale");
    const QPointer<HyperRepClient> client = m_client;
    const QString org = m_org;
    // Through the dashboard's queue; PageWalk ends on a repeated cursor and after kMaxPages. A
    // failure ends it too: who made a change is a nicety, the detail stands without it.
    m_walk = walkPagesThrough<AuditLog>(
        m_queue,
        [client, org, query](const QString &cursor) -> Call<Page<AuditLog>> * {
            AuditLogQuery page = query;
            page.list.cursor = cursor;
            return client ? client->listAuditLogs(org, page) : nullptr;
        },
        [this](const Page<AuditLog> &page) {
            for (const AuditLog &log : page.items) {
                if (log.record.id == m_detail.saleId)
                    m_logs.append(log);
            }
            if (m_detail.attribute(m_logs, m_cache ? m_cache->agents() : QHash<QString, Agent>()) > 0)
                Q_EMIT changed();
        },
        this);
    m_walk->setPageLimit(kMaxPages);
}

} // namespace repdesk
