#pragma once

#include "ApiCall.h"
#include "Sale.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace repdesk {

class InboxProvider;

// The organization's sales, fetched once and shared by every conversation:
// the API cannot filter sales by conversation, so each switch would
// otherwise walk the same pages again. Walks at most kMaxPages pages of
// kPageSize, newest activity first, and keeps the result for kFreshMs.
class SalesLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 500;
    static constexpr int kMaxPages = 5;
    static constexpr int kFreshMs = 60 * 1000;

    explicit SalesLoader(QObject *parent = nullptr);
    ~SalesLoader() override;

    // Drops the cache and any walk in progress.
    void setSource(InboxProvider *provider, const QString &organizationId);
    // Emits loaded() or failed() later; with a fresh cache and no force,
    // nothing is fetched and loaded() is queued at once.
    void load(bool force = false);

    bool isLoading() const { return m_call != nullptr; }
    bool hasFreshData() const;
    // True when more pages existed than were walked.
    bool isTruncated() const { return m_truncated; }
    int requestsMade() const { return m_requests; }
    QList<Sale> salesForConversation(const QString &conversationId) const;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    void fetchPage(const QString &cursor);
    void cancel();

    QPointer<InboxProvider> m_provider;
    QString m_org;
    QList<Sale> m_sales;
    QList<Sale> m_incoming;
    QElapsedTimer m_fetchedAt;
    QPointer<ApiCall> m_call;
    int m_pages = 0;
    int m_requests = 0;
    bool m_truncated = false;
    bool m_valid = false;
};

} // namespace repdesk
