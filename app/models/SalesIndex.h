#pragma once

#include "ApiError.h"
#include "Sale.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace repdesk {

class Cache;
class InboxProvider;
class PageWalk;

// Every sale of an organization, kept in its cache file and looked up by
// conversation and by contact. The API cannot filter sales by conversation or
// contact, and the docs say neither how GET /sales is ordered nor what its
// start_date filters on, so the index walks the whole collection (limit 500)
// and relies on neither:
// - each page is written as it arrives, with the cursor after it, so lookups
//   improve during the walk and an interrupted walk goes on from that cursor
//   next time (from the top if the server rejects the old cursor with a 400);
// - a walk that reaches the end removes the sales it did not see (unless a
//   page had sales that did not decode: their ids are unknown);
// - a finished walk stays fresh for kFreshSeconds; refresh() does nothing
//   while it is fresh (unless forced) or while a walk runs.
// Lookups read the cache and never touch the network. The Cache must have
// `organizationId` open; when it cannot keep files, the last walk's sales are
// held in memory instead, so lookups still answer for this session.
// allSales() decodes the file once per change of its sales (Cache::salesRevision)
// and hands every caller the same implicitly shared list: each page of a walk
// has the board, the table, the dashboards and the directory reload at once, and
// two views holding every sale hold one copy. The index lets go of its own
// reference after that turn of the event loop, so it keeps nothing no view keeps.
class SalesIndex : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 500; // the API's largest page
    static constexpr int kFreshSeconds = 15 * 60;

    explicit SalesIndex(QObject *parent = nullptr);
    ~SalesIndex() override;

    // Drops a walk in progress (its saved cursor stays for a resume). Emits updated().
    void setSource(InboxProvider *provider, Cache *cache, const QString &organizationId);
    // Sales per page; tests use a small one to walk several pages.
    void setPageSize(int limit);
    int pageSize() const { return m_pageSize; }

    void refresh(bool force = false);

    QList<Sale> salesForConversation(const QString &conversationId) const;
    QList<Sale> salesForContact(const QString &contactId) const;
    // Every sale known so far (the dashboards' pipeline drill-down and currency).
    QList<Sale> allSales() const;

    // A walk has reached the end at least once for this organization (kept in the cache).
    bool isComplete() const;
    bool isLoading() const;
    // Completed less than kFreshSeconds ago.
    bool isFresh() const;
    QDateTime lastCompleted() const;

Q_SIGNALS:
    // The answers of the lookups may have changed: a page arrived, a walk finished, or the source changed.
    void updated();
    void loadingChanged(bool loading);
    void failed(const repdesk::ApiError &error);

private:
    void startWalk(bool resume);
    void onPage(quint64 generation, const QList<Sale> &sales, const QString &nextCursor, bool itemsFailed);
    void onFinished(quint64 generation, const ApiError &error);
    bool cacheUsable() const;
    // No usable cache file: lookups answer from the copy held in memory.
    bool usesMemory() const;
    void stopWalk();
    void setLoading(bool loading);
    QList<Sale> fromMemory(const std::function<bool(const Sale &)> &matches) const;
    void dropDecoded();

    QPointer<InboxProvider> m_provider;
    QPointer<Cache> m_cache;
    QString m_org;
    int m_pageSize = kPageSize;
    QPointer<PageWalk> m_walk;
    quint64 m_generation = 0;
    qint64 m_walkId = 0;         // the cache's walk id, for a cache that keeps files
    bool m_resumed = false;      // this walk started from a saved cursor
    bool m_pageArrived = false;  // at least one page of this walk arrived
    bool m_loading = false;
    // Without a usable cache: the sales of the walk in progress and of the last finished one.
    QList<Sale> m_memoryIncoming;
    QList<Sale> m_memory;
    QDateTime m_memoryCompleted;
    // allSales() as decoded from the cache at m_decodedRevision; valid while m_dropDecoded
    // is pending (until the event loop turns).
    mutable QList<Sale> m_decoded;
    mutable quint64 m_decodedRevision = 0;
    QTimer *m_dropDecoded;
};

} // namespace repdesk
