#pragma once

#include "Conversation.h"
#include "ListQuery.h"
#include "PagedListModel.h"

#include <QHash>
#include <QVector>

namespace repdesk {

class Cache;
class ContactDirectory;
class InboxProvider;

// The conversation list of one organization, most recent activity first.
// Rows come from the cache at once, then from the network page by page
// (PagedListModel) and from incremental polls (merge()).
class ConversationListModel : public PagedListModel
{
    Q_OBJECT
public:
    // Item roles. Every row is a conversation; footer rows use PagedListModel's roles.
    enum Role {
        ConversationIdRole = FirstItemRole, // QString, opaque
        ContactIdRole,                      // QString, opaque (never shown)
        ContactNameRole,                    // QString: name, else email/phone; empty while being fetched
        ContactEmailRole,                   // QString
        ContactStateRole,                   // ContactState: is the name known, loading, or unknown?
        FolderRole,                         // QString, e.g. "inbox"
        IsUnreadRole,                       // bool (is_read == false; unknown counts as read)
        LastActivityRole,                   // QDateTime, UTC
        StartAtRole,                        // QDateTime, UTC
        ModalityRole,                       // QString: modality of the latest message, where known (else empty)
        OriginRole,                         // Origin: fetched this session, or shown from the cache
    };
    Q_ENUM(Role)
    enum class ContactState { Known, Loading, Unknown };
    Q_ENUM(ContactState)
    // Trojitá-style freshness: Cached rows were painted from disk and not yet
    // confirmed by the server; Fetched rows came over the network this session.
    enum class Origin { Cached, Fetched };
    Q_ENUM(Origin)

    explicit ConversationListModel(QObject *parent = nullptr);

    void setSource(InboxProvider *provider, Cache *cache, ContactDirectory *contacts, const QString &organizationId);
    QString organizationId() const { return m_org; }
    void setPageSize(int limit) { m_pageSize = limit; }

    // Paints from the cache without touching the network.
    void loadFromCache();
    // Server-side date filter; an empty range clears it. Resets and refetches.
    void setDateRange(const QDateTime &start, const QDateTime &end);
    QDateTime dateRangeStart() const { return m_query.startDate; }
    QDateTime dateRangeEnd() const { return m_query.endDate; }
    // Server-side filters and ordering (providers with ConversationQueries); an empty
    // query is the cached list by activity again. Resets and refetches. With another
    // order than Newest, rows stay in the order the server sent them.
    void setConversationQuery(const ConversationQuery &query);
    const ConversationQuery &conversationQuery() const { return m_query.conversations; }
    // The rows are a server-side selection, not the whole organization.
    bool isServerFiltered() const
    {
        return m_query.startDate.isValid() || m_query.endDate.isValid() || m_query.conversations.filters();
    }

    // Upserts conversations (from a poll or a page), keeping the order.
    // Returns the ids that are unread and were not unread (or not present) before.
    QStringList merge(const QList<Conversation> &conversations);
    // Drops the rows of conversations gone from the server (row removals, not a reset).
    void remove(const QStringList &conversationIds);
    void setModalities(const QHash<QString, QString> &modalities);
    void setModality(const QString &conversationId, const QString &modality);

    const Conversation *conversation(int row) const;
    int rowOf(const QString &conversationId) const;
    // Lower-cased "name email" for fast filtering without QVariant.
    const QString &searchKey(int row) const { return m_searchKeys.at(row); }
    // Asks the contact directory for the names of rows [first, last] it lacks.
    void ensureContacts(int firstRow, int lastRow);

    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount() const override { return m_rows.size(); }
    QVariant itemData(int row, int role) const override;
    ApiCall *requestPage(const QString &cursor) override;
    void consumePage(ApiCall *call, bool firstPage, QString *nextCursor, bool *hasMore) override;
    void clearItems() override;

private:
    void onContactsChanged(const QSet<QString> &ids);
    QString makeSearchKey(const Conversation &c) const;
    int insertionRow(const Conversation &c) const;
    void rebuildIndex(int from = 0);
    void replaceAll(QVector<Conversation> rows);
    static qint64 sortKey(const Conversation &c);
    bool isSorted() const;
    void resort();

    InboxProvider *m_provider = nullptr;
    Cache *m_cache = nullptr;
    ContactDirectory *m_contacts = nullptr;
    QString m_org;
    ListQuery m_query;
    int m_pageSize = 100;
    QVector<Conversation> m_rows;
    QVector<QString> m_searchKeys;
    QVector<bool> m_fetched;
    QVector<qint64> m_keys; // lastActivityAt in ms, parallel to m_rows, for sorting
    QHash<QString, int> m_index;
    QHash<QString, QString> m_modalities;
    // In the server's order: a new row's key is one below the last one's, so rows keep arrival order.
    qint64 m_nextServedKey = 0;
};

} // namespace repdesk
