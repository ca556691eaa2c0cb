#pragma once

#include "ApiError.h"
#include "Message.h"

#include <QAbstractListModel>
#include <QPointer>

namespace repdesk {

class Cache;
class InboxProvider;
class PageWalk;

// All messages of one conversation, oldest first. Shows the cached thread at
// once, then walks every page from the server and replaces it; a switch to
// another conversation cancels the walk so late pages never leak across.
class MessageThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        ModalityRole,
        DirectionRole,
        SubjectRole,
        ContentRole,
        AgentIdRole,
        SentAtRole,
    };
    enum class State { Empty, Cached, Loading, Loaded, Error };
    Q_ENUM(State)

    explicit MessageThreadModel(QObject *parent = nullptr);

    void setSource(InboxProvider *provider, Cache *cache, const QString &organizationId);
    void load(const QString &conversationId);
    void reload() { load(m_conversationId); }
    void clear();

    QString conversationId() const { return m_conversationId; }
    const QList<Message> &messages() const { return m_messages; }
    State state() const { return m_state; }
    const ApiError &lastError() const { return m_error; }
    void setPageSize(int limit) { m_pageSize = limit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

Q_SIGNALS:
    void stateChanged(repdesk::MessageThreadModel::State state);
    // The messages changed (from the cache or the server).
    void threadChanged();
    void failed(const repdesk::ApiError &error);

private:
    void setMessages(QList<Message> messages);
    void setState(State s);

    InboxProvider *m_provider = nullptr;
    Cache *m_cache = nullptr;
    QString m_org;
    QString m_conversationId;
    QList<Message> m_messages;
    QPointer<PageWalk> m_walk;
    State m_state = State::Empty;
    ApiError m_error;
    int m_pageSize = 100;
};

} // namespace repdesk
