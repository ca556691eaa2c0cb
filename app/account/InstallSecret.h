#pragma once

#include <QByteArray>
#include <QString>

namespace repdesk {

// A random secret made once per installation (per user profile) and kept in
// a private file: the key of the keyed hash StorageIdentity uses to name an
// account's local data.
//
// Why it is a file and not a keychain entry: it must exist even when there is
// no keyring at all (a one-run key from HYPERREP_API_KEY still needs a cache
// folder), and it is not a credential. Knowing it grants nothing on any
// server; it only makes storage ids unlinkable to API keys, so the same key
// gets unrelated ids on different installs and an id cannot be checked
// against a guessed key without this file. The file is still 0600 in a 0700
// folder, like everything else Repdesk writes.
class InstallSecret
{
public:
    static constexpr int size = 32; // bytes

    // The file's name inside the folder given to loadOrCreate().
    static QString fileName();
    // Repdesk's private data folder (PrivateFiles::baseDirectory of
    // AppDataLocation); empty when the platform has none.
    static QString defaultDirectory();

    // Reads the secret from `directory`, or creates it there (32 bytes from
    // the system CSPRNG) when there is none yet. The folder is made 0700 and
    // the file 0600. Two processes starting at once agree on one secret. A
    // file of the wrong size (e.g. truncated by a full disk) is replaced: the
    // ids it produced become unused, which only orphans old caches. Returns
    // an empty array and sets *error when the folder or file cannot be made.
    static QByteArray loadOrCreate(const QString &directory, QString *error = nullptr);
};

} // namespace repdesk
