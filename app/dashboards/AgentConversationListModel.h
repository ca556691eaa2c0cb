#pragma once

#include "Contact.h"
#include "Conversation.h"
#include "HyperRepClient.h"
#include "PagedListModel.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace repdesk {

class Cache;

// One agent's conversations (GET .../agents/{id}/conversations), paged
// through PagedListModel, in the server's order; a conversation seen twice is
// kept once. Contact names come from the organization's cache when known.
class AgentConversationListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = FirstItemRole, // QString, opaque
        ContactIdRole,                      // QString
        ContactNameRole,                    // QString: from the cache; empty when unknown
        StartAtRole,                        // QDateTime UTC
        LastActivityAtRole,                 // QDateTime UTC
        FolderRole,                         // QString: raw folder slug
        UnreadRole,                         // bool: the server said it is unread
    };
    Q_ENUM(Role)

    explicit AgentConversationListModel(QObject *parent = nullptr);

    // Clears the rows; the next fetchMore() (or reload()) loads the first page.
    void setSource(HyperRepClient *client, Cache *cache, const QString &organizationId, const QString &agentId);
    QString agentId() const { return m_agent; }
    void setPageSize(int limit) { m_pageSize = limit; }
    const Conversation *conversation(int row) const;

    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount() const override { return int(m_rows.size()); }
    QVariant itemData(int row, int role) const override;
    ApiCall *requestPage(const QString &cursor) override;
    void consumePage(ApiCall *call, bool firstPage, QString *nextCursor, bool *hasMore) override;
    void clearItems() override;

private:
    QString contactName(const QString &contactId) const;

    QPointer<HyperRepClient> m_client;
    QPointer<Cache> m_cache;
    QString m_org;
    QString m_agent;
    int m_pageSize = 50;
    QList<Conversation> m_rows;
    QHash<QString, int> m_index;
    mutable QHash<QString, QString> m_names; // contact id -> name, read once from the cache
};

} // namespace repdesk
