#include "InboxSync.h"

#include "Cache.h"
#include "ConversationListModel.h"
#include "InboxProvider.h"
#include "walkPages.h"

#include <QSet>
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
    const QDateTime requestedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer walkStarted;
    walkStarted.start();
    const QDateTime since = m_lastSync.isValid() ? m_lastSync.addSecs(-overlapSeconds) : QDateTime();
    auto walked = std::make_shared<Walked>();
    InboxProvider *provider = m_provider;
    const QString org = m_org;
    const quint64 gen = m_generation;
    m_walk = walkPages<Conversation>(
        [provider, org, since, full](const QString &cursor) {
            ListQuery q;
            q.limit = full ? fullWalkPageSize : incrementalPageSize;
            q.cursor = cursor;
            if (!full)
                q.startDate = since;
            return provider->listConversations(org, q);
        },
        [walked](const Page<Conversation> &page) {
            walked->items += page.items;
            walked->lossy = walked->lossy || !page.itemErrors.isEmpty();
        },
        this);
    connect(m_walk, &PageWalk::finished, this, [this, walked, requestedAt, since, full, walkStarted, gen](const ApiError &error) {
        if (gen != m_generation)
            return;
        m_running = false;
        m_fullWalk = false;
        if (!error.isError()) {
            apply(*walked, full, since);
            markSynced(requestedAt);
            if (full)
                m_lastFullWalk = walkStarted;
        }
        Q_EMIT finished(error);
    });
}

void InboxSync::apply(const Walked &walked, bool full, const QDateTime &since)
{
    const bool firstSync = !m_lastSync.isValid();
    const QStringList fresh = mergeIntoModel(walked.items, since);
    if (m_cache)
        m_cache->upsertConversations(walked.items);
    // Only a complete list proves a conversation is gone; a page with
    // undecodable items leaves their ids unknown, so nothing is removed then.
    if (full && !walked.lossy)
        removeMissing(walked.items);
    if (!firstSync && !fresh.isEmpty())
        Q_EMIT newUnread(fresh);
}

QStringList InboxSync::mergeIntoModel(const QList<Conversation> &items, const QDateTime &since)
{
    if (!m_model)
        return {};
    // A conversation the list did not have counts as newly unread only when
    // its activity is recent: a full walk also brings old unread ones that
    // were merely never loaded (the list may hold a single page).
    const auto isRecent = [&since](const Conversation &c) {
        return since.isValid() && c.lastActivityAt.isValid() && c.lastActivityAt >= since;
    };
    // A date-filtered list (server side, on a field the docs do not name)
    // cannot be filtered here: it takes updates of its rows and what the
    // poll would have added, not the whole organization.
    const bool filtered = m_model->dateRangeStart().isValid() || m_model->dateRangeEnd().isValid();
    QList<Conversation> forModel;
    forModel.reserve(items.size());
    QSet<QString> unknownBefore;
    for (const Conversation &c : items) {
        if (m_model->rowOf(c.conversationId) >= 0) {
            forModel.append(c);
            continue;
        }
        if (filtered && !isRecent(c))
            continue;
        unknownBefore.insert(c.conversationId);
        forModel.append(c);
    }
    QHash<QString, const Conversation *> byId;
    for (const Conversation &c : forModel)
        byId.insert(c.conversationId, &c);
    QStringList fresh;
    for (const QString &id : m_model->merge(forModel)) {
        const Conversation *c = byId.value(id);
        if (!unknownBefore.contains(id) || (c && isRecent(*c)))
            fresh << id;
    }
    return fresh;
}

void InboxSync::removeMissing(const QList<Conversation> &items)
{
    QSet<QString> listed;
    listed.reserve(items.size());
    for (const Conversation &c : items)
        listed.insert(c.conversationId);
    if (m_model) {
        QStringList gone;
        for (int row = 0; row < m_model->itemRowCount(); ++row) {
            const QString &id = m_model->conversation(row)->conversationId;
            if (!listed.contains(id))
                gone << id;
        }
        m_model->remove(gone);
    }
    if (m_cache) {
        QStringList gone;
        for (const QString &id : m_cache->conversationIds()) {
            if (!listed.contains(id))
                gone << id;
        }
        m_cache->removeConversations(gone);
    }
}

} // namespace repdesk
