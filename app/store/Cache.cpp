#include "Cache.h"

#include "AgentTable.h"
#include "CacheLimiter.h"
#include "CacheMeta.h"
#include "CacheSchema.h"
#include "CompanyTable.h"
#include "ContactTable.h"
#include "ConversationTable.h"
#include "OrganizationTable.h"
#include "SqliteConnection.h"
#include "ThreadTable.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>

namespace repdesk {

namespace {
Q_LOGGING_CATEGORY(lcCache, "repdesk.cache")

QString sha1Prefix(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// Account::storageKey() is already a hex digest, but the key comes from outside
// this class: anything that could climb out of `directory` is hashed instead.
QString safeFolderName(const QString &accountKey)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]*$"));
    if (safe.match(accountKey).hasMatch())
        return accountKey;
    return QStringLiteral("account-") + sha1Prefix(accountKey);
}
} // namespace

class Cache::Private
{
public:
    Private(Cache *owner, const QString &directory, const QString &accountKey)
        : q(owner), accountDirectory(QDir(directory).filePath(safeFolderName(accountKey)))
    {
    }

    QString accountPath() const { return QDir(accountDirectory).filePath(QStringLiteral("account.sqlite")); }
    QString organizationPath() const
    {
        return QDir(accountDirectory).filePath(QStringLiteral("org-%1.sqlite").arg(sha1Prefix(organizationId)));
    }

    // Opened lazily: a Cache used only for one organization never touches account.sqlite.
    bool ensureAccount()
    {
        if (account.isOpen())
            return true;
        if (accountUnavailable)
            return false;
        accountUnavailable = !opened(account.open(accountPath(), CacheSchema::account()), account,
                                     tr("The saved list of organizations"));
        return !accountUnavailable;
    }

    // After clear() the organization's files are recreated here, on first use.
    bool ensureOrganization()
    {
        if (org.isOpen())
            return true;
        if (organizationId.isEmpty())
            return false;
        if (opened(org.open(organizationPath(), CacheSchema::organization()), org,
                   tr("The offline copy of this organization")))
            return true;
        // Every call becomes a no-op until the next openOrganization().
        organizationId.clear();
        return false;
    }

    bool opened(SqliteConnection::OpenResult result, SqliteConnection &connection, const QString &what)
    {
        switch (result) {
        case SqliteConnection::OpenResult::Opened:
            return true;
        case SqliteConnection::OpenResult::Rebuilt:
            qCWarning(lcCache, "rebuilt %s: %s", qPrintable(connection.filePath()), qPrintable(connection.errorText()));
            report(tr("%1 was damaged and has been reset; it refills from the server.").arg(what));
            return true;
        case SqliteConnection::OpenResult::Failed:
            break;
        }
        report(tr("Repdesk cannot keep an offline copy: %1. It keeps working online.").arg(connection.errorText()));
        return false;
    }

    // After a statement: a damaged file is replaced by an empty one (everything
    // in it can be fetched again); other failures are only reported.
    void check(bool ok, const QSqlError &error, SqliteConnection &connection)
    {
        if (ok)
            return;
        if (!SqliteConnection::isCorruption(error)) {
            report(tr("The offline copy could not be used: %1").arg(error.text()));
            return;
        }
        const bool isAccount = &connection == &account;
        const QString path = connection.filePath();
        qCWarning(lcCache, "rebuilt %s: %s", qPrintable(path), qPrintable(error.text()));
        connection.close();
        SqliteConnection::removeFiles(path);
        // A failed reopen has already said why; claiming a reset would be wrong.
        if (isAccount ? ensureAccount() : ensureOrganization())
            report(tr("The offline copy was damaged and has been reset; it refills from the server."));
    }

    void report(const QString &message)
    {
        lastError = message;
        Q_EMIT q->error(message);
    }

    static QString tr(const char *text) { return Cache::tr(text); }

    Cache *q;
    const QString accountDirectory;
    SqliteConnection account{QStringLiteral("account")};
    SqliteConnection org{QStringLiteral("org")};
    QString organizationId;
    bool accountUnavailable = false;
    QString lastError;
};

Cache::Cache(const QString &directory, const QString &accountKey, QObject *parent)
    : QObject(parent), d(new Private(this, directory, accountKey))
{
}

Cache::~Cache()
{
    delete d;
}

QString Cache::defaultDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    // No home directory (some sandboxes): never fall back to a folder at the filesystem root.
    if (base.isEmpty())
        base = QDir::tempPath();
    return base + QStringLiteral("/repdesk");
}

bool Cache::isOpen() const
{
    return d->org.isOpen() || !d->organizationId.isEmpty();
}

QString Cache::lastError() const
{
    return d->lastError;
}

void Cache::saveOrganizations(const QList<Organization> &organizations)
{
    if (!d->ensureAccount())
        return;
    QSqlError e;
    d->check(OrganizationTable::replaceAll(d->account.database(), organizations, &e), e, d->account);
}

QList<Organization> Cache::organizations() const
{
    if (!d->ensureAccount())
        return {};
    QSqlError e;
    QList<Organization> out = OrganizationTable::all(d->account.database(), &e);
    d->check(!e.isValid(), e, d->account);
    return out;
}

bool Cache::openOrganization(const QString &organizationId)
{
    if (organizationId == d->organizationId && d->org.isOpen())
        return true;
    d->org.close();
    d->organizationId = organizationId;
    if (organizationId.isEmpty()) {
        d->report(tr("No organization was given to cache."));
        return false;
    }
    if (!d->ensureOrganization())
        return false;
    d->lastError.clear();
    return true;
}

