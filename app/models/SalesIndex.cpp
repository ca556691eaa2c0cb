#include "SalesIndex.h"

#include "Cache.h"
#include "InboxProvider.h"
#include "LogCategories.h"
#include "walkPages.h"

#include <QSet>

namespace repdesk {

SalesIndex::SalesIndex(QObject *parent) : QObject(parent), m_dropDecoded(new QTimer(this))
{
    m_dropDecoded->setSingleShot(true);
    m_dropDecoded->setInterval(0);
    connect(m_dropDecoded, &QTimer::timeout, this, &SalesIndex::dropDecoded);
}

SalesIndex::~SalesIndex()
{
    stopWalk();
}

void SalesIndex::setSource(InboxProvider *provider, Cache *cache, const QString &organizationId)
{
    stopWalk();
    m_provider = provider;
    m_cache = cache;
    m_org = organizationId;
    m_memoryIncoming.clear();
    m_memory.clear();
    m_memoryCompleted = QDateTime();
    dropDecoded();
    setLoading(false);
    Q_EMIT updated();
}

void SalesIndex::setPageSize(int limit)
{
    m_pageSize = qBound(1, limit, kPageSize);
}

bool SalesIndex::cacheUsable() const
{
    return m_cache && !m_org.isEmpty() && m_cache->organizationId() == m_org && m_cache->isOpen();
}

void SalesIndex::refresh(bool force)
{
    if (m_loading || (!force && isFresh()))
        return;
    if (!m_provider || m_org.isEmpty())
        return;
    setLoading(true);
    startWalk(true);
}

void SalesIndex::startWalk(bool resume)
{
    const quint64 generation = ++m_generation;
    QString startCursor;
    m_resumed = false;
    m_pageArrived = false;
    m_walkId = 0;
    m_memoryIncoming.clear();
    if (cacheUsable()) {
        const SalesWalkState state = m_cache->salesWalkState();
        if (resume && state.walk > 0 && !state.cursor.isEmpty()) {
            m_walkId = state.walk;
            startCursor = state.cursor;
            m_resumed = true;
        } else {
            // 0 when the file turned out unusable: this walk then fills the memory copy.
            m_walkId = m_cache->beginSalesWalk();
        }
    }
    InboxProvider *provider = m_provider;
    const QString org = m_org;
    const int limit = m_pageSize;
    m_walk = walkPages<Sale>(
        // walkPages always asks for its first page with an empty cursor: that is where a resume starts.
        [provider, org, limit, startCursor](const QString &cursor) {
            ListQuery query;
            query.limit = limit;
            query.cursor = cursor.isEmpty() ? startCursor : cursor;
            return provider->listSales(org, query);
        },
        [this, generation](const Page<Sale> &page) {
            onPage(generation, page.items, page.isLast() ? QString() : page.nextCursor, !page.itemErrors.isEmpty());
        },
        this);
    connect(m_walk, &PageWalk::finished, this,
            [this, generation](const ApiError &error) { onFinished(generation, error); });
}

void SalesIndex::onPage(quint64 generation, const QList<Sale> &sales, const QString &nextCursor, bool itemsFailed)
{
    if (generation != m_generation)
        return;
    m_pageArrived = true;
    if (itemsFailed)
        qCWarning(lcSales, "a page of sales had items that did not decode; this walk removes nothing");
    if (m_walkId == 0) {
        m_memoryIncoming += sales;
    } else if (!cacheUsable() || !m_cache->saveSalesPage(m_walkId, sales, nextCursor, itemsFailed)) {
        // The file failed (the Cache has said why), another index began a
        // walk on it, or the cache moved to another organization: going on
        // would finish a walk whose pages were not all kept, and remove sales
        // it only failed to store.
        stopWalk();
        setLoading(false);
        return;
    }
    Q_EMIT updated();
}

void SalesIndex::onFinished(quint64 generation, const ApiError &error)
{
    if (generation != m_generation)
        return;
    if (!error.isError()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_walkId == 0) {
            m_memory = std::move(m_memoryIncoming);
            m_memoryIncoming.clear();
            m_memoryCompleted = now;
        } else if (cacheUsable()) {
            const int removed = m_cache->finishSalesWalk(m_walkId, now);
            if (removed > 0)
                qCDebug(lcSales, "removed %d sales the server no longer lists", removed);
            // The file has it all again: a copy kept while it failed is stale now.
            m_memory.clear();
            m_memoryCompleted = QDateTime();
        }
        setLoading(false);
        Q_EMIT updated();
        return;
    }
    if (error.kind() == ApiError::Kind::Cancelled) {
        setLoading(false);
        return;
    }
    // A saved cursor the server no longer accepts ("Invalid cursor", 400):
    // start over from the top, once; what the old walk stored stays meanwhile.
    if (m_resumed && !m_pageArrived && error.kind() == ApiError::Kind::Validation) {
        qCDebug(lcSales, "the saved sales cursor was refused (%s); walking from the top", qPrintable(error.message()));
        startWalk(false);
        return;
    }
    // The saved cursor stays: the next refresh() goes on from there.
    setLoading(false);
    Q_EMIT failed(error);
}

