#include "MessageThreadModel.h"

#include "Cache.h"
#include "InboxProvider.h"
#include "walkPages.h"

#include <memory>

namespace repdesk {

MessageThreadModel::MessageThreadModel(QObject *parent) : QAbstractListModel(parent) {}

void MessageThreadModel::setSource(InboxProvider *provider, Cache *cache, const QString &organizationId)
{
    clear();
    m_provider = provider;
    m_cache = cache;
    m_org = organizationId;
}

void MessageThreadModel::clear()
{
    if (m_walk) {
        m_walk->disconnect(this);
        m_walk->cancel();
    }
    m_conversationId.clear();
    setMessages({});
    setState(State::Empty);
}

void MessageThreadModel::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void MessageThreadModel::setMessages(QList<Message> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
    Q_EMIT threadChanged();
}

void MessageThreadModel::load(const QString &conversationId)
{
    if (m_walk) {
        m_walk->disconnect(this);
        m_walk->cancel();
    }
    m_conversationId = conversationId;
    m_error = ApiError();
    if (conversationId.isEmpty()) {
        clear();
        return;
    }
    QList<Message> cached = m_cache ? m_cache->thread(conversationId) : QList<Message>();
    const bool haveCache = !cached.isEmpty();
    setMessages(std::move(cached));
    setState(haveCache ? State::Cached : State::Loading);
    if (!m_provider)
        return;

    auto collected = std::make_shared<QList<Message>>();
    InboxProvider *provider = m_provider;
    const QString org = m_org;
    const int limit = m_pageSize;
    m_walk = walkPages<Message>(
        [provider, org, conversationId, limit](const QString &cursor) {
            return provider->listMessages(org, conversationId, ListQuery{limit, cursor, {}, {}});
        },
        [collected](const Page<Message> &page) { *collected += page.items; }, this);
    connect(m_walk, &PageWalk::finished, this, [this, collected, conversationId](const ApiError &error) {
        if (conversationId != m_conversationId)
            return;
        if (error.isError()) {
            if (error.kind() == ApiError::Kind::Cancelled)
                return;
            m_error = error;
            setState(m_messages.isEmpty() ? State::Error : State::Cached);
            Q_EMIT failed(error);
            return;
        }
        std::stable_sort(collected->begin(), collected->end(), [](const Message &a, const Message &b) {
            const QDateTime ta = a.sentAt.isValid() ? a.sentAt : a.draftedAt;
            const QDateTime tb = b.sentAt.isValid() ? b.sentAt : b.draftedAt;
            return ta < tb;
        });
        if (m_cache)
            m_cache->saveThread(conversationId, *collected);
        setMessages(*collected);
        setState(State::Loaded);
    });
}

int MessageThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_messages.size();
}

QVariant MessageThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return role == Qt::DisplayRole && m.subject.isEmpty() ? m.content.left(200) : m.subject;
    case MessageIdRole: return m.messageId;
    case ModalityRole: return m.modality;
    case DirectionRole: return m.messageDirection;
    case ContentRole: return m.content;
    case AgentIdRole: return m.agentId;
    case SentAtRole: return m.sentAt;
    default: return {};
    }
}

} // namespace repdesk
