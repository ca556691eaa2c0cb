#include "SessionManager.h"

#include "Account.h"
#include "AccountFiles.h"
#include "AccountRegistry.h"
#include "AccountSession.h"
#include "Cache.h"
#include "DraftJournal.h"
#include "InstallSecret.h"
#include "Organization.h"
#include "Outbox.h"
#include "PrivateFiles.h"
#include "SecretRedactor.h"
#include "SettingsKeys.h"
#include "StorageIdentity.h"
#include "TemplateStore.h"
#include "Transport.h"

#include <QFileInfo>
#include <QSet>
#include <QSettings>

namespace repdesk {

namespace {
// The demo server is new on every run; its data is the same generated set, so one folder serves it.
const QString kDemoStorage = QStringLiteral("demo");
} // namespace

SessionManager::SessionManager(const QString &dataDirectory, const QString &secretDirectory, QObject *parent)
    : QObject(parent),
      m_dataDirectory(dataDirectory),
      m_secretDirectory(secretDirectory),
      m_registry(new AccountRegistry(this)),
      m_credentials(new CredentialStore(this))
{
    connect(m_credentials, &CredentialStore::readFinished, this, &SessionManager::onKeyRead);
    connect(m_credentials, &CredentialStore::removeFinished, this,
            [this](const QString &, CredentialStore::Error error, const QString &message) {
                if (error != CredentialStore::Error::None)
                    Q_EMIT problem(tr("The key could not be removed from the keyring: %1").arg(message));
            });
}

SessionManager::~SessionManager()
{
    closeSession();
}

bool SessionManager::initialize(QString *error)
{
    if (m_dataDirectory.isEmpty()) {
        *error = tr("This computer has no folder where Repdesk may keep its data (no home or cache folder).");
        return false;
    }
    QString why;
    m_installSecret = InstallSecret::loadOrCreate(m_secretDirectory, &why);
    if (m_installSecret.isEmpty()) {
        *error = tr("Repdesk could not create its private data folder: %1").arg(why);
        return false;
    }
    // Folders an older Repdesk made (named after host and port, before keys named
    // them) cannot be tied to a key, so they are not migrated; they are made
    // private like everything else. A handful of files: cheap at start.
    PrivateFiles::restrictTree(m_dataDirectory);
    m_templates = new TemplateStore(m_dataDirectory, this);
    // The settings hold no secret, but they do name the accounts and their
    // servers: private like every other profile file. QSettings rewrites the
    // file through QSaveFile, which keeps the mode set here.
    QSettings settings;
    if (settings.format() == QSettings::NativeFormat && !settings.fileName().isEmpty()
        && settings.fileName().startsWith(QLatin1Char('/'))) {
        if (!QFileInfo::exists(settings.fileName())) {
            settings.setValue(SettingsKeys::settingsVersion(), 1);
            settings.sync();
        }
        PrivateFiles::makeDirectory(QFileInfo(settings.fileName()).absolutePath());
        PrivateFiles::restrictFile(settings.fileName());
    }
    return true;
}

void SessionManager::start(const Launch &launch)
{
    m_launch = launch;
    if (!launch.demoKey.isEmpty()) {
        AccountInfo demo;
        demo.server = launch.demoServer;
        demo.label = tr("Demo");
        demo.provider = launch.provider;
        // Each provider's demo keeps a cache of its own: their ids would collide.
        demo.storageId = launch.provider == AccountInfo::fernandProvider() ? kDemoStorage + QStringLiteral("-fernand")
                                                                          : kDemoStorage;
        openSession(demo, std::exchange(m_launch.demoKey, {}), false);
        return;
    }
    if (!launch.environmentKey.isEmpty()) {
        // One run only: never stored, and named after this key, so it can only
        // ever see what this very key fetched before.
        AccountInfo once;
        once.server = launch.server;
        once.provider = launch.provider;
        once.label = launch.provider == AccountInfo::fernandProvider()
            ? tr("%1 (key from FERNAND_API_KEY)").arg(launch.server.host())
            : tr("%1 (key from HYPERREP_API_KEY)").arg(launch.server.host());
        once.storageId = StorageIdentity::derive(m_installSecret, launch.server, launch.environmentKey);
        openSession(once, std::exchange(m_launch.environmentKey, {}), false);
        return;
    }
    const QList<AccountInfo> accounts = m_registry->accounts();
    std::optional<AccountInfo> pick;
    if (launch.serverGiven) {
        // --server picks the account on that server, the current one first.
        const QString wanted = StorageIdentity::normalizedServer(launch.server);
        for (const AccountInfo &a : accounts)
            if (StorageIdentity::normalizedServer(a.server) == wanted && (!pick || a.id == m_registry->currentId()))
                pick = a;
    } else {
        pick = m_registry->find(m_registry->currentId());
        if (!pick && !accounts.isEmpty())
            pick = accounts.first();
    }
    if (!pick) {
        Q_EMIT signInRequired(launch.server, QString(), QString());
        return;
    }
    openStored(*pick);
}

void SessionManager::openStored(const AccountInfo &info)
{
    m_pendingRead = info.id;
    if (!m_current) {
        // Nothing is open (a start): paint this account's cache now, and go
        // online when the keychain hands over the key. A locked keyring must
        // not keep the window empty.
        openSession(info, QByteArray(), true, /*live*/ false);
        m_pendingRead = info.id;
    }
    m_credentials->read(info.id);
}

void SessionManager::onKeyRead(const QString &accountId, const QByteArray &key, CredentialStore::Error error,
                               const QString &message)
{
    if (accountId != m_pendingRead)
        return; // superseded: the user opened or signed in to something else meanwhile
    m_pendingRead.clear();
    const std::optional<AccountInfo> info = m_registry->find(accountId);
    if (!info)
        return;
    const bool waiting = m_current && m_current->identity().accountId == accountId && !m_current->isLive();
    if (error == CredentialStore::Error::None && !key.isEmpty()) {
        if (waiting && m_account) {
            SecretRedactor::instance().remember(key);
            m_account->transport()->setApiKey(key);
            m_current->goLive();
        } else {
            openSession(*info, key, true);
        }
        return;
    }
    // No key: close only the account that waited for it; a switch that failed
    // leaves the account that was open as it was.
    if (waiting)
        closeSession();
    const QString reason = error == CredentialStore::Error::NotFound
        ? tr("Repdesk has no key for %1 on this computer. Enter it to sign in again.").arg(info->label)
        : message;
    Q_EMIT signInRequired(info->server, info->id, reason);
}

QList<QString> SessionManager::cachedOrganizationIds(const QString &storageId) const
{
    QList<QString> ids;
    if (!StorageIdentity::isValid(storageId))
        return ids;
    QList<Organization> cached;
    if (m_current && m_current->identity().storageId == storageId) {
        cached = m_current->cache()->organizations(); // never a second connection to an open file
    } else if (QFileInfo::exists(AccountFiles::file(m_dataDirectory, storageId, QStringLiteral("account.sqlite")))) {
        Cache cache(m_dataDirectory, storageId);
        cached = cache.organizations();
    }
    for (const Organization &o : cached)
        ids.append(o.organizationId);
    return ids;
}

QString SessionManager::storageIdFor(const QUrl &server, const QByteArray &key,
                                     const QList<Organization> &organizations, const QString &replacing) const
{
    if (const std::optional<AccountInfo> old = m_registry->find(replacing)) {
        if (StorageIdentity::normalizedServer(old->server) == StorageIdentity::normalizedServer(server)) {
            // Organization ids are opaque tokens of one tenant. A new key keeps
            // the account's data only if it sees every organization the old
            // key had cached: a narrower key must not read what it cannot see.
            const QList<QString> known = cachedOrganizationIds(old->storageId);
            QSet<QString> sees;
            for (const Organization &o : organizations)
                sees.insert(o.organizationId);
            const bool superset = !known.isEmpty()
                && std::all_of(known.cbegin(), known.cend(), [&sees](const QString &id) { return sees.contains(id); });
            if (superset)
                return old->storageId;
        }
    }
    return StorageIdentity::derive(m_installSecret, server, key);
}

void SessionManager::openAccount(const AccountInfo &info, const QByteArray &key)
{
    openSession(info, key, !info.id.isEmpty());
}

void SessionManager::switchTo(const QString &accountId)
{
    const std::optional<AccountInfo> info = m_registry->find(accountId);
    if (!info || (m_current && m_current->identity().accountId == accountId))
        return;
    openStored(*info);
}

void SessionManager::openSession(const AccountInfo &info, const QByteArray &key, bool persistent, bool live)
{
    closeSession();
    m_pendingRead.clear();
    auto *account = new Account(info.provider, info.server, key);
    AccountSession::Identity identity;
    identity.accountId = persistent ? info.id : QString();
    identity.label = info.label;
    identity.server = info.server;
    identity.storageId = info.storageId;
    auto *session = new AccountSession(account->provider(), identity, m_dataDirectory, this);
    account->setParent(session);
    m_current = session;
    m_account = account;
    if (persistent)
        m_registry->setCurrentId(info.id);
    Q_EMIT sessionChanged(session);
    session->start(m_launch.organization, live);
}

void SessionManager::closeSession()
{
    if (!m_current)
        return;
    AccountSession *old = m_current;
    m_current = nullptr;
    // Windows let go of its models before they are destroyed.
    Q_EMIT sessionChanged(nullptr);
    delete old;
}

void SessionManager::signOut()
{
    if (!m_current)
        return;
    const AccountSession::Identity identity = m_current->identity();
    closeSession();
    if (!identity.accountId.isEmpty())
        m_credentials->remove(identity.accountId);
    Q_EMIT signInRequired(identity.server, identity.accountId, QString());
}

int SessionManager::unsentDrafts(const QString &accountId) const
{
    const std::optional<AccountInfo> info = m_registry->find(accountId);
    if (!info)
        return 0;
    if (m_current && m_current->identity().accountId == accountId)
        return m_current->journal()->unsavedCount() + m_current->outbox()->count();
    // Count only what exists: opening would create empty files for an account being removed.
    int count = 0;
    if (QFileInfo::exists(AccountFiles::file(m_dataDirectory, info->storageId, QStringLiteral("drafts.sqlite"))))
        count += DraftJournal(m_dataDirectory, info->storageId).unsavedCount();
    if (QFileInfo::exists(AccountFiles::file(m_dataDirectory, info->storageId, QStringLiteral("outbox.sqlite"))))
        count += Outbox(m_dataDirectory, info->storageId).count();
    return count;
}

void SessionManager::removeAccount(const QString &accountId)
{
    const std::optional<AccountInfo> info = m_registry->find(accountId);
    if (!info)
        return;
    const bool wasCurrent = m_current && m_current->identity().accountId == accountId;
    if (wasCurrent)
        closeSession(); // its files are closed before they are deleted
    if (m_pendingRead == accountId)
        m_pendingRead.clear();
    m_credentials->remove(accountId);
    QString error;
    if (!AccountFiles::remove(m_dataDirectory, info->storageId, &error))
        Q_EMIT problem(tr("Some local files of %1 could not be deleted: %2").arg(info->label, error));
    QSettings().remove(SettingsKeys::lastOrganization(info->storageId));
    m_registry->remove(accountId);
    if (!wasCurrent)
        return;
    const QList<AccountInfo> rest = m_registry->accounts();
    if (rest.isEmpty())
        Q_EMIT signInRequired(m_launch.server, QString(), QString());
    else
        openStored(rest.first());
}

AccountSession *SessionManager::current() const
{
    return m_current;
}


} // namespace repdesk