void SalesIndex::stopWalk()
{
    ++m_generation;
    if (PageWalk *walk = m_walk) {
        m_walk = nullptr;
        walk->disconnect(this);
        walk->cancel();
    }
}

void SalesIndex::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QList<Sale> SalesIndex::fromMemory(const std::function<bool(const Sale &)> &matches) const
{
    // During a walk its pages are newer than the last finished walk's copy.
    QList<Sale> out;
    QSet<QString> seen;
    for (const QList<Sale> *list : {&m_memoryIncoming, &m_memory}) {
        for (const Sale &sale : *list) {
            if (!seen.contains(sale.saleId) && matches(sale)) {
                seen.insert(sale.saleId);
                out.append(sale);
            }
        }
    }
    return out;
}

bool SalesIndex::usesMemory() const
{
    return !cacheUsable() || m_memoryCompleted.isValid() || !m_memoryIncoming.isEmpty();
}

QList<Sale> SalesIndex::salesForConversation(const QString &conversationId) const
{
    if (conversationId.isEmpty())
        return {};
    if (!usesMemory())
        return m_cache->salesForConversation(conversationId);
    return fromMemory([&conversationId](const Sale &s) { return s.associatedConversationIds.contains(conversationId); });
}

QList<Sale> SalesIndex::salesForContact(const QString &contactId) const
{
    if (contactId.isEmpty())
        return {};
    if (!usesMemory())
        return m_cache->salesForContact(contactId);
    return fromMemory([&contactId](const Sale &s) {
        for (const SaleContact &c : s.associatedContacts) {
            if (c.contactId == contactId)
                return true;
        }
        return false;
    });
}

QList<Sale> SalesIndex::allSales() const
{
    if (usesMemory())
        return fromMemory([](const Sale &) { return true; });
    const quint64 revision = m_cache->salesRevision();
    if (m_dropDecoded->isActive() && m_decodedRevision == revision)
        return m_decoded;
    QList<Sale> sales = m_cache->allSales();
    // Kept only when the file did not change under the read (a damaged file reset
    // meanwhile), and not when empty: a failed read answers empty, and the next
    // caller should try again rather than be told there are no sales.
    if (!sales.isEmpty() && m_cache->salesRevision() == revision) {
        m_decoded = sales;
        m_decodedRevision = revision;
        m_dropDecoded->start();
    }
    return sales;
}

void SalesIndex::dropDecoded()
{
    m_dropDecoded->stop();
    // Not clear(): on a list a view still shares, that allocates an empty one of the same capacity.
    m_decoded = QList<Sale>();
}

bool SalesIndex::isComplete() const
{
    return lastCompleted().isValid();
}

bool SalesIndex::isLoading() const
{
    return m_loading;
}

bool SalesIndex::isFresh() const
{
    const QDateTime completed = lastCompleted();
    if (!completed.isValid())
        return false;
    // A clock that stepped back makes the age negative: count that as stale, not fresh for ever.
    const qint64 age = completed.secsTo(QDateTime::currentDateTimeUtc());
    return age >= 0 && age < kFreshSeconds;
}

QDateTime SalesIndex::lastCompleted() const
{
    if (usesMemory())
        return m_memoryCompleted;
    return m_cache->salesWalkState().completedAt;
}

} // namespace repdesk
