#pragma once

#include "Agent.h"
#include "CachedAnalytics.h"
#include "Company.h"
#include "Contact.h"
#include "Conversation.h"
#include "Message.h"
#include "Organization.h"
#include "ReviewCheck.h"
#include "Sale.h"
#include "SalesWalkState.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace repdesk {

// The offline-first store: one SQLite database (WAL) per account and
// organization, so switching organizations never mixes data, plus an
// account-level list of organizations. Lists paint from here at once; the
// network refreshes them afterwards. Never stores the API key.
class Cache : public QObject
{
    Q_OBJECT
public:
    // `directory` holds every account's files (tests pass a temporary dir);
    // `accountKey` is Account::storageKey().
    Cache(const QString &directory, const QString &accountKey, QObject *parent = nullptr);
    ~Cache() override;

    // QStandardPaths::CacheLocation + "/repdesk", or empty when the system has
    // no (absolute) cache location: there is no fallback to a shared folder, so
    // a Cache, DraftJournal or Outbox given it fails to open and says why.
    static QString defaultDirectory();

    // True while an organization is selected and usable. When its file cannot
    // be opened (e.g. an unwritable directory) openOrganization() returns false,
    // lastError() says why, and every call below is a no-op returning empty values.
    // A damaged file is deleted and recreated (error() says so), never fatal.
    bool isOpen() const;
    QString lastError() const;

    // Account level.
    void saveOrganizations(const QList<Organization> &organizations);
    QList<Organization> organizations() const;

    // Opens (creating if needed) the database of one organization. All calls below act on it.
    bool openOrganization(const QString &organizationId);
    QString organizationId() const;

    void upsertConversations(const QList<Conversation> &conversations);
    // Most recent activity first.
    QList<Conversation> conversations(int limit = -1) const;
    int conversationCount() const;
    QStringList conversationIds() const;
    // Gone from the server: drops the conversations and their stored threads.
    void removeConversations(const QStringList &conversationIds);

    // The full reconciliation walk (InboxSync) over every conversation, kept
    // like the sales index's: each row remembers the walk that last saw it;
    // see ConversationTable for what each step does.
    // Starts a walk; its id, 0 when the file is unusable.
    qint64 beginConversationWalk();
    // One page of walk `walk`, in one transaction: new and changed rows are
    // written, identical ones only marked as seen. The number of rows written,
    // or -1 when nothing was (the file is unusable, or `walk` was superseded).
    int saveConversationPage(qint64 walk, const QList<Conversation> &conversations);
    // Walk `walk` listed everything: removes the conversations it did not
    // see, with their stored threads, and returns their ids; nullopt when
    // nothing changed (the file is unusable, or `walk` was superseded).
    std::optional<QStringList> finishConversationWalk(qint64 walk);

    void upsertContacts(const QList<Contact> &contacts);
    std::optional<Contact> contact(const QString &contactId) const;
    QHash<QString, Contact> allContacts() const;

    void upsertCompanies(const QList<Company> &companies);
    std::optional<Company> company(const QString &companyId) const;

    void upsertAgents(const QList<Agent> &agents);
    QHash<QString, Agent> agents() const;

    // A thread as last fetched, in order; replaces what was stored. Also
    // records the latest message's modality for the conversation list.
    void saveThread(const QString &conversationId, const QList<Message> &messages);
    QList<Message> thread(const QString &conversationId) const;
    QHash<QString, QString> latestModalities() const; // conversation id -> modality

    // The sales index (SalesIndex): every sale of the organization, looked up
    // by conversation and by contact. A walk over GET /sales writes page by
    // page; see SaleTable for what each step does.
    SalesWalkState salesWalkState() const;
    // Starts a walk from the top (forgets a saved cursor); its id, 0 when the file is unusable.
    qint64 beginSalesWalk();
    // One page of walk `walk` and the cursor after it, atomically. False when
    // nothing was written (the file is unusable, or `walk` was superseded).
    bool saveSalesPage(qint64 walk, const QList<Sale> &sales, const QString &nextCursor, bool itemsFailed = false);
    // Walk `walk` reached the end: removes the sales it did not see (unless a
    // page had sales that did not decode) and records `when`. The number
    // removed, or -1 when nothing changed.
    int finishSalesWalk(qint64 walk, const QDateTime &when);
    // Most recent activity first.
    QList<Sale> salesForConversation(const QString &conversationId) const;
    QList<Sale> salesForContact(const QString &contactId) const;
    int saleCount() const;
    // Every sale of the index, most recent activity first (the dashboards' drill-down).
    QList<Sale> allSales() const;
    // Changes whenever the sales this Cache can answer may have changed: a page or a walk's
    // end written, or the organization's file closed or reopened (another organization,
    // clear(), a damaged file reset). SalesIndex keeps one decoded allSales() per revision.
    quint64 salesRevision() const;

    // The dashboards' analytics answers (AnalyticsTable), by key: closed
    // ranges kept for good (`permanent`), and each screen's last answers.
    void saveAnalytics(const QString &key, const CachedAnalytics &entry);
    std::optional<CachedAnalytics> analytics(const QString &key) const;

    // The review queue (ReviewTable): what its discovery learned per
    // conversation, and the conversations it looks at (activity at or after
    // `since`, most recent first, from the cached list the sync keeps current).
    void saveReviewChecks(const QList<ReviewCheck> &checks);
    QHash<QString, ReviewCheck> reviewChecks() const;
    void removeReviewChecks(const QStringList &conversationIds);
    // Forgets checks of conversations gone from the cache or last active before `before`.
    void pruneReviewChecks(const QDateTime &before);
    QList<Conversation> conversationsActiveSince(const QDateTime &since) const;

    // The moment of the last successful refresh; the next one asks start_date >= it.
    QDateTime lastSync() const;
    void setLastSync(const QDateTime &when);

    // Size bound: when the file grows past maxBytes, the least recently opened
    // threads (then the oldest conversations) are dropped.
    qint64 sizeBytes() const;
    void enforceLimit(qint64 maxBytes);
    // Removes every cached file of this account (Settings > Clear cache), but
    // not the draft journal or outbox that share its folder (AccountFiles::remove()
    // deletes those too). The Cache stays usable: the selected organization
    // stays selected and its (empty) file is recreated on the next call.
    bool clear();

Q_SIGNALS:
    void error(const QString &message);

private:
    class Private;
    Private *d;
};

} // namespace repdesk
