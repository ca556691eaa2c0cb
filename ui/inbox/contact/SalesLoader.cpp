#include "inbox/contact/SalesLoader.h"

#include "InboxProvider.h"

#include <QTimer>

namespace repdesk {

SalesLoader::SalesLoader(QObject *parent) : QObject(parent) {}

SalesLoader::~SalesLoader()
{
    cancel();
}

void SalesLoader::setSource(InboxProvider *provider, const QString &organizationId)
{
    cancel();
    m_provider = provider;
    m_org = organizationId;
    m_sales.clear();
    m_valid = false;
    m_truncated = false;
}

void SalesLoader::load(bool force)
{
    if (!force && hasFreshData()) {
        QTimer::singleShot(0, this, [this] {
            if (hasFreshData())
                Q_EMIT loaded();
        });
        return;
    }
    if (isLoading()) {
        if (!force)
            return; // the walk under way will report
        cancel();
    }
    if (!m_provider) {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(tr("Not connected to an account.")); });
        return;
    }
    m_incoming.clear();
    m_pages = 0;
    fetchPage(QString());
}

bool SalesLoader::hasFreshData() const
{
    return m_valid && m_fetchedAt.isValid() && m_fetchedAt.elapsed() < kFreshMs;
}

QList<Sale> SalesLoader::salesForConversation(const QString &conversationId) const
{
    QList<Sale> out;
    if (conversationId.isEmpty())
        return out;
    for (const Sale &sale : m_sales)
        if (sale.associatedConversationIds.contains(conversationId))
            out.append(sale);
    return out;
}

void SalesLoader::fetchPage(const QString &cursor)
{
    ListQuery query;
    query.limit = kPageSize;
    query.cursor = cursor;
    Call<Page<Sale>> *call = m_provider->listSales(m_org, query);
    m_call = call;
    ++m_requests;
    connect(call, &ApiCall::finished, this, [this, call, cursor] {
        if (call != m_call)
            return; // cancelled or superseded
        m_call = nullptr;
        if (!call->succeeded()) {
            Q_EMIT failed(call->error().message());
            return;
        }
        const Page<Sale> &page = call->result();
        m_incoming += page.items;
        ++m_pages;
        if (!page.isLast() && m_pages < kMaxPages && page.nextCursor != cursor) {
            fetchPage(page.nextCursor);
            return;
        }
        m_sales = std::move(m_incoming);
        m_incoming.clear();
        m_truncated = !page.isLast();
        m_valid = true;
        m_fetchedAt.start();
        Q_EMIT loaded();
    });
}

void SalesLoader::cancel()
{
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        call->cancel();
    }
}

} // namespace repdesk
