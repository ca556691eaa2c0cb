#include "InboxSync.h"

#include "Cache.h"
#include "ConversationListModel.h"
#include "InboxProvider.h"
#include "LogCategories.h"
#include "walkPages.h"

#include <QTimer>

#include <memory>

namespace repdesk {

InboxSync::InboxSync(QObject *parent) : QObject(parent) {}

void InboxSync::setSource(InboxProvider *provider, Cache *cache, ConversationListModel *model,
                          const QString &organizationId)
{
    ++m_generation;
    if (PageWalk *walk = m_walk) {
        m_walk = nullptr;
        walk->disconnect(this);
        walk->cancel();
    }
    m_running = false;
    m_fullWalk = false;
    m_provider = provider;
    m_cache = cache;
    m_model = model;
    m_org = organizationId;
    m_lastSync = cache ? cache->lastSync() : QDateTime();
    m_lastFullWalk.invalidate();
}

QDateTime InboxSync::lastSync() const
{
    return m_lastSync;
}

void InboxSync::markSynced(const QDateTime &when)
{
    m_lastSync = when;
    if (m_cache)
        m_cache->setLastSync(when);
}

bool InboxSync::cacheUsable() const
{
    // One Cache serves every organization of the account: a walk must never
    // write, or remove, in another organization's file.
    return m_cache && m_cache->isOpen() && m_cache->organizationId() == m_org;
}

void InboxSync::syncNow()
{
    if (m_running)
        return;
    if (!m_provider || m_org.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(ApiError()); });
        return;
    }
    const bool full = !m_lastFullWalk.isValid() || m_lastFullWalk.elapsed() >= m_fullWalkIntervalMs;
    m_running = true;
    m_fullWalk = full;
    Q_EMIT started();
    auto run = std::make_shared<Run>();
    run->generation = m_generation;
    run->full = full;
    run->since = m_lastSync.isValid() ? m_lastSync.addSecs(-overlapSeconds) : QDateTime();
    run->requestedAt = QDateTime::currentDateTimeUtc();
    run->started.start();
    // The cache records which rows a full walk saw; without a usable file the
    // walk keeps their ids itself (Run::seen), for the list alone.
    if (full && cacheUsable())
        run->cacheWalk = m_cache->beginConversationWalk();
    InboxProvider *provider = m_provider;
    const QString org = m_org;
    const QDateTime since = run->since;
    const int limit = full ? m_fullWalkPageSize : incrementalPageSize;
    m_walk = walkPages<Conversation>(
        [provider, org, since, full, limit](const QString &cursor) {
            ListQuery q;
            q.limit = limit;
            q.cursor = cursor;
            if (!full)
                q.startDate = since;
            return provider->listConversations(org, q);
        },
        // walkPages asks for the next page as soon as this returns: the page is
        // applied in a later turn of the event loop, while that request is in
        // flight, and apart from the decoding that just took this turn.
        [this, run](const Page<Conversation> &page) {
            QMetaObject::invokeMethod(this, [this, run, page] { applyPage(*run, page); }, Qt::QueuedConnection);
        },
        this);
    // Queued too, so it follows the pages queued before it.
    connect(m_walk, &PageWalk::finished, this, [this, run](const ApiError &error) {
        QMetaObject::invokeMethod(this, [this, run, error] { finishRun(*run, error); }, Qt::QueuedConnection);
    });
}

void InboxSync::applyPage(Run &run, const Page<Conversation> &page)
{
    if (run.generation != m_generation)
        return;
    run.lossy = run.lossy || !page.itemErrors.isEmpty();
    mergeIntoModel(run, page.items);
    if (run.cacheWalk > 0 && !run.cacheFailed) {
        // Only new and changed rows are written; the rest are marked as seen.
        if (cacheUsable() && m_cache->saveConversationPage(run.cacheWalk, page.items) >= 0)
            return;
        // The file failed (the Cache said why), was cleared, or another walk
        // began on it: this walk can no longer prove anything gone, but its
        // pages are still worth keeping.
        qCWarning(lcSync, "the cache did not record a page of the full walk; this walk removes nothing");
        run.cacheFailed = true;
    }
    if (cacheUsable())
        m_cache->upsertConversations(page.items);
    if (run.full && run.cacheWalk == 0) {
        for (const Conversation &c : page.items)
            run.seen.insert(c.conversationId);
    }
}

