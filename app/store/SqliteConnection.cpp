#include "SqliteConnection.h"

#include "CacheSchema.h"
#include "LogCategories.h"
#include "PrivateFiles.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace repdesk {

namespace {
QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInt counter;
    return QStringLiteral("repdesk-cache-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended result codes carry the primary code in the low byte.
    return ok ? (code & 0xff) : -1;
}
} // namespace

SqliteConnection::SqliteConnection(QString purpose) : m_purpose(std::move(purpose)) {}

SqliteConnection::~SqliteConnection()
{
    close();
}

SqliteConnection::OpenResult SqliteConnection::open(const QString &filePath, const CacheSchema &schema)
{
    close();
    m_path = filePath;
    m_error.clear();
    // Checked before tryOpen() creates the (empty, private) file.
    const bool existed = QFileInfo::exists(filePath);
    const Attempt first = tryOpen(schema, existed);
    if (first == Attempt::Ok)
        return OpenResult::Opened;
    if (first == Attempt::Failed)
        return OpenResult::Failed;

    const QString damage = m_error;
    close();
    if (!removeFiles(filePath)) {
        m_error = QStringLiteral("the damaged file %1 cannot be deleted").arg(QDir::toNativeSeparators(filePath));
        return OpenResult::Failed;
    }
    if (tryOpen(schema, false) != Attempt::Ok) {
        close();
        return OpenResult::Failed;
    }
    m_error = damage;
    return OpenResult::Rebuilt;
}

SqliteConnection::Attempt SqliteConnection::tryOpen(const CacheSchema &schema, bool existed)
{
    // The file and its folders are made private before SQLite sees them, so
    // nothing is ever created wider; an existing wider file is narrowed.
    if (!PrivateFiles::prepareDatabase(m_path, &m_error))
        return Attempt::Failed;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), uniqueConnectionName(m_purpose));
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot open %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), m_db.lastError().text());
        return Attempt::Failed;
    }

    // SQLite reads the header lazily: the first statement is where a garbage file shows.
    QSqlError sqlError;
    QVariant mode;
    if (!exec(QStringLiteral("PRAGMA journal_mode = WAL"), &mode, &sqlError)) {
        m_error = QStringLiteral("cannot use %1: %2").arg(QDir::toNativeSeparators(m_path), sqlError.text());
        return isCorruption(sqlError) ? Attempt::Damaged : Attempt::Failed;
    }
    // Some network file systems cannot share the WAL index: a slower journal beats no cache.
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore, "repdesk cache: %s stays in journal mode %s", qPrintable(m_path), qPrintable(mode.toString()));
    // The -wal and -shm exist now; SQLite gave them the file's mode, this makes sure.
    if (!PrivateFiles::restrictDatabase(m_path))
        qCWarning(lcStore, "repdesk cache: cannot make every file of %s private", qPrintable(m_path));
    // NORMAL is durable enough in WAL mode for data the server can resend. The
    // page cache is the reading size (kReadCacheKiB: why in the header) before the
    // integrity check below walks every page through it. The WAL is truncated after
    // checkpoints so sizeBytes() does not count a stale peak. (Qt's driver
    // already waits 5 s on a file another instance has locked.)
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    setCacheKiB(m_db, kReadCacheKiB);
    exec(QStringLiteral("PRAGMA journal_size_limit = 4194304"));

    if (existed) {
        QVariant verdict;
        if (!exec(QStringLiteral("PRAGMA quick_check(1)"), &verdict, &sqlError)
            || verdict.toString() != QLatin1String("ok")) {
            m_error = sqlError.isValid() ? sqlError.text() : verdict.toString();
            return (sqlError.isValid() && !isCorruption(sqlError)) ? Attempt::Failed : Attempt::Damaged;
        }
    }

    QString migrationError;
    switch (schema.apply(m_db, &migrationError)) {
    case CacheSchema::Outcome::Ready:
        return Attempt::Ok;
    case CacheSchema::Outcome::Incompatible:
        m_error = migrationError;
        return Attempt::Damaged;
    case CacheSchema::Outcome::Failed:
        break;
    }
    m_error = QStringLiteral("cannot prepare %1: %2")
                  .arg(QDir::toNativeSeparators(m_path), migrationError);
    return Attempt::Failed;
}

void SqliteConnection::close()
{
    if (!m_db.isValid())
        return;
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

qint64 SqliteConnection::sizeBytes() const
{
    if (m_path.isEmpty())
        return 0;
    qint64 total = 0;
    for (const QString &file : filesOf(m_path))
        total += QFileInfo(file).size();
    return total;
}

bool SqliteConnection::exec(const QString &sql, QVariant *firstValue, QSqlError *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError();
        return false;
    }
    if (firstValue)
        *firstValue = query.next() ? query.value(0) : QVariant();
    return true;
}

void SqliteConnection::setCacheKiB(QSqlDatabase &db, int kib)
{
    // A negative size is in KiB, not pages. Failing leaves the previous size: slower or larger, not wrong.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib)))
        qCWarning(lcStore, "repdesk cache: cannot set the page cache: %s", qPrintable(query.lastError().text()));
}

QStringList SqliteConnection::filesOf(const QString &databasePath)
{
    return {databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal")};
}

bool SqliteConnection::removeFiles(const QString &databasePath)
{
    bool ok = true;
    for (const QString &file : filesOf(databasePath)) {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            ok = false;
    }
    return ok;
}

bool SqliteConnection::isCorruption(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == 11 || code == 26;
}

} // namespace repdesk
