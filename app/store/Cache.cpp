#include "Cache.h"

#include "AgentTable.h"
#include "AnalyticsTable.h"
#include "CacheLimiter.h"
#include "CacheMeta.h"
#include "CachePrivate.h"
#include "CompanyTable.h"
#include "ContactTable.h"
#include "ConversationTable.h"
#include "OrganizationTable.h"
#include "PrivateFiles.h"
#include "ReviewTable.h"
#include "SaleTable.h"
#include "SqliteConnection.h"
#include "ThreadTable.h"

#include <QDir>
#include <QStandardPaths>

namespace repdesk {

namespace {
QStringList cacheFileNameFilters()
{
    return {QStringLiteral("account.sqlite*"), QStringLiteral("org-*.sqlite*")};
}
} // namespace

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
    // No fallback to a shared folder such as /tmp when there is no cache
    // location: an empty directory makes every store fail to open, and say so.
    return PrivateFiles::baseDirectory(QStandardPaths::CacheLocation);
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
    if (!conversations.isEmpty())
        d->run<bool>([&](QSqlDatabase &db, QSqlError *e) { return ConversationTable::upsert(db, conversations, e); });
}

QList<Conversation> Cache::conversations(int limit) const
{
    if (limit == 0)
        return {};
    return d->run<QList<Conversation>>(
        [&](QSqlDatabase &db, QSqlError *e) { return ConversationTable::load(db, limit, e); });
}

int Cache::conversationCount() const
{
    return d->run<int>([&](QSqlDatabase &db, QSqlError *e) { return ConversationTable::count(db, e); });
}

void Cache::upsertContacts(const QList<Contact> &contacts)
{
    if (!contacts.isEmpty())
        d->run<bool>([&](QSqlDatabase &db, QSqlError *e) { return ContactTable::upsert(db, contacts, e); });
}

std::optional<Contact> Cache::contact(const QString &contactId) const
{
    if (contactId.isEmpty())
        return std::nullopt;
    return d->run<std::optional<Contact>>(
        [&](QSqlDatabase &db, QSqlError *e) { return ContactTable::find(db, contactId, e); });
}

QHash<QString, Contact> Cache::allContacts() const
{
    return d->run<QHash<QString, Contact>>([&](QSqlDatabase &db, QSqlError *e) { return ContactTable::all(db, e); });
}

void Cache::upsertCompanies(const QList<Company> &companies)
{
    if (!companies.isEmpty())
        d->run<bool>([&](QSqlDatabase &db, QSqlError *e) { return CompanyTable::upsert(db, companies, e); });
}

std::optional<Company> Cache::company(const QString &companyId) const
{
    if (companyId.isEmpty())
        return std::nullopt;
    return d->run<std::optional<Company>>(
        [&](QSqlDatabase &db, QSqlError *e) { return CompanyTable::find(db, companyId, e); });
}

void Cache::upsertAgents(const QList<Agent> &agents)
{
    if (!agents.isEmpty())
        d->run<bool>([&](QSqlDatabase &db, QSqlError *e) { return AgentTable::upsert(db, agents, e); });
}

QHash<QString, Agent> Cache::agents() const
{
    return d->run<QHash<QString, Agent>>([&](QSqlDatabase &db, QSqlError *e) { return AgentTable::all(db, e); });
}

void Cache::saveThread(const QString &conversationId, const QList<Message> &messages)
{
    if (!conversationId.isEmpty())
        d->run<bool>(
            [&](QSqlDatabase &db, QSqlError *e) { return ThreadTable::save(db, conversationId, messages, e); });
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
    return d->run<QHash<QString, QString>>(
        [&](QSqlDatabase &db, QSqlError *e) { return ThreadTable::latestModalities(db, e); });
}

QDateTime Cache::lastSync() const
{
    return d->run<QDateTime>([&](QSqlDatabase &db, QSqlError *e) { return CacheMeta::lastSync(db, e); });
}

