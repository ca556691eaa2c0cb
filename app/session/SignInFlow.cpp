#include "SignInFlow.h"

#include "AccountRegistry.h"
#include "Organization.h"
#include "SessionManager.h"
#include "StorageIdentity.h"

namespace repdesk {

SignInFlow::SignInFlow(SessionManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager), m_verifier(new KeyVerifier(this)), m_credentials(manager->credentials())
{
    connect(m_verifier, &KeyVerifier::accepted, this, &SignInFlow::onAccepted);
    connect(m_verifier, &KeyVerifier::refused, this, [this](KeyVerifier::Reason reason, const QString &message) {
        setBusy(false);
        Q_EMIT refused(reason, message);
    });
    connect(m_verifier, &KeyVerifier::unreachable, this, [this](const QString &message) {
        setBusy(false);
        Q_EMIT unreachable(message);
    });
    connect(m_credentials, &CredentialStore::writeFinished, this, &SignInFlow::onStored);
}

void SignInFlow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void SignInFlow::submit(const QUrl &server, const QByteArray &key, const QString &provider)
{
    m_server = server;
    m_provider = provider;
    m_verifier->setProvider(provider);
    m_key = key;
    m_pending = AccountInfo();
    setBusy(true);
    m_verifier->verify(server, key);
}

void SignInFlow::cancel()
{
    m_verifier->cancel();
    m_key.clear();
    setBusy(false);
}

void SignInFlow::onAccepted(const QList<Organization> &organizations)
{
    m_server = m_verifier->verifiedServer(); // with the path prefix the server answered under
    AccountRegistry *registry = m_manager->registry();
    const QString storageId = m_manager->storageIdFor(m_server, m_key, organizations, m_replacing);
    const QString label =
        AccountRegistry::labelFor(organizations.isEmpty() ? QString() : organizations.first().name, m_server);
    const QList<AccountInfo> accounts = registry->accounts();
    const bool existed = std::any_of(accounts.cbegin(), accounts.cend(),
                                     [&](const AccountInfo &a) { return a.storageId == storageId; });
    m_pending = registry->add(m_provider, m_server, label, storageId);
    m_newEntry = !existed;
    if (m_pending.id.isEmpty()) {
        // Not storable (should not happen for a verified server): keep it for this run.
        m_pending.server = m_server;
        m_pending.provider = m_provider;
        m_pending.label = label;
        m_pending.storageId = storageId;
        useForThisSessionOnly();
        return;
    }
    m_credentials->write(m_pending.id, m_key);
}

void SignInFlow::onStored(const QString &accountId, CredentialStore::Error error, const QString &message)
{
    if (accountId != m_pending.id)
        return;
    if (error == CredentialStore::Error::None) {
        const AccountInfo info = m_pending;
        const QByteArray key = std::exchange(m_key, {});
        setBusy(false);
        m_manager->openAccount(info, key);
        Q_EMIT finished();
        return;
    }
    // No entry without a key: a stored account that can never open would only confuse.
    if (m_newEntry)
        m_manager->registry()->remove(m_pending.id);
    m_pending.id.clear();
    setBusy(false);
    Q_EMIT keychainUnavailable(message);
}

void SignInFlow::useForThisSessionOnly()
{
    if (m_key.isEmpty() || m_pending.storageId.isEmpty())
        return;
    AccountInfo once = m_pending;
    once.id.clear(); // not in the account list: nothing of it outlives this run but its cache
    const QByteArray key = std::exchange(m_key, {});
    setBusy(false);
    m_manager->openAccount(once, key);
    Q_EMIT finished();
}

} // namespace repdesk
