#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace repdesk {

class CacheSchema;

// One SQLite file behind a uniquely named Qt SQL connection, so several caches
// can live in one process (tests, a second account) without sharing state.
// Opening configures WAL, checks the file and runs the schema's migrations; a
// damaged file is deleted and recreated, since everything in it can be fetched
// again. Main thread only, like every QSqlDatabase connection.
class SqliteConnection
{
public:
    enum class OpenResult { Opened, Rebuilt, Failed };

    explicit SqliteConnection(QString purpose);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    OpenResult open(const QString &filePath, const CacheSchema &schema);
    // Also removes the Qt connection, so no handle outlives the file.
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &database() { return m_db; }
    const QString &filePath() const { return m_path; }
    // Why the last open failed or what was wrong with the rebuilt file; empty after a clean open.
    const QString &errorText() const { return m_error; }

    // The database plus its -wal and -shm files: what the file really takes on disk.
    qint64 sizeBytes() const;
    // A single statement; the first column of the first row goes to *firstValue.
    bool exec(const QString &sql, QVariant *firstValue = nullptr, QSqlError *error = nullptr);

    // SQLite's page cache per connection, in KiB. Reads keep the small one: a page it dropped
    // is a copy from the OS's file cache away, and a large one only ever grows (SQLite frees
    // pages when it needs room, not when it is idle), so it grew with every thread opened,
    // filled by the integrity check at open with the whole file. Batch writes (SqlTransaction)
    // take the large one while they run: it holds a 10,000-row upsert's dirty index pages,
    // which the small one spills to the WAL again and again (about 2.5x slower); setting the
    // small one back frees the surplus at once.
    static constexpr int kReadCacheKiB = 2048;
    static constexpr int kBatchCacheKiB = 16384;
    static void setCacheKiB(QSqlDatabase &db, int kib);

    static QStringList filesOf(const QString &databasePath);
    static bool removeFiles(const QString &databasePath);
    // SQLITE_CORRUPT / SQLITE_NOTADB: the file is damaged, not merely busy or full.
    static bool isCorruption(const QSqlError &error);

private:
    enum class Attempt { Ok, Damaged, Failed };
    Attempt tryOpen(const CacheSchema &schema, bool existed);

    QString m_purpose;
    QString m_path;
    QString m_error;
    QSqlDatabase m_db;
};

} // namespace repdesk
