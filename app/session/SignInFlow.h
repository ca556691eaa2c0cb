#pragma once

#include "AccountInfo.h"
#include "CredentialStore.h"
#include "KeyVerifier.h"

#include <QObject>

namespace repdesk {

class SessionManager;

// What happens after "Sign in" is pressed, without the dialog: check the key
// with the server, store it in the keychain (and nowhere else), record the
// account, and open it. The dialog shows the outcome beside its fields.
//
//   submit -> verifying -> refused | unreachable          (try again)
//                       -> accepted -> keychain write -> finished
//                                                     -> keychainUnavailable
//                                        (useForThisSessionOnly -> finished)
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    explicit SignInFlow(SessionManager *manager, QObject *parent = nullptr);

    // Sign in again to this stored account (a refused or missing key): if the
    // new key belongs to the same tenant, the account keeps its local data.
    void setReplacing(const QString &accountId) { m_replacing = accountId; }
    // `provider`: AccountInfo::provider of the account ("hyperrep" or "fernand").
    void submit(const QUrl &server, const QByteArray &key, const QString &provider = QStringLiteral("hyperrep"));
    // After keychainUnavailable: open the account with the key in memory only.
    void useForThisSessionOnly();
    void cancel();
    bool isBusy() const { return m_busy; }
    KeyVerifier *verifier() const { return m_verifier; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void refused(repdesk::KeyVerifier::Reason reason, const QString &message);
    void unreachable(const QString &message);
    // The key works but could not be stored; offer "Use for this session only".
    void keychainUnavailable(const QString &message);
    void finished();

private:
    void onAccepted(const QList<Organization> &organizations);
    void onStored(const QString &accountId, CredentialStore::Error error, const QString &message);
    void setBusy(bool busy);

    SessionManager *m_manager;
    KeyVerifier *m_verifier;
    CredentialStore *m_credentials;
    QString m_replacing;
    QUrl m_server;
    QString m_provider;
    QByteArray m_key;
    AccountInfo m_pending;   // verified, waiting for the keychain
    bool m_newEntry = false; // m_pending was added to the registry by this sign-in
    bool m_busy = false;
};

} // namespace repdesk
