#include "InboxSync.h"

#include "Cache.h"
#include "ConversationListModel.h"
#include "InboxProvider.h"
#include "walkPages.h"

#include <QTimer>

#include <memory>

namespace repdesk {

InboxSync::InboxSync(QObject *parent) : QObject(parent) {}

void InboxSync::setSource(InboxProvider *provider, Cache *cache, ConversationListModel *model,
                          const QString &organizationId)
{
    ++m_generation;
    if (m_walk) {
        m_walk->disconnect(this);
        m_walk->cancel();
    }
    m_provider = provider;
    m_cache = cache;
    m_model = model;
    m_org = organizationId;
    m_lastSync = cache ? cache->lastSync() : QDateTime();
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
    if (m_walk)
        return;
    if (!m_provider || m_org.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(ApiError()); });
        return;
    }
    Q_EMIT started();
    const QDateTime requestedAt = QDateTime::currentDateTimeUtc();
    const QDateTime since = m_lastSync.isValid() ? m_lastSync.addSecs(-overlapSeconds) : QDateTime();
    auto changed = std::make_shared<QList<Conversation>>();
    InboxProvider *provider = m_provider;
    const QString org = m_org;
    const quint64 gen = m_generation;
    m_walk = walkPages<Conversation>(
        [provider, org, since](const QString &cursor) {
            ListQuery q;
            q.limit = 200;
            q.cursor = cursor;
            q.startDate = since;
            return provider->listConversations(org, q);
        },
        [changed](const Page<Conversation> &page) { *changed += page.items; }, this);
    connect(m_walk, &PageWalk::finished, this, [this, changed, requestedAt, gen](const ApiError &error) {
        if (gen != m_generation)
            return;
        if (!error.isError()) {
            const QStringList fresh = m_model ? m_model->merge(*changed) : QStringList();
            if (m_cache)
                m_cache->upsertConversations(*changed);
            const bool firstSync = !m_lastSync.isValid();
            markSynced(requestedAt);
            if (!firstSync && !fresh.isEmpty())
                Q_EMIT newUnread(fresh);
        }
        Q_EMIT finished(error);
    });
}

} // namespace repdesk
