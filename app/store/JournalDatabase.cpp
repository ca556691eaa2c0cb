#include "JournalDatabase.h"

#include "AccountFiles.h"
#include "LogCategories.h"
#include "PrivateFiles.h"
#include "SqliteConnection.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace repdesk {

namespace {
QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInt counter;
    return QStringLiteral("repdesk-journal-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SQLite's side files; they must travel with the main file, or a stale WAL
// would be replayed into the fresh database.
const QStringList kSideSuffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
} // namespace

JournalDatabase::JournalDatabase(QString purpose) : m_purpose(std::move(purpose)) {}

JournalDatabase::~JournalDatabase()
{
    close();
}

JournalDatabase::OpenResult JournalDatabase::open(const QString &filePath, const Layout &layout)
{
    close();
    m_path = filePath;
    m_layout = layout;
    m_error.clear();
    m_asidePath.clear();
    // Checked before tryOpen() creates the (empty, private) file.
    const bool existed = QFileInfo::exists(filePath);
    switch (tryOpen(existed)) {
    case Attempt::Ok:
        return OpenResult::Opened;
    case Attempt::Created:
        return OpenResult::Created;
    case Attempt::Failed:
        close();
        return OpenResult::Failed;
    case Attempt::Damaged:
        break;
    }
    return recover(m_error);
}

JournalDatabase::OpenResult JournalDatabase::recover(const QString &reason)
{
    close();
    m_asidePath.clear();
    if (!moveAside()) {
        m_error = QStringLiteral("%1 is damaged (%2) and cannot be moved aside; it was left untouched")
                      .arg(native(m_path), reason);
        return OpenResult::Failed;
    }
    const Attempt fresh = tryOpen(false);
    if (fresh != Attempt::Ok && fresh != Attempt::Created) {
        close();
        m_error = QStringLiteral("%1 was damaged (%2) and moved to %3, but a new file cannot be created: %4")
                      .arg(native(m_path), reason, native(m_asidePath), m_error);
        return OpenResult::Failed;
    }
    m_error = QStringLiteral("%1 was damaged (%2); it was moved to %3 and a new file was started")
                  .arg(native(m_path), reason, native(m_asidePath));
    return OpenResult::Recovered;
}

JournalDatabase::Attempt JournalDatabase::tryOpen(bool existed)
{
    // What the user typed is as private as the mail it answers: the file and
    // its folders are made owner-only before SQLite sees them.
    if (!PrivateFiles::prepareDatabase(m_path, &m_error))
        return Attempt::Failed;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), uniqueConnectionName(m_purpose));
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot open %1: %2").arg(native(m_path), m_db.lastError().text());
        return Attempt::Failed;
    }

    // SQLite reads the header lazily: the first statement is where a garbage file shows.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        const QSqlError e = query.lastError();
        m_error = QStringLiteral("cannot use %1: %2").arg(native(m_path), e.text());
        return SqliteConnection::isCorruption(e) ? Attempt::Damaged : Attempt::Failed;
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore, "repdesk journal: %s stays in journal mode %s", qPrintable(m_path),
                 qPrintable(query.value(0).toString()));
    if (!PrivateFiles::restrictDatabase(m_path))
        qCWarning(lcStore, "repdesk journal: cannot make every file of %s private", qPrintable(m_path));
    // WAL + NORMAL: a commit is a write() into the WAL without fsync. The OS
    // keeps it when the process is killed; only a power cut can lose the last
    // commits, and that costs a second of typing, not the file.
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral("PRAGMA journal_size_limit = 4194304"));
    query.finish();

    if (existed) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()) {
            const QSqlError e = query.lastError();
            m_error = e.text();
            return SqliteConnection::isCorruption(e) ? Attempt::Damaged : Attempt::Failed;
        }
        if (query.value(0).toString() != QLatin1String("ok")) {
            m_error = query.value(0).toString();
            return Attempt::Damaged;
        }
        query.finish();
    }
    return applyLayout();
}