QString Cache::organizationId() const
{
    return d->organizationId;
}

void Cache::upsertConversations(const QList<Conversation> &conversations)
{
    if (conversations.isEmpty() || !d->ensureOrganization())
        return;
    QSqlError e;
    d->check(ConversationTable::upsert(d->org.database(), conversations, &e), e, d->org);
}

QList<Conversation> Cache::conversations(int limit) const
{
    if (limit == 0 || !d->ensureOrganization())
        return {};
    QSqlError e;
    QList<Conversation> out = ConversationTable::load(d->org.database(), limit, &e);
    d->check(!e.isValid(), e, d->org);
    return out;
}

int Cache::conversationCount() const
{
    if (!d->ensureOrganization())
        return 0;
    QSqlError e;
    const int count = ConversationTable::count(d->org.database(), &e);
    d->check(!e.isValid(), e, d->org);
    return count;
}

void Cache::upsertContacts(const QList<Contact> &contacts)
{
    if (contacts.isEmpty() || !d->ensureOrganization())
        return;
    QSqlError e;
    d->check(ContactTable::upsert(d->org.database(), contacts, &e), e, d->org);
}

std::optional<Contact> Cache::contact(const QString &contactId) const
{
    if (contactId.isEmpty() || !d->ensureOrganization())
        return std::nullopt;
    QSqlError e;
    std::optional<Contact> out = ContactTable::find(d->org.database(), contactId, &e);
    d->check(!e.isValid(), e, d->org);
    return out;
}

QHash<QString, Contact> Cache::allContacts() const
{
    if (!d->ensureOrganization())
        return {};
    QSqlError e;
    QHash<QString, Contact> out = ContactTable::all(d->org.database(), &e);
    d->check(!e.isValid(), e, d->org);
    return out;
}

void Cache::upsertCompanies(const QList<Company> &companies)
{
    if (companies.isEmpty() || !d->ensureOrganization())
        return;
    QSqlError e;
    d->check(CompanyTable::upsert(d->org.database(), companies, &e), e, d->org);
}

std::optional<Company> Cache::company(const QString &companyId) const
{
    if (companyId.isEmpty() || !d->ensureOrganization())
        return std::nullopt;
    QSqlError e;
    std::optional<Company> out = CompanyTable::find(d->org.database(), companyId, &e);
    d->check(!e.isValid(), e, d->org);
    return out;
}

void Cache::upsertAgents(const QList<Agent> &agents)
{
    if (agents.isEmpty() || !d->ensureOrganization())
        return;
    QSqlError e;
    d->check(AgentTable::upsert(d->org.database(), agents, &e), e, d->org);
}

QHash<QString, Agent> Cache::agents() const
{
    if (!d->ensureOrganization())
        return {};
    QSqlError e;
    QHash<QString, Agent> out = AgentTable::all(d->org.database(), &e);
    d->check(!e.isValid(), e, d->org);
    return out;
}

void Cache::saveThread(const QString &conversationId, const QList<Message> &messages)
{
    if (conversationId.isEmpty() || !d->ensureOrganization())
        return;
    QSqlError e;
    d->check(ThreadTable::save(d->org.database(), conversationId, messages, &e), e, d->org);
}

QList<Message> Cache::thread(const QString &conversationId) const
{
    if (conversationId.isEmpty() || !d->ensureOrganization())
        return {};
    QSqlError e;
    QList<Message> out = ThreadTable::load(d->org.database(), conversationId, &e);
    // Reading a thread is opening it: it becomes the last one the size limit drops.
    if (!e.isValid())
        ThreadTable::touch(d->org.database(), conversationId, &e);
    d->check(!e.isValid(), e, d->org);
    return out;
}

QHash<QString, QString> Cache::latestModalities() const
{
    if (!d->ensureOrganization())
        return {};
    QSqlError e;
    QHash<QString, QString> out = ThreadTable::latestModalities(d->org.database(), &e);
    d->check(!e.isValid(), e, d->org);
    return out;
}

QDateTime Cache::lastSync() const
{
    if (!d->ensureOrganization())
        return {};
    QSqlError e;
    const QDateTime when = CacheMeta::lastSync(d->org.database(), &e);
    d->check(!e.isValid(), e, d->org);
    return when;
}

void Cache::setLastSync(const QDateTime &when)
{
    if (!d->ensureOrganization())
        return;
    QSqlError e;
    d->check(CacheMeta::setLastSync(d->org.database(), when, &e), e, d->org);
}

qint64 Cache::sizeBytes() const
{
    return d->organizationId.isEmpty() ? 0 : d->org.sizeBytes();
}

void Cache::enforceLimit(qint64 maxBytes)
{
    if (maxBytes <= 0 || !d->ensureOrganization())
        return;
    const CacheLimiter::Result result = CacheLimiter::enforce(d->org, maxBytes);
    d->check(result.ok, result.error, d->org);
}

bool Cache::clear()
{
    d->account.close();
    d->org.close();
    d->accountUnavailable = false;
    QDir folder(d->accountDirectory);
    if (!folder.exists() || folder.removeRecursively())
        return true;
    d->report(tr("Some cached files in %1 could not be deleted.").arg(QDir::toNativeSeparators(d->accountDirectory)));
    return false;
}

} // namespace repdesk
