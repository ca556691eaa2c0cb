// The cache's memory stays bounded by SQLite's small page cache however large the file grows:
// opening a file (whose integrity check reads every page), reading every thread in it, and
// batch writes all leave the connection's page cache at the reading size (SqliteConnection).
// Before, the check alone left the whole file in memory, and each reopened organization held
// more as threads were stored: the soak's heap grew with the threads opened.
//
// SQLite's own figure for the page cache (sqlite3_db_status, SQLITE_DBSTATUS_CACHE_USED) is
// read from the library Qt's driver already loaded, through the handle the driver exposes: the
// test needs no SQLite headers and the product links no SQLite of its own.

#include "Cache.h"
#include "SqliteConnection.h"
#include "tst_cache_support.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QtTest>

#include <dlfcn.h>

using namespace repdesk;
using namespace repdesk::cachetest;

namespace {

// Bytes of page cache over every open cache connection; -1 when SQLite cannot be asked.
qint64 pageCacheBytes()
{
    using DbStatus = int (*)(void *, int, int *, int *, int);
    // Loaded by Qt's SQLite plugin with the first connection: asked for after one is open.
    void *library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    const auto status = library ? reinterpret_cast<DbStatus>(dlsym(library, "sqlite3_db_status")) : nullptr;
    if (library)
        dlclose(library); // RTLD_NOLOAD took a reference; the plugin keeps its own
    if (!status)
        return -1;
    constexpr int kCacheUsed = 1; // SQLITE_DBSTATUS_CACHE_USED
    qint64 total = 0;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isOpen())
            continue;
        const QVariant handle = db.driver()->handle();
        void *sqlite = handle.isValid() ? *static_cast<void *const *>(handle.constData()) : nullptr;
        int current = 0, highwater = 0;
        if (!sqlite || status(sqlite, kCacheUsed, &current, &highwater, 0) != 0)
            return -1;
        total += current;
    }
    return total;
}

// The reading cache's size plus SQLite's per-page headers and a margin.
constexpr qint64 kBound = qint64(SqliteConnection::kReadCacheKiB) * 1024 * 5 / 4;

QString conversationId(int i)
{
    return QStringLiteral("conv-%1").arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestCacheMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void batchWritesGiveTheirPagesBack();
    void openingALargeFileKeepsTheReadCache();
    void readingEveryThreadStaysWithinTheReadCache();

private:
    // Fills the organization with ~6 MB of threads; the page cache after it.
    qint64 fill();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dir() const { return m_dir->path(); }
    static constexpr int kThreads = 120;
};

void TestCacheMemory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

qint64 TestCacheMemory::fill()
{
    Cache cache(dir(), QStringLiteral("acct"));
    if (!cache.openOrganization(QStringLiteral("org")))
        return -1;
    // Text that does not compress into fewer pages: every message differs.
    for (int i = 0; i < kThreads; ++i) {
        const QString conv = conversationId(i);
        QList<Message> messages;
        for (int m = 0; m < 2; ++m)
            messages << fullMessage(conv, m, QStringLiteral("%1 %2 ").arg(conv).arg(m).repeated(900));
        cache.saveThread(conv, messages);
    }
    const qint64 used = pageCacheBytes();
    if (used < 0)
        qWarning("SQLite's status call is not reachable through Qt's driver");
    return used;
}

void TestCacheMemory::batchWritesGiveTheirPagesBack()
{
    const qint64 afterWrites = fill();
    QVERIFY(afterWrites >= 0);
    QVERIFY2(afterWrites <= kBound, qPrintable(QStringLiteral("page cache %1 bytes after the writes").arg(afterWrites)));
}

void TestCacheMemory::openingALargeFileKeepsTheReadCache()
{
    QVERIFY(fill() >= 0);
    qint64 onDisk = 0;
    QDirIterator it(dir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        onDisk += QFileInfo(it.next()).size();
    // Meaningful only if the file is well past the bound: the check reads all of it.
    QVERIFY2(onDisk > 3 * kBound, qPrintable(QStringLiteral("only %1 bytes on disk").arg(onDisk)));

    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    const qint64 afterOpen = pageCacheBytes();
    QVERIFY(afterOpen >= 0);
    QVERIFY2(afterOpen <= kBound, qPrintable(QStringLiteral("page cache %1 bytes after opening a file of %2").arg(afterOpen).arg(onDisk)));
}

void TestCacheMemory::readingEveryThreadStaysWithinTheReadCache()
{
    QVERIFY(fill() >= 0);
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    qint64 peak = 0;
    for (int i = 0; i < kThreads; ++i) {
        QCOMPARE(cache.thread(conversationId(i)).size(), 2);
        const qint64 used = pageCacheBytes();
        QVERIFY(used >= 0);
        peak = qMax(peak, used);
    }
    QVERIFY2(peak <= kBound, qPrintable(QStringLiteral("page cache reached %1 bytes").arg(peak)));
    // Still readable after the pages were dropped: the content comes back from the file.
    QVERIFY(cache.thread(conversationId(0)).at(0).content.contains(conversationId(0)));
}

QTEST_GUILESS_MAIN(TestCacheMemory)
#include "tst_cache_memory.moc"
