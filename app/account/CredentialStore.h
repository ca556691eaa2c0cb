#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace repdesk {

// Keeps API keys between runs in the system keychain (the secret service on
// Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain,
// and nowhere else: there is no plaintext fallback. Entries live under the
// service serviceName() and are keyed by an AccountRegistry id, never by the
// server or the key.
//
// Every call is asynchronous and ends with exactly one of the three signals,
// in the order the calls were made. `message` is empty on success and
// otherwise a sentence to show the user. The key is never logged.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound,        // read: nothing is stored for this account
        NoSecretService, // no keyring on this computer (or no D-Bus session to reach it)
        AccessDenied,    // the keyring is locked or the user refused access
        Other,           // anything else; the message carries the keyring's words
    };
    Q_ENUM(Error)

    static QString serviceName();

    explicit CredentialStore(QObject *parent = nullptr);

    void read(const QString &accountId);
    // Replaces any key already stored for `accountId`.
    void write(const QString &accountId, const QByteArray &key);
    // Removing an entry that does not exist succeeds (Error::None).
    void remove(const QString &accountId);

Q_SIGNALS:
    // `key` is empty unless error is None.
    void readFinished(const QString &accountId, const QByteArray &key, repdesk::CredentialStore::Error error,
                      const QString &message);
    void writeFinished(const QString &accountId, repdesk::CredentialStore::Error error, const QString &message);
    void removeFinished(const QString &accountId, repdesk::CredentialStore::Error error, const QString &message);

private:
    enum class Operation { Read, Write, Remove };
    static Error classify(int keychainError, Operation operation);
    static QString messageFor(Error error, Operation operation, const QString &keychainText);
    void finishEarly(Operation operation, const QString &accountId);
};

} // namespace repdesk
