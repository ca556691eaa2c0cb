#pragma once

#include "AccountInfo.h"
#include "CredentialStore.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace repdesk {

class Account;
class AccountRegistry;
class AccountSession;
class TemplateStore;
struct Organization;

// Which account is open, and everything about accounts that is not a
// window: starting from the command line, the environment, or the stored
// accounts with their keys in the keychain; opening a signed-in account;
// switching, signing out and removing accounts. It owns the one
// AccountSession that is open (at most one) and the app-wide template store.
// Windows only connect to its signals and call these methods.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    struct Launch
    {
        QUrl server;              // --server, or the default
        bool serverGiven = false; // --server was on the command line
        QByteArray environmentKey; // HYPERREP_API_KEY (FERNAND_API_KEY for fernand), already removed from the environment
        QString provider = QStringLiteral("hyperrep"); // --provider: of the demo and of the environment's key
        QString organization;     // --organization
        // --demo: the embedded sandbox's URL and one-time key.
        QUrl demoServer;
        QByteArray demoKey;
    };

    // `dataDirectory` holds each account's cache, journal and outbox;
    // `secretDirectory` the install secret. Tests pass temporary folders.
    SessionManager(const QString &dataDirectory, const QString &secretDirectory, QObject *parent = nullptr);
    ~SessionManager() override;

    // Loads (or creates) the install secret and the template store. False, with
    // a sentence in *error, when there is no private place to keep data.
    bool initialize(QString *error);

    // Opens the demo, the environment's key, or the current stored account (its
    // key read from the keychain); otherwise asks for a sign-in.
    void start(const Launch &launch);

    AccountSession *current() const;
    AccountRegistry *registry() const { return m_registry; }
    CredentialStore *credentials() const { return m_credentials; }
    TemplateStore *templates() const { return m_templates; }
    QString dataDirectory() const { return m_dataDirectory; }
    QUrl defaultServer() const { return m_launch.server; }

    // The storage id of a verified key: a keyed hash of server and key. When
    // `replacing` names an account whose cached organizations overlap the
    // ones this key sees (the same tenant signing in again with a new key),
    // that account's id is kept, so its cache and unsent drafts stay its own.
    QString storageIdFor(const QUrl &server, const QByteArray &key, const QList<Organization> &organizations,
                         const QString &replacing = {}) const;
    // Opens a verified key. With a registry entry (`info.id` set) the key was
    // stored in the keychain; without, it is for this session only.
    void openAccount(const AccountInfo &info, const QByteArray &key);
    // Opens a stored account, reading its key from the keychain.
    void switchTo(const QString &accountId);
    // Forgets the current account's key (keychain) and closes it; its entry
    // and local data stay, so signing in again finds its drafts.
    void signOut();
    // Closes the account if open, deletes its key, cache, journal and outbox,
    // and forgets it. Ask first when unsentDrafts() is not zero.
    void removeAccount(const QString &accountId);
    // Replies and messages typed but never saved to the server, plus saves
    // waiting in the outbox, of a stored account.
    int unsentDrafts(const QString &accountId) const;

Q_SIGNALS:
    // The open account changed; null while none is (signed out, removed, asking).
    void sessionChanged(repdesk::AccountSession *session);
    // Nothing to open without the user: show the sign-in dialog. `accountId`
    // names a stored account to sign in again (empty: a new account);
    // `reason` says why, when it is not a first start (no key in the keychain, no keyring).
    void signInRequired(const QUrl &server, const QString &accountId, const QString &reason);
    // Something about accounts failed that the user should read (keychain errors, files left behind).
    void problem(const QString &message);

private:
    // `live` false: paint the cache, send nothing until the key arrives (openStored).
    void openSession(const AccountInfo &info, const QByteArray &key, bool persistent, bool live = true);
    void closeSession();
    void openStored(const AccountInfo &info);
    void onKeyRead(const QString &accountId, const QByteArray &key, CredentialStore::Error error,
                   const QString &message);
    QList<QString> cachedOrganizationIds(const QString &storageId) const;

    QString m_dataDirectory;
    QString m_secretDirectory;
    QByteArray m_installSecret;
    AccountRegistry *m_registry;
    CredentialStore *m_credentials;
    TemplateStore *m_templates = nullptr;
    QPointer<AccountSession> m_current;
    Launch m_launch;
    QString m_pendingRead; // the account whose key is being read
    QPointer<Account> m_account; // the open session's, to hand it the key read late
};

} // namespace repdesk