void InboxSync::finishRun(Run &run, const ApiError &error)
{
    if (run.generation != m_generation)
        return;
    m_running = false;
    m_fullWalk = false;
    const bool firstSync = !m_lastSync.isValid();
    if (!error.isError()) {
        if (run.full) {
            removeUnseen(run);
            finishListPaging(run);
        }
        markSynced(run.requestedAt);
        if (run.full)
            m_lastFullWalk = run.started;
    }
    // Pages applied before a failure stay applied, so what they made unread is reported too.
    run.fresh.removeDuplicates();
    if (!firstSync && !run.fresh.isEmpty())
        Q_EMIT newUnread(run.fresh, run.activityBefore);
    Q_EMIT finished(error);
}

void InboxSync::mergeIntoModel(Run &run, const QList<Conversation> &items)
{
    if (!m_model)
        return;
    const QDateTime &since = run.since;
    // A conversation the list did not have counts as newly unread only when
    // its activity is recent: a full walk also brings old unread ones that
    // were merely never loaded (the list may hold a single page).
    const auto isRecent = [&since](const Conversation &c) {
        return since.isValid() && c.lastActivityAt.isValid() && c.lastActivityAt >= since;
    };
    // A date-filtered list (server side, on a field the docs do not name)
    // cannot be filtered here: it takes updates of its rows and what the
    // poll would have added, not the whole organization. A list under a
    // conversation query (status, assignee, tag, words) cannot tell whether a
    // new conversation matches: it takes updates of its own rows only.
    const bool filtered = m_model->isServerFiltered();
    const bool queried = m_model->conversationQuery().filters();
    QList<Conversation> forModel;
    forModel.reserve(items.size());
    QHash<QString, QDateTime> unreadBefore;
    QSet<QString> unknownBefore;
    for (const Conversation &c : items) {
        if (const int row = m_model->rowOf(c.conversationId); row >= 0) {
            if (const Conversation *old = m_model->conversation(row); old && old->isUnread())
                unreadBefore.insert(c.conversationId, old->lastActivityAt);
            forModel.append(c);
            continue;
        }
        if (queried || (filtered && !isRecent(c)))
            continue;
        unknownBefore.insert(c.conversationId);
        forModel.append(c);
    }
    QHash<QString, const Conversation *> byId;
    for (const Conversation &c : forModel)
        byId.insert(c.conversationId, &c);
    for (const QString &id : m_model->merge(forModel)) {
        const Conversation *c = byId.value(id);
        if (unknownBefore.contains(id) && !(c && isRecent(*c)))
            continue;
        // Unread already, with newer activity: what it had before tells which messages are new.
        // Only as the run first saw it: a row this run made unread, or already reported, keeps
        // what it had (a row on two pages of one walk is merged twice).
        if (const auto it = unreadBefore.constFind(id); it != unreadBefore.cend() && !run.fresh.contains(id))
            run.activityBefore.insert(id, *it);
        run.fresh << id;
    }
}

void InboxSync::finishListPaging(const Run &run)
{
    // The walk listed every conversation, so the (unfiltered) list has them all: paging it from the
    // top again would fetch each row twice, and a short folder or a search that matches little would
    // ask for page after page long after this sync ended. A lossy walk leaves the paging as it was.
    if (!m_model || run.lossy || m_model->isServerFiltered() || m_model->conversationQuery().servedOrder())
        return;
    m_model->finishPaging();
}

void InboxSync::removeUnseen(Run &run)
{
    // Only a complete list proves a conversation is gone; a page with
    // undecodable items leaves their ids unknown, so nothing is removed then.
    if (run.lossy)
        return;
    if (run.cacheWalk > 0) {
        if (run.cacheFailed || !cacheUsable())
            return;
        // One statement in the cache; the list loses the same rows by row removals.
        const std::optional<QStringList> gone = m_cache->finishConversationWalk(run.cacheWalk);
        if (gone && !gone->isEmpty()) {
            qCDebug(lcSync, "removed %lld conversations the server no longer lists", qlonglong(gone->size()));
            if (m_model)
                m_model->remove(*gone);
        }
        return;
    }
    if (!m_model)
        return;
    QStringList gone;
    for (int row = 0; row < m_model->itemRowCount(); ++row) {
        const QString &id = m_model->conversation(row)->conversationId;
        if (!run.seen.contains(id))
            gone << id;
    }
    m_model->remove(gone);
}

} // namespace repdesk
