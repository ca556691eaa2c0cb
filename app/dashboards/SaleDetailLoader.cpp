#include "SaleDetailLoader.h"

#include "AuditLog.h"
#include "AuditLogQuery.h"
#include "Cache.h"
#include "Call.h"
#include "HyperRepClient.h"
#include "Page.h"
#include "SalesIndex.h"

namespace repdesk {

SaleDetailLoader::SaleDetailLoader(HyperRepClient *client, CallQueue *queue, SalesIndex *sales, Cache *cache,
                                   const QString &organizationId, QObject *parent)
    : QObject(parent), m_client(client), m_queue(queue), m_sales(sales), m_cache(cache), m_org(organizationId)
{
}

void SaleDetailLoader::close()
{
    ++m_generation;
    if (m_ticket)
        m_queue->cancel(std::exchange(m_ticket, 0));
    m_detail = {};
    m_logs.clear();
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
    fetchPage({}, 0);
    return true;
}

void SaleDetailLoader::fetchPage(const QString &cursor, int page)
{
    QDateTime first;
    QDateTime last;
    for (const SaleDetail::StatusChange &c : std::as_const(m_detail.history)) {
        if (!c.changedAt.isValid())
            continue;
        first = first.isValid() ? qMin(first, c.changedAt) : c.changedAt;
        last = last.isValid() ? qMax(last, c.changedAt) : c.changedAt;
    }
    if (!m_client || !first.isValid() || page >= kMaxPages)
        return;
    // A minute either side: audit entries and status times are written apart.
    AuditLogQuery query;
    query.list.limit = 500;
    query.list.cursor = cursor;
    query.list.startDate = first.addSecs(-60);
    query.list.endDate = qMin(last.addSecs(61), QDateTime::currentDateTimeUtc());
    query.recordType = QStringLiteral("sale");
    const quint64 generation = m_generation;
    m_ticket = m_queue->enqueue(
        [this, query, generation, page]() -> ApiCall * {
            if (!m_client)
                return nullptr;
            auto *call = m_client->listAuditLogs(m_org, query);
            connect(call, &ApiCall::finished, this, [this, call, generation, page] {
                if (generation != m_generation)
                    return;
                m_ticket = 0;
                if (!call->succeeded())
                    return; // who made a change is a nicety: the detail stands without it
                const Page<AuditLog> &result = call->result();
                for (const AuditLog &log : result.items) {
                    if (log.record.id == m_detail.saleId)
                        m_logs.append(log);
                }
                if (m_detail.attribute(m_logs, m_cache ? m_cache->agents() : QHash<QString, Agent>()) > 0)
                    Q_EMIT changed();
                if (!result.isLast())
                    fetchPage(result.nextCursor, page + 1);
            });
            return call;
        },
        this);
}

} // namespace repdesk
