#include "AgentConversationListModel.h"

#include "Cache.h"
#include "HyperRepClient.h"
#include "Page.h"
#include "RelativeTime.h"

namespace repdesk {

AgentConversationListModel::AgentConversationListModel(QObject *parent) : PagedListModel(parent) {}

void AgentConversationListModel::setSource(HyperRepClient *client, Cache *cache, const QString &organizationId,
                                           const QString &agentId)
{
    m_client = client;
    m_cache = cache;
    m_org = organizationId;
    m_agent = agentId;
    resetPaging();
    beginResetModel();
    clearItems();
    endResetModel();
}

const Conversation *AgentConversationListModel::conversation(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void AgentConversationListModel::clearItems()
{
    m_rows.clear();
    m_index.clear();
    m_names.clear();
}

QString AgentConversationListModel::contactName(const QString &contactId) const
{
    if (contactId.isEmpty() || !m_cache)
        return {};
    const auto it = m_names.constFind(contactId);
    if (it != m_names.constEnd())
        return *it;
    const std::optional<Contact> contact = m_cache->contact(contactId);
    QString name = contact ? contact->name.trimmed() : QString();
    if (name.isEmpty() && contact)
        name = contact->email;
    m_names.insert(contactId, name);
    return name;
}

QVariant AgentConversationListModel::itemData(int row, int role) const
{
    const Conversation &c = m_rows.at(row);
    switch (role) {
    case ConversationIdRole:
        return c.conversationId;
    case ContactIdRole:
        return c.contactId;
    case ContactNameRole:
        return contactName(c.contactId);
    case StartAtRole:
        return c.startAt;
    case LastActivityAtRole:
        return c.lastActivityAt;
    case FolderRole:
        return c.folder;
    case UnreadRole:
        return c.isUnread();
    case Qt::DisplayRole: {
        const QString name = contactName(c.contactId);
        //: An agent's conversation in a list: contact, then when it was last active
        return tr("%1 — %2").arg(name.isEmpty() ? tr("Unknown contact") : name, RelativeTime::format(c.lastActivityAt));
    }
    case Qt::ToolTipRole:
        return RelativeTime::full(c.lastActivityAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> AgentConversationListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(ContactIdRole, "contactId");
    names.insert(ContactNameRole, "contactName");
    names.insert(StartAtRole, "startAt");
    names.insert(LastActivityAtRole, "lastActivityAt");
    names.insert(FolderRole, "folder");
    names.insert(UnreadRole, "unread");
    return names;
}

ApiCall *AgentConversationListModel::requestPage(const QString &cursor)
{
    if (!m_client || m_org.isEmpty() || m_agent.isEmpty())
        return nullptr;
    return m_client->listAgentConversations(m_org, m_agent, ListQuery{m_pageSize, cursor, {}, {}});
}

void AgentConversationListModel::consumePage(ApiCall *call, bool, QString *nextCursor, bool *hasMore)
{
    const Page<Conversation> &page = static_cast<Call<Page<Conversation>> *>(call)->result();
    QList<Conversation> fresh;
    for (const Conversation &c : page.items) {
        if (!c.conversationId.isEmpty() && !m_index.contains(c.conversationId)) {
            m_index.insert(c.conversationId, int(m_rows.size() + fresh.size()));
            fresh.append(c);
        }
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
    }
    *nextCursor = page.nextCursor;
    *hasMore = !page.isLast();
}

} // namespace repdesk