void Cache::setLastSync(const QDateTime &when)
{
    d->run<bool>([&](QSqlDatabase &db, QSqlError *e) { return CacheMeta::setLastSync(db, when, e); });
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

void Cache::removeConversations(const QStringList &conversationIds)
{
    if (conversationIds.isEmpty())
        return;
    d->run<bool>([&conversationIds](QSqlDatabase &db, QSqlError *e) {
        return ConversationTable::remove(db, conversationIds, e) && ThreadTable::remove(db, conversationIds, e);
    });
}

QStringList Cache::conversationIds() const
{
    return d->run<QStringList>([](QSqlDatabase &db, QSqlError *e) { return ConversationTable::ids(db, e); });
}

qint64 Cache::beginConversationWalk()
{
    return d->run<qint64>([](QSqlDatabase &db, QSqlError *e) { return ConversationTable::beginWalk(db, e); }, 0);
}

int Cache::saveConversationPage(qint64 walk, const QList<Conversation> &conversations)
{
    return d->run<int>(
        [&](QSqlDatabase &db, QSqlError *e) { return ConversationTable::savePage(db, walk, conversations, e); }, -1);
}

std::optional<QStringList> Cache::finishConversationWalk(qint64 walk)
{
    return d->run<std::optional<QStringList>>(
        [walk](QSqlDatabase &db, QSqlError *e) { return ConversationTable::finishWalk(db, walk, e); });
}

SalesWalkState Cache::salesWalkState() const
{
    return d->run<SalesWalkState>([](QSqlDatabase &db, QSqlError *e) { return SaleTable::walkState(db, e); });
}

qint64 Cache::beginSalesWalk()
{
    return d->run<qint64>([](QSqlDatabase &db, QSqlError *e) { return SaleTable::beginWalk(db, e); }, 0);
}

bool Cache::saveSalesPage(qint64 walk, const QList<Sale> &sales, const QString &nextCursor, bool itemsFailed)
{
    ++d->salesRevision;
    return d->run<bool>([&](QSqlDatabase &db, QSqlError *e) {
        return SaleTable::savePage(db, walk, sales, nextCursor, itemsFailed, e);
    }, false);
}

int Cache::finishSalesWalk(qint64 walk, const QDateTime &when)
{
    ++d->salesRevision;
    return d->run<int>([&](QSqlDatabase &db, QSqlError *e) { return SaleTable::finishWalk(db, walk, when, e); }, -1);
}

QList<Sale> Cache::salesForConversation(const QString &conversationId) const
{
    if (conversationId.isEmpty())
        return {};
    return d->run<QList<Sale>>(
        [&](QSqlDatabase &db, QSqlError *e) { return SaleTable::forConversation(db, conversationId, e); });
}

QList<Sale> Cache::salesForContact(const QString &contactId) const
{
    if (contactId.isEmpty())
        return {};
    return d->run<QList<Sale>>([&](QSqlDatabase &db, QSqlError *e) { return SaleTable::forContact(db, contactId, e); });
}

int Cache::saleCount() const
{
    return d->run<int>([](QSqlDatabase &db, QSqlError *e) { return SaleTable::count(db, e); }, 0);
}

QList<Sale> Cache::allSales() const
{
    return d->run<QList<Sale>>([](QSqlDatabase &db, QSqlError *e) { return SaleTable::all(db, e); });
}

quint64 Cache::salesRevision() const
{
    return d->salesRevision;
}

void Cache::saveAnalytics(const QString &key, const CachedAnalytics &entry)
{
    if (!key.isEmpty())
        d->run<bool>([&](QSqlDatabase &db, QSqlError *e) { return AnalyticsTable::save(db, key, entry, e); });
}

std::optional<CachedAnalytics> Cache::analytics(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    return d->run<std::optional<CachedAnalytics>>(
        [&](QSqlDatabase &db, QSqlError *e) { return AnalyticsTable::find(db, key, e); });
}

void Cache::saveReviewChecks(const QList<ReviewCheck> &checks)
{
    if (!checks.isEmpty())
        d->run<bool>([&](QSqlDatabase &db, QSqlError *e) { return ReviewTable::save(db, checks, e); });
}

QHash<QString, ReviewCheck> Cache::reviewChecks() const
{
    return d->run<QHash<QString, ReviewCheck>>([](QSqlDatabase &db, QSqlError *e) { return ReviewTable::all(db, e); });
}

void Cache::removeReviewChecks(const QStringList &conversationIds)
{
    if (!conversationIds.isEmpty())
        d->run<bool>([&](QSqlDatabase &db, QSqlError *e) { return ReviewTable::remove(db, conversationIds, e); });
}

void Cache::pruneReviewChecks(const QDateTime &before)
{
    if (before.isValid())
        d->run<bool>([&](QSqlDatabase &db, QSqlError *e) { return ReviewTable::prune(db, before, e); });
}

QList<Conversation> Cache::conversationsActiveSince(const QDateTime &since) const
{
    return d->run<QList<Conversation>>(
        [&](QSqlDatabase &db, QSqlError *e) { return ReviewTable::activeSince(db, since, e); });
}

bool Cache::clear()
{
    d->account.close();
    d->org.close();
    ++d->salesRevision;
    d->accountUnavailable = false;
    if (d->accountDirectory.isEmpty())
        return true;
    // Only the cache's own files: the draft journal and the outbox share this
    // folder (AccountFiles) and hold what the user typed, which no server can resend.
    QDir folder(d->accountDirectory);
    bool ok = true;
    const QStringList files = folder.entryList(cacheFileNameFilters(), QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : files)
        ok = folder.remove(name) && ok;
    // The folder goes too once nothing else lives in it.
    if (folder.exists() && folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        ok = folder.rmdir(d->accountDirectory) && ok;
    if (ok)
        return true;
    d->report(tr("Some cached files in %1 could not be deleted.").arg(QDir::toNativeSeparators(d->accountDirectory)));
    return false;
}

} // namespace repdesk
