#pragma once

#include <QString>
#include <QUrl>

namespace repdesk {

// One signed-in account as AccountRegistry keeps it. Nothing here is secret:
// the API key is in the keychain under `id` (CredentialStore).
struct AccountInfo
{
    QString id;        // random (a QUuid without braces); the keychain entry's name
    QString provider;  // "hyperrep" or "fernand"
    QUrl server;
    QString label;     // what the account menu shows, e.g. "Acme Roofing — api.hyperrep.ai"
    QString storageId; // StorageIdentity::derive(): names the local cache of this account

    static QString hyperRepProvider() { return QStringLiteral("hyperrep"); }
    static QString fernandProvider() { return QStringLiteral("fernand"); }

    bool operator==(const AccountInfo &other) const
    {
        return id == other.id && provider == other.provider && server == other.server && label == other.label
            && storageId == other.storageId;
    }
    bool operator!=(const AccountInfo &other) const { return !(*this == other); }
};

} // namespace repdesk
