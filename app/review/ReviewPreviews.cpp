#include "ReviewPreviews.h"

#include "Cache.h"
#include "CallQueue.h"
#include "InboxProvider.h"
#include "MessageCodec.h"
#include "PageWalk.h"
#include "ReviewQueueModel.h"
#include "ReviewText.h"

#include <QDateTime>

#include <algorithm>

namespace repdesk {

ReviewPreviews::ReviewPreviews(QObject *parent)
    : QObject(parent), m_queue(new CallQueue(kMaxInFlight, this)), m_urgent(new CallQueue(1, this))
{
}

void ReviewPreviews::setSource(InboxProvider *provider, Cache *cache, const QString &organizationId,
                               ReviewQueueModel *model)
{
    stop();
    m_provider = provider;
    m_cache = cache;
    m_org = organizationId;
    m_model = model;
    m_fresh.clear();
}

void ReviewPreviews::stop()
{
    ++m_generation;
    m_queue->cancelAll();
    m_urgent->cancelAll();
    m_fetching.clear();
    // Walks whose next page was still queued: their factory never runs now, so end them here.
    for (PageWalk *walk : findChildren<PageWalk *>(Qt::FindDirectChildrenOnly))
        walk->cancel();
}

void ReviewPreviews::want(const QStringList &conversationIds)
{
    for (const QString &id : conversationIds) {
        const ReviewItem *row = m_model ? m_model->find(id) : nullptr;
        if (!row || row->preview != ReviewItem::Preview::Unknown)
            continue;
        const QList<Message> cached = m_cache ? m_cache->thread(id) : QList<Message>();
        if (!cached.isEmpty()) {
            update(id, cached);
            continue;
        }
        // A view may ask on every paint: an offline fetch is not repeated at that pace.
        const qint64 failedAt = m_failedAt.value(id, 0);
        if (failedAt > 0 && QDateTime::currentMSecsSinceEpoch() - failedAt < kRetryMs)
            continue;
        fetch(id, m_queue);
    }
}

void ReviewPreviews::prefetch(const QString &conversationId)
{
    if (!conversationId.isEmpty() && !m_fresh.contains(conversationId))
        fetch(conversationId, m_urgent);
}

void ReviewPreviews::refresh(const QString &conversationId)
{
    m_fresh.remove(conversationId);
    fetch(conversationId, m_urgent);
}

void ReviewPreviews::update(const QString &conversationId, const QList<Message> &messages, bool fromServer)
{
    if (fromServer) {
        m_fresh.insert(conversationId);
        m_failedAt.remove(conversationId);
    }
    if (!m_model)
        return;
    const std::optional<Message> inbound = ReviewText::lastInbound(messages);
    const QString line = inbound ? ReviewText::firstLine(*inbound) : QString();
    const QString modality = messages.isEmpty() ? QString() : messages.last().modality;
    m_model->update(conversationId, [&](ReviewItem &i) {
        i.lastInbound = line;
        i.preview = ReviewItem::Preview::Known;
        if (!modality.isEmpty())
            i.modality = modality;
    });
}

void ReviewPreviews::fetch(const QString &conversationId, CallQueue *queue)
{
    // Already asked, unless only behind the rows' previews while the draft is about to be shown.
    const CallQueue *asked = m_fetching.value(conversationId);
    if (!m_provider || conversationId.isEmpty() || asked == queue || asked == m_urgent)
        return;
    m_fetching.insert(conversationId, queue);
    if (m_model)
        m_model->update(conversationId, [](ReviewItem &i) {
            if (i.preview == ReviewItem::Preview::Unknown)
                i.preview = ReviewItem::Preview::Loading;
        });
    // PageWalk keeps the cursors seen: a server that hands back an earlier cursor (A, B, A, ...)
    // ends the walk with what it has instead of looping. It deletes itself when done.
    fetchPage(queue, conversationId, QString(), std::make_shared<QList<Message>>(), new PageWalk(this));
}

void ReviewPreviews::fetchPage(CallQueue *queue, const QString &conversationId, const QString &cursor,
                               std::shared_ptr<QList<Message>> collected, PageWalk *walk)
{
    const quint64 gen = m_generation;
    const QPointer<PageWalk> guard(walk);
    queue->enqueue(
        [this, queue, conversationId, cursor, collected, gen, guard]() -> ApiCall * {
            if (!m_provider || gen != m_generation || !guard) {
                if (guard)
                    guard->cancel();
                return nullptr;
            }
            // A preview whose thread the urgent queue fetched meanwhile: nothing left to ask.
            if (queue == m_queue && cursor.isEmpty() && m_fresh.contains(conversationId)) {
                if (m_fetching.value(conversationId) == queue)
                    m_fetching.remove(conversationId);
                guard->cancel();
                return nullptr;
            }
            auto *call = m_provider->listMessages(m_org, conversationId, ListQuery{kPageSize, cursor, {}, {}});
            connect(call, &ApiCall::finished, this, [this, queue, call, conversationId, collected, gen, guard] {
                if (gen != m_generation || !guard) {
                    if (guard)
                        guard->cancel();
                    return;
                }
                if (!call->succeeded()) {
                    guard->fail(call->error());
                    if (call->error().kind() != ApiError::Kind::Cancelled)
                        failed(conversationId, call->error().kind() == ApiError::Kind::NotFound);
                    return;
                }
                const Page<Message> &page = call->result();
                *collected += page.items;
                // An empty page ends the walk too: a server that pages nothing forever would loop.
                const bool more = !page.items.isEmpty() && guard->advance(page.nextCursor, page.hasMore, page.items.size());
                if (more) {
                    fetchPage(queue, conversationId, page.nextCursor, collected, guard);
                } else {
                    guard->cancel(); // a no-op when advance() finished it
                    fetched(conversationId, *collected);
                }
            });
            return call;
        },
        this);
}

void ReviewPreviews::fetched(const QString &conversationId, QList<Message> messages)
{
    m_fetching.remove(conversationId);
    m_failedAt.remove(conversationId);
    m_fresh.insert(conversationId);
    // The thread view's order: by sent, else drafted time (the list's order is not documented).
    std::stable_sort(messages.begin(), messages.end(), [](const Message &a, const Message &b) {
        return MessageCodec::orderingTime(a) < MessageCodec::orderingTime(b);
    });
    if (m_cache)
        m_cache->saveThread(conversationId, messages);
    update(conversationId, messages);
    Q_EMIT threadFetched(conversationId);
}

void ReviewPreviews::failed(const QString &conversationId, bool gone)
{
    m_fetching.remove(conversationId);
    m_failedAt.insert(conversationId, QDateTime::currentMSecsSinceEpoch());
    if (!m_model)
        return;
    // Offline: asked again the next time the row is shown. Gone: nothing to show, ever.
    m_model->update(conversationId, [gone](ReviewItem &i) {
        i.preview = gone ? ReviewItem::Preview::Known : ReviewItem::Preview::Unknown;
    });
}

} // namespace repdesk
