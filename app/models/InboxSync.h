#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace repdesk {

class Cache;
class ConversationListModel;
class InboxProvider;
class PageWalk;

// Incremental refresh of the conversation list: asks only for what changed
// since the last successful sync (start_date = last sync minus a small
// overlap for clock skew), merges it into the model and the cache, and
// reports conversations that became unread so the UI can notify.
class InboxSync : public QObject
{
    Q_OBJECT
public:
    explicit InboxSync(QObject *parent = nullptr);

    void setSource(InboxProvider *provider, Cache *cache, ConversationListModel *model, const QString &organizationId);
    // Starts a sync unless one is running; `finished` follows in every case.
    void syncNow();
    bool isRunning() const { return !m_walk.isNull(); }
    QDateTime lastSync() const;
    // The first page load of a fresh cache counts as a sync point.
    void markSynced(const QDateTime &when);

    static constexpr int overlapSeconds = 120;

Q_SIGNALS:
    void started();
    void finished(const repdesk::ApiError &error);
    void newUnread(const QStringList &conversationIds);

private:
    InboxProvider *m_provider = nullptr;
    Cache *m_cache = nullptr;
    ConversationListModel *m_model = nullptr;
    QString m_org;
    QDateTime m_lastSync;
    QPointer<PageWalk> m_walk;
    quint64 m_generation = 0;
};

} // namespace repdesk
