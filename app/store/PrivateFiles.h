#pragma once

#include <QString>

namespace repdesk {

// Everything Repdesk writes under the profile holds customer data or
// identifies an account, so it is readable by its owner only: folders 0700,
// files 0600. There is deliberately no fallback to a shared folder (such as
// /tmp) when the profile location is missing: callers report the error.
class PrivateFiles
{
public:
    // Creates `path` and any missing parents; every folder created here, and
    // `path` itself, ends up 0700. Returns false (and says why) when it
    // cannot be created or its mode cannot be set.
    static bool makeDirectory(const QString &path, QString *error = nullptr);
    // Creates `filePath` empty with mode 0600 when it does not exist (so that
    // SQLite, which gives its -wal and -shm files the database's mode, never
    // creates anything wider), or narrows an existing file to 0600. Its
    // folder is made private with makeDirectory().
    static bool prepareFile(const QString &filePath, QString *error = nullptr);
    // Narrows an existing file to 0600 (no-op for a missing file).
    static bool restrictFile(const QString &filePath);
    // Narrows every folder (0700) and file (0600) below `path`, e.g. folders an
    // older version left with the umask's modes. Symlinks are not followed.
    static void restrictTree(const QString &path);
    // A SQLite database about to be opened: prepareFile() for the database
    // and restrictFile() for its -wal, -shm and -journal, which may be left
    // over from an older, wider file. ":memory:" is accepted as is.
    static bool prepareDatabase(const QString &databasePath, QString *error = nullptr);
    // Once open: narrows the database and its side files again (SQLite gives
    // new side files the database's mode, but a file can be swapped under us).
    static bool restrictDatabase(const QString &databasePath);
    // The per-user base folder of Repdesk's data under `location`
    // (QStandardPaths::AppDataLocation or CacheLocation, as an int so this
    // header stays light), or an empty string when the platform has none,
    // names a relative one (which would land in the working directory) or,
    // for want of a home directory, one at the filesystem root.
    static QString baseDirectory(int standardLocation);
};

} // namespace repdesk
