#pragma once

#include <QString>

namespace repdesk {

// Where one account's files live: <directory>/<account folder>/, holding its
// cache (account.sqlite, org-*.sqlite), draft journal (drafts.sqlite) and
// outbox (outbox.sqlite). The one mapping from Account::storageKey() to a
// folder, so every store of an account shares it.
class AccountFiles
{
public:
    // <directory>/<key> when the key is a plain file name, else
    // <directory>/account-<hash of the key>, so a key with "/" or ".." can
    // never point outside `directory`. Empty when `directory` is empty: there
    // is no location, and a relative path would land in the working directory.
    static QString folder(const QString &directory, const QString &accountKey);
    // <folder(directory, accountKey)>/<fileName>, or empty as above.
    static QString file(const QString &directory, const QString &accountKey, const QString &fileName);

    // Deletes everything of that account under `directory`: cache, journal and
    // outbox, with their -wal/-shm files, and the folder itself. The caller
    // must close every Cache, DraftJournal and Outbox of the account first:
    // SQLite keeps writing to a file that was deleted under an open
    // connection, and a later checkpoint would recreate its -wal beside
    // nothing. True when nothing of the account is left (also when there was
    // nothing); otherwise false and *error says what is left.
    static bool remove(const QString &directory, const QString &accountKey, QString *error = nullptr);
};

} // namespace repdesk
