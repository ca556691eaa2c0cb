#include "CredentialStore.h"

#include "LogCategories.h"
#include "SecretServiceProbe.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace repdesk {

namespace {
// Never plaintext: QtKeychain can fall back to writing the secret into a
// QSettings file when no keyring answers. That would put the API key on disk
// readable by anything that reads the profile (backups, sync tools), which the
// product forbids; a missing keyring must surface as NoSecretService instead.
template<typename JobType>
JobType *makeJob(const QString &accountId)
{
    auto *job = new JobType(CredentialStore::serviceName());
    job->setInsecureFallback(false);
    job->setKey(accountId);
    // No parent: a job deletes itself after `finished`. Parenting it to the
    // store would delete it under libsecret's pending callback if the store
    // went away first; the `this` context of the connection is what guards us.
    job->setAutoDelete(true);
    return job;
}
} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

QString CredentialStore::serviceName()
{
    return QStringLiteral("Repdesk");
}

void CredentialStore::read(const QString &accountId)
{
    if (accountId.isEmpty())
        return finishEarly(Operation::Read, accountId);
    auto *job = makeJob<QKeychain::ReadPasswordJob>(accountId);
    connect(job, &QKeychain::Job::finished, this, [this, accountId, job] {
        const Error error = classify(job->error(), Operation::Read);
        const QByteArray key = error == Error::None ? job->binaryData() : QByteArray();
        Q_EMIT readFinished(accountId, key, error, messageFor(error, Operation::Read, job->errorString()));
    });
    job->start();
}

void CredentialStore::write(const QString &accountId, const QByteArray &key)
{
    if (accountId.isEmpty())
        return finishEarly(Operation::Write, accountId);
    auto *job = makeJob<QKeychain::WritePasswordJob>(accountId);
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, this, [this, accountId, job] {
        const Error error = classify(job->error(), Operation::Write);
        Q_EMIT writeFinished(accountId, error, messageFor(error, Operation::Write, job->errorString()));
    });
    job->start();
}

void CredentialStore::remove(const QString &accountId)
{
    if (accountId.isEmpty())
        return finishEarly(Operation::Remove, accountId);
    auto *job = makeJob<QKeychain::DeletePasswordJob>(accountId);
    connect(job, &QKeychain::Job::finished, this, [this, accountId, job] {
        const Error error = classify(job->error(), Operation::Remove);
        Q_EMIT removeFinished(accountId, error, messageFor(error, Operation::Remove, job->errorString()));
    });
    job->start();
}

void CredentialStore::finishEarly(Operation operation, const QString &accountId)
{
    // A caller bug, not a keyring state; still answered asynchronously like every other call.
    const QString message = tr("Repdesk could not use the keyring: no account was given.");
    QTimer::singleShot(0, this, [this, operation, accountId, message] {
        switch (operation) {
        case Operation::Read: Q_EMIT readFinished(accountId, {}, Error::Other, message); break;
        case Operation::Write: Q_EMIT writeFinished(accountId, Error::Other, message); break;
        case Operation::Remove: Q_EMIT removeFinished(accountId, Error::Other, message); break;
        }
    });
}

CredentialStore::Error CredentialStore::classify(int keychainError, Operation operation)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        // Deleting what is not there leaves the keyring as the caller wants it.
        return operation == Operation::Remove ? Error::None : Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::NoSecretService;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // On Linux a missing bus or a bus without a secret service arrives as
    // OtherError with a GLib sentence (see SecretServiceProbe.h): ask the bus.
    switch (SecretServiceProbe::check()) {
    case SecretServiceProbe::Result::NoSessionBus:
    case SecretServiceProbe::Result::NoSecretService:
        return Error::NoSecretService;
    case SecretServiceProbe::Result::Available:
    case SecretServiceProbe::Result::Unknown:
        break;
    }
    return Error::Other;
}

QString CredentialStore::messageFor(Error error, Operation operation, const QString &keychainText)
{
    // The keyring's own words help support; they never contain the key, and neither does this line.
    if (error != Error::None) {
        const char *name = operation == Operation::Read ? "read" : operation == Operation::Write ? "write" : "remove";
        qCInfo(lcAccount) << "keychain" << name << "failed:" << error << keychainText;
    }
    const QString detail = keychainText.isEmpty() ? tr("unknown error") : keychainText;
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("No API key is saved for this account. Sign in again with your key.");
    case Error::NoSecretService:
        switch (operation) {
        case Operation::Read:
            return tr("No keyring (secret service) is available on this computer, so Repdesk cannot read your saved key.");
        case Operation::Write:
            return tr("No keyring (secret service) is available on this computer, so Repdesk cannot store your key.");
        case Operation::Remove:
            return tr("No keyring (secret service) is available on this computer, so Repdesk cannot remove your saved key.");
        }
        break;
    case Error::AccessDenied:
        return tr("The keyring refused access to your key. Unlock your keyring (or allow Repdesk to use it) and try again.");
    case Error::Other:
        switch (operation) {
        case Operation::Read: return tr("Repdesk could not read your key from the keyring: %1").arg(detail);
        case Operation::Write: return tr("Repdesk could not store your key in the keyring: %1").arg(detail);
        case Operation::Remove: return tr("Repdesk could not remove your key from the keyring: %1").arg(detail);
        }
        break;
    }
    return {};
}

} // namespace repdesk
