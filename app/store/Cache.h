#pragma once

#include "Agent.h"
#include "Company.h"
#include "Contact.h"
#include "Conversation.h"
#include "Message.h"
#include "Organization.h"

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

    static QString defaultDirectory(); // QStandardPaths::CacheLocation + "/repdesk"

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

    // The moment of the last successful refresh; the next one asks start_date >= it.
    QDateTime lastSync() const;
    void setLastSync(const QDateTime &when);

    // Size bound: when the file grows past maxBytes, the least recently opened
    // threads (then the oldest conversations) are dropped.
    qint64 sizeBytes() const;
    void enforceLimit(qint64 maxBytes);
    // Removes every cached file of this account (Settings > Clear cache). The
    // Cache stays usable: the selected organization stays selected and its
    // (empty) file is recreated on the next call; no need to reopen it.
    bool clear();

Q_SIGNALS:
    void error(const QString &message);

private:
    class Private;
    Private *d;
};

} // namespace repdesk