JournalDatabase::Attempt JournalDatabase::applyLayout()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_error = query.lastError().text();
        return SqliteConnection::isCorruption(query.lastError()) ? Attempt::Damaged : Attempt::Failed;
    }
    const int version = query.value(0).toInt();
    query.finish();

    bool created = false;
    if (version == 0) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
            m_error = query.lastError().text();
            return Attempt::Failed;
        }
        if (query.value(0).toInt() != 0) {
            m_error = QStringLiteral("not a Repdesk %1 file").arg(m_purpose);
            return Attempt::Damaged;
        }
        query.finish();
        if (!m_db.transaction()) {
            m_error = m_db.lastError().text();
            return Attempt::Failed;
        }
        QStringList statements = m_layout.create;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(m_layout.version);
        for (const QString &sql : std::as_const(statements)) {
            if (!query.exec(sql)) {
                m_error = QStringLiteral("cannot prepare %1: %2").arg(native(m_path), query.lastError().text());
                m_db.rollback();
                return Attempt::Failed;
            }
        }
        if (!m_db.commit()) {
            m_error = m_db.lastError().text();
            m_db.rollback();
            return Attempt::Failed;
        }
        created = true;
    } else if (version > 0 && version < m_layout.version && m_layout.upgrades.size() >= m_layout.version - 1) {
        const Attempt upgraded = upgrade(version);
        if (upgraded != Attempt::Ok)
            return upgraded;
    } else if (version != m_layout.version) {
        // A file from a newer Repdesk (or one no upgrade reaches) is kept intact rather than guessed at.
        m_error = QStringLiteral("layout %1, this version of Repdesk reads layout %2").arg(version).arg(m_layout.version);
        return Attempt::Damaged;
    }

    for (const QString &probe : m_layout.probes) {
        QSqlQuery check(m_db);
        if (!check.prepare(probe)) {
            m_error = QStringLiteral("unexpected layout: %1").arg(check.lastError().text());
            return Attempt::Damaged;
        }
    }
    return created ? Attempt::Created : Attempt::Ok;
}

JournalDatabase::Attempt JournalDatabase::upgrade(int fromVersion)
{
    // All steps or none: a half-upgraded file would match neither layout.
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return Attempt::Failed;
    }
    QSqlQuery query(m_db);
    QStringList statements;
    for (int v = fromVersion; v < m_layout.version; ++v)
        statements << m_layout.upgrades.at(v - 1);
    statements << QStringLiteral("PRAGMA user_version = %1").arg(m_layout.version);
    for (const QString &sql : std::as_const(statements)) {
        if (!query.exec(sql)) {
            const QSqlError e = query.lastError();
            m_error = QStringLiteral("cannot upgrade %1 from layout %2: %3").arg(native(m_path)).arg(fromVersion).arg(e.text());
            m_db.rollback();
            // An upgrade that does not apply means the file is not what its version says.
            return SqliteConnection::isCorruption(e) || e.type() == QSqlError::StatementError ? Attempt::Damaged
                                                                                             : Attempt::Failed;
        }
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return Attempt::Failed;
    }
    return Attempt::Ok;
}

bool JournalDatabase::moveAside()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = m_path + QStringLiteral(".corrupt-") + stamp;
    QString aside = base;
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + kSideSuffixes.first()); ++n)
        aside = base + QLatin1Char('-') + QString::number(n);

    QStringList moved;
    for (const QString &suffix : QStringList{QString()} + kSideSuffixes) {
        if (!QFileInfo::exists(m_path + suffix))
            continue;
        if (!QFile::rename(m_path + suffix, aside + suffix)) {
            // Half-moved files would pair a new database with an old WAL: put them back.
            for (const QString &done : std::as_const(moved))
                QFile::rename(aside + done, m_path + done);
            return false;
        }
        moved << suffix;
    }
    m_asidePath = aside;
    return true;
}

QString JournalDatabase::accountFile(const QString &directory, const QString &accountKey, const QString &fileName)
{
    return AccountFiles::file(directory, accountKey, fileName);
}

void JournalDatabase::close()
{
    if (!m_db.isValid())
        return;
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase JournalDatabase::openReadOnly(const QString &filePath, const QString &purpose)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), uniqueConnectionName(purpose));
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        closeReadOnly(db);
    return db;
}

void JournalDatabase::closeReadOnly(QSqlDatabase &db)
{
    if (!db.isValid())
        return;
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace repdesk
