#pragma once

#include "ApiError.h"
#include "InboxProvider.h"
#include "Organization.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace repdesk {

class Cache;
class DraftJournal;
class OrganizationSession;
class Outbox;
class ReplySends;
class RetryLater;

// One signed-in account: its provider (server + key + transport), its
// organizations, whether it is online and whether the server still accepts
// its key, and the account's local files (cache, draft journal, outbox),
// which are keyed by the account's storage identity, never by the server
// alone. It opens one OrganizationSession at a time.
//
// The journal and outbox live here rather than in the organization session
// because they are one file per account holding every organization's
// entries: the outbox must keep flushing a save of organization A after the
// user switched to B, and a file must not be opened twice.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    struct Identity
    {
        QString accountId;   // the account list's id; empty for a one-run key (environment, demo, session only)
        QString label;       // for menus and titles
        QUrl server;
        QString storageId;   // names the account's folder; derived from the key (StorageIdentity)
        // The key is in the keychain (the account is in the account list).
        bool persistent() const { return !accountId.isEmpty(); }
    };

    // The provider (or the object owning it) must outlive the session or be its child.
    AccountSession(InboxProvider *provider, Identity identity, const QString &dataDirectory,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    const Identity &identity() const { return m_identity; }
    InboxProvider *provider() const { return m_provider; }
    // What the window may show for this account (workspaces, actions), and the
    // service's name: widgets ask the session, never the provider.
    // Widgets name capabilities through this alias (AccountSession::Capability::Analytics),
    // so nothing in ui/ names the provider interface.
    using Capability = InboxProvider::Capability;
    bool has(Capability capability) const;
    QString providerName() const;
    Cache *cache() const { return m_cache; }
    DraftJournal *journal() const { return m_journal; }
    Outbox *outbox() const { return m_outbox; }
    // Every reply Send in progress of the account: it must outlive organization
    // switches (a send may still have to find out whether the server took it).
    ReplySends *replySends() const { return m_sends; }

    // Shows the cached organizations and opens one at once, then asks the server.
    // `preferred` (the command line's --organization) wins over the remembered one.
    // With `live` false nothing goes over the network until goLive(): the key
    // is still being read from the keychain, and the cache is painted meanwhile.
    void start(const QString &preferredOrganization = {}, bool live = true);
    void goLive();
    bool isLive() const { return m_live; }
    void refreshOrganizations();
    QList<Organization> organizations() const { return m_organizations; }
    bool organizationsLoaded() const { return m_organizationsLoaded; }
    void openOrganization(const QString &organizationId);
    OrganizationSession *organization() const;
    QString organizationName(const QString &organizationId) const;

    bool isOnline() const { return m_online; }
    // The server refused the key (403): every view is suspended until the user signs in again.
    bool isRefused() const { return m_refused; }
    QString refusalMessage() const { return m_refusal; }

Q_SIGNALS:
    // Seconds until requests held by the provider's rate limit may go (0: none wait).
    void rateLimitWaitChanged(int seconds);
    void organizationsChanged();
    // Could not list the organizations and none are cached.
    void organizationsFailed(const repdesk::ApiError &error);
    // The open organization changed (null while none is open).
    void organizationChanged(repdesk::OrganizationSession *organization);
    void onlineChanged(bool online);
    // A 403 on any call: the key was revoked, deactivated or expired. `message` is for people.
    void refused(const QString &message);

private:
    void setOrganizations(const QList<Organization> &organizations, bool fromServer);
    void closeOrganization();
    void retryOrganizationsLater(const ApiError &error);
    void onCallFailed(const ApiError &error);
    void onCallSucceeded();

    InboxProvider *m_provider;
    Identity m_identity;
    Cache *m_cache;
    DraftJournal *m_journal;
    Outbox *m_outbox;
    ReplySends *m_sends;
    QList<Organization> m_organizations;
    QString m_preferred;
    QPointer<OrganizationSession> m_current;
    bool m_organizationsLoaded = false;
    bool m_live = true;
    bool m_online = true;
    bool m_refused = false;
    QString m_refusal;
    RetryLater *m_organizationRetry; // listings that failed while no organization was known
};

} // namespace repdesk
