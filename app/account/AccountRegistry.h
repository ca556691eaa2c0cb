#pragma once

#include "AccountInfo.h"

#include <QList>
#include <QObject>

#include <optional>

namespace repdesk {

// The persisted list of signed-in accounts (QSettings, keys in SettingsKeys)
// and which one is current. It never sees a key. Entries whose server or
// storage id do not look right (a hand-edited settings file) are skipped, so
// a storageId from here is always safe to use in a path.
//
// Every instance reads the same QSettings, but `changed` is only emitted by
// the instance that made the change: share one per process.
class AccountRegistry : public QObject
{
    Q_OBJECT
public:
    explicit AccountRegistry(QObject *parent = nullptr);

    // In the order they were first added.
    QList<AccountInfo> accounts() const;
    std::optional<AccountInfo> find(const QString &id) const;

    // Records a sign-in. When an account of the same provider, server (as
    // StorageIdentity::normalizedServer) and storageId exists, that is the
    // same key signing in again: its label is refreshed and it keeps its id.
    // Otherwise a new entry with a fresh random id is appended. Returns the
    // stored entry; its id is empty when server or storageId is not valid.
    AccountInfo add(const QString &provider, const QUrl &server, const QString &label, const QString &storageId);
    // Rewrites the entry with info.id (e.g. a new label). False if there is
    // no such entry or the new values are not valid.
    bool update(const AccountInfo &info);
    // Forgets the entry. When it was the current account there is no current
    // account afterwards: the caller decides which one to open next.
    void remove(const QString &id);

    // Empty when none is set or the stored one is no longer in the list.
    QString currentId() const;
    // False (and nothing changes) unless `id` is empty or a known account.
    bool setCurrentId(const QString &id);

    // "Acme Roofing — api.hyperrep.ai"; just the host when the name is empty.
    static QString labelFor(const QString &organizationName, const QUrl &server);

Q_SIGNALS:
    void changed();

private:
    static bool isStorable(const AccountInfo &info);
    static void write(const AccountInfo &info);
};

} // namespace repdesk
