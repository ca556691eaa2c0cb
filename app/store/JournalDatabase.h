#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace repdesk {

// One SQLite file of local user data: the draft journal, the outbox, the
// templates. Unlike the cache, nothing in it can be fetched again, so a file
// that is damaged or has an unknown layout is renamed, with its -wal and -shm,
// to <file>.corrupt-<timestamp> for the user or a recovery tool, never
// deleted, and a fresh file takes its place. Main thread only, like every
// QSqlDatabase connection.
class JournalDatabase
{
public:
    enum class OpenResult {
        Opened,    // an existing file
        Created,   // a new, empty file: the caller may seed it
        Recovered, // the old file was moved aside (movedAsidePath()) and a new one created
        Failed,    // no usable file (errorText()); the caller keeps working from memory
    };

    struct Layout
    {
        int version = 1;      // PRAGMA user_version of a file in this layout
        QStringList create;   // builds an empty file of this layout
        QStringList probes;   // must prepare on a file of this layout (catches foreign tables)
        // upgrades[v - 1] turns a file of layout v into layout v + 1 (so there are
        // version - 1 of them, or none). A file of an older layout is upgraded in one
        // transaction at open; one whose upgrade fails is moved aside like a damaged one.
        QList<QStringList> upgrades;
    };

    explicit JournalDatabase(QString purpose);
    ~JournalDatabase();
    JournalDatabase(const JournalDatabase &) = delete;
    JournalDatabase &operator=(const JournalDatabase &) = delete;

    OpenResult open(const QString &filePath, const Layout &layout);
    // For damage found after opening (a write answered SQLITE_CORRUPT): moves
    // the file aside and starts a fresh one. Queries on the old connection must be gone.
    OpenResult recover(const QString &reason);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &database() { return m_db; }
    const QString &filePath() const { return m_path; }
    // Why the last open failed, or what was wrong with the file that was moved aside.
    const QString &errorText() const { return m_error; }
    // Where the damaged file went after Recovered; empty otherwise.
    const QString &movedAsidePath() const { return m_asidePath; }

    // AccountFiles::file(): <directory>/<account folder>/<fileName>, so an
    // account's files share one folder; empty when `directory` is empty (open() then fails).
    static QString accountFile(const QString &directory, const QString &accountKey, const QString &fileName);

    // A read-only connection to another file (a moved-aside one), for salvage; invalid when it cannot be opened.
    static QSqlDatabase openReadOnly(const QString &filePath, const QString &purpose);
    static void closeReadOnly(QSqlDatabase &db);

private:
    enum class Attempt { Ok, Created, Damaged, Failed };
    Attempt tryOpen(bool existed);
    Attempt applyLayout();
    Attempt upgrade(int fromVersion);
    bool moveAside();

    QString m_purpose;
    QString m_path;
    Layout m_layout;
    QString m_error;
    QString m_asidePath;
    QSqlDatabase m_db;
};

} // namespace repdesk
