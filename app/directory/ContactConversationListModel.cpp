#include "ContactConversationListModel.h"

#include "InboxProvider.h"
#include "Page.h"
#include "RelativeTime.h"

namespace repdesk {

ContactConversationListModel::ContactConversationListModel(QObject *parent) : PagedListModel(parent) {}

void ContactConversationListModel::setSource(InboxProvider *provider, const QString &organizationId,
                                             const QString &contactId)
{
    m_provider = provider;
    m_org = organizationId;
    m_contact = contactId;
    resetPaging();
    beginResetModel();
    clearItems();
    endResetModel();
}

const Conversation *ContactConversationListModel::conversation(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ContactConversationListModel::clearItems()
{
    m_rows.clear();
    m_index.clear();
}

QVariant ContactConversationListModel::itemData(int row, int role) const
{
    const Conversation &c = m_rows.at(row);
    switch (role) {
    case ConversationIdRole:
        return c.conversationId;
    case StartAtRole:
        return c.startAt;
    case LastActivityAtRole:
        return c.lastActivityAt;
    case FolderRole:
        return c.folder;
    case UnreadRole:
        return c.isUnread();
    case Qt::DisplayRole: {
        const QDateTime when = c.lastActivityAt.isValid() ? c.lastActivityAt : c.startAt;
        const QString time = when.isValid() ? RelativeTime::format(when) : tr("no date");
        const QString folder = c.folder.isEmpty() ? tr("no folder") : c.folder;
        //: A contact's conversation in a list: when it was last active, its folder, and whether it is unread
        return c.isUnread() ? tr("%1 — %2 — unread").arg(time, folder) : tr("%1 — %2").arg(time, folder);
    }
    case Qt::ToolTipRole:
        return RelativeTime::full(c.lastActivityAt.isValid() ? c.lastActivityAt : c.startAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactConversationListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(StartAtRole, "startAt");
    names.insert(LastActivityAtRole, "lastActivityAt");
    names.insert(FolderRole, "folder");
    names.insert(UnreadRole, "unread");
    return names;
}

ApiCall *ContactConversationListModel::requestPage(const QString &cursor)
{
    if (!m_provider || m_org.isEmpty() || m_contact.isEmpty())
        return nullptr;
    return m_provider->listContactConversations(m_org, m_contact, ListQuery{m_pageSize, cursor, {}, {}});
}

void ContactConversationListModel::consumePage(ApiCall *call, bool, QString *nextCursor, bool *hasMore)
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
