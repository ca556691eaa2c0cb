#pragma once

#include "Conversation.h"
#include "PagedListModel.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace repdesk {

class InboxProvider;

// One contact's conversations (GET .../contacts/{id}/conversations), paged through
// PagedListModel in the server's order; a conversation seen twice is kept once.
class ContactConversationListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = FirstItemRole, // QString, opaque
        StartAtRole,                        // QDateTime UTC
        LastActivityAtRole,                 // QDateTime UTC
        FolderRole,                         // QString: raw folder slug
        UnreadRole,                         // bool: the server said it is unread
    };
    Q_ENUM(Role)

    explicit ContactConversationListModel(QObject *parent = nullptr);

    // Clears the rows; the next fetchMore() (or reload()) loads the first page.
    void setSource(InboxProvider *provider, const QString &organizationId, const QString &contactId);
    QString contactId() const { return m_contact; }
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
    QPointer<InboxProvider> m_provider;
    QString m_org;
    QString m_contact;
    int m_pageSize = 50;
    QList<Conversation> m_rows;
    QHash<QString, int> m_index;
};

} // namespace repdesk
