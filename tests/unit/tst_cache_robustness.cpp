// Cache robustness: file layout and WAL, the size limit, clear(), damaged
// files, an unusable directory and several instances in one process.

#include "Cache.h"
#include "CacheSchema.h"
#include "tst_cache_support.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace repdesk;
using namespace repdesk::cachetest;

namespace {
// Runs one statement on a private connection, as a second process would.
QVariant peek(const QString &file, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

void expectRebuildWarning()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^rebuilt .*sqlite: ")));
}

bool overwrite(const QString &file, qint64 offset)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const qint64 length = qMax<qint64>(f.size() - offset, 8192);
    QByteArray garbage(length, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(QRandomGenerator::global()->bounded(256));
    return f.seek(offset) && f.write(garbage) == length;
}

QList<Conversation> manyConversations(int n)
{
    QList<Conversation> out;
    for (int i = 0; i < n; ++i)
        out.append(conversation(QStringLiteral("conv-%1").arg(i, 5, 10, QLatin1Char('0')), utc(2026, 1, 1).addSecs(i * 60)));
    return out;
}
} // namespace

class TestCacheRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fileLayoutAndWal();
    void sizeLimitDropsLeastRecentlyOpenedThreads();
    void sizeLimitFallsBackToOldestConversations();
    void clearRemovesFilesAndStaysUsable();
    void corruptFileIsRebuilt_data();
    void corruptFileIsRebuilt();
    void corruptAccountFileIsRebuilt();
    void damageFoundWhileOpenIsRebuilt();
    void newerSchemaIsRebuilt();
    void unusableDirectoryMakesEverythingANoOp();
    void severalInstancesCoexist();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dir() const { return m_dir->path(); }
};

void TestCacheRobustness::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheRobustness::fileLayoutAndWal()
{
    const QString org = longId(QStringLiteral("org"));
    const QString file = organizationFile(dir(), QStringLiteral("acct"), org);
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(org));
    cache.upsertConversations(manyConversations(10));
    cache.saveOrganizations({{org, QStringLiteral("Org")}});
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(QFileInfo::exists(dir() + QStringLiteral("/acct/account.sqlite")));
    QCOMPARE(peek(file, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(peek(file, QStringLiteral("PRAGMA user_version")).toInt(), CacheSchema::organization().latestVersion());
    QCOMPARE(peek(file, QStringLiteral("SELECT COUNT(*) FROM conversations")).toInt(), 10);
    QVERIFY(cache.sizeBytes() >= QFileInfo(file).size());
    QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal")));

    // An account key that could escape the directory is hashed into a plain name.
    Cache odd(dir(), QStringLiteral("../escape"));
    QVERIFY(odd.openOrganization(org));
    QVERIFY(!QFileInfo::exists(QFileInfo(dir()).absolutePath() + QStringLiteral("/escape")));
    QCOMPARE(QDir(dir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
}

void TestCacheRobustness::sizeLimitDropsLeastRecentlyOpenedThreads()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    cache.upsertConversations(manyConversations(200));
    const QString filler = QString(1500, QChar(0x4E2D)); // ~4.5 KB of UTF-8 per message
    for (int t = 0; t < 40; ++t) {
        const QString id = QStringLiteral("conv-%1").arg(t, 5, 10, QLatin1Char('0'));
        QList<Message> messages;
        for (int i = 0; i < 6; ++i)
            messages.append(fullMessage(id, i, filler));
        cache.saveThread(id, messages);
    }
    // Opened last, so kept longest, although saved first.
    QCOMPARE(cache.thread(QStringLiteral("conv-00000")).size(), 6);
    QCOMPARE(cache.thread(QStringLiteral("conv-00001")).size(), 6);

    const qint64 before = cache.sizeBytes();
    QVERIFY2(before > 1000000, qPrintable(QString::number(before)));
    const qint64 limit = before / 3;
    cache.enforceLimit(limit);
    const qint64 after = cache.sizeBytes();
    QVERIFY2(after <= limit, qPrintable(QStringLiteral("%1 > %2").arg(after).arg(limit)));

    const QHash<QString, QString> stored = cache.latestModalities();
    QVERIFY(!stored.contains(QStringLiteral("conv-00002"))); // the least recently opened
    QVERIFY(stored.contains(QStringLiteral("conv-00000")));
    QVERIFY(stored.contains(QStringLiteral("conv-00001")));
    QVERIFY(stored.contains(QStringLiteral("conv-00039")));
    QVERIFY(stored.size() < 40);
    // Threads were enough: no conversation had to go.
    QCOMPARE(cache.conversationCount(), 200);
    QCOMPARE(cache.thread(QStringLiteral("conv-00039")).size(), 6);

    // Under the bound already: nothing changes.
    cache.enforceLimit(after * 2);
    QCOMPARE(cache.latestModalities().size(), stored.size());
}

void TestCacheRobustness::sizeLimitFallsBackToOldestConversations()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    cache.upsertConversations(manyConversations(6000));
    cache.saveThread(QStringLiteral("conv-05999"), {fullMessage(QStringLiteral("conv-05999"), 0, emoji())});
    const qint64 limit = cache.sizeBytes() / 2;
    cache.enforceLimit(limit);
    QVERIFY2(cache.sizeBytes() <= limit, qPrintable(QStringLiteral("%1 > %2").arg(cache.sizeBytes()).arg(limit)));
    QVERIFY(cache.latestModalities().isEmpty());
    const int left = cache.conversationCount();
    QVERIFY(left > 0 && left < 6000);
    const QList<Conversation> kept = cache.conversations();
    // The newest survive, in order, and the oldest went first.
    QCOMPARE(kept.first().conversationId, QStringLiteral("conv-05999"));
    QCOMPARE(kept.last().conversationId, QStringLiteral("conv-%1").arg(6000 - left, 5, 10, QLatin1Char('0')));
}

void TestCacheRobustness::clearRemovesFilesAndStaysUsable()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    cache.upsertConversations(manyConversations(5));
    cache.saveOrganizations({{QStringLiteral("org"), QStringLiteral("Org")}});
    Cache otherAccount(dir(), QStringLiteral("other"));
    QVERIFY(otherAccount.openOrganization(QStringLiteral("org")));
    otherAccount.upsertConversations(manyConversations(3));

    QVERIFY(cache.clear());
    QVERIFY(!QFileInfo::exists(dir() + QStringLiteral("/acct")));
    QCOMPARE(cache.sizeBytes(), 0);
    QCOMPARE(otherAccount.conversationCount(), 3);

    // Documented: the organization stays selected and its file comes back empty on next use.
    QVERIFY(cache.isOpen());
    QCOMPARE(cache.organizationId(), QStringLiteral("org"));
    QVERIFY(cache.conversations().isEmpty());
    QVERIFY(cache.organizations().isEmpty());
    cache.upsertConversations(manyConversations(2));
    QCOMPARE(cache.conversationCount(), 2);
    QVERIFY(QFileInfo::exists(organizationFile(dir(), QStringLiteral("acct"), QStringLiteral("org"))));
}

void TestCacheRobustness::corruptFileIsRebuilt_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::newRow("whole file") << qint64(0);
    QTest::newRow("pages after the header") << qint64(4096);
}

void TestCacheRobustness::corruptFileIsRebuilt()
{
    QFETCH(qint64, offset);
    const QString file = organizationFile(dir(), QStringLiteral("acct"), QStringLiteral("org"));
    {
        Cache cache(dir(), QStringLiteral("acct"));
        QVERIFY(cache.openOrganization(QStringLiteral("org")));
        cache.upsertConversations(manyConversations(500));
    }
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QVERIFY(overwrite(file, offset));

    Cache cache(dir(), QStringLiteral("acct"));
    QSignalSpy errors(&cache, &Cache::error);
    expectRebuildWarning();
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("damaged")));
    QVERIFY(cache.conversations().isEmpty());
    cache.upsertConversations(manyConversations(3));
    QCOMPARE(cache.conversationCount(), 3);
    QCOMPARE(errors.size(), 1);
}

void TestCacheRobustness::corruptAccountFileIsRebuilt()
{
    {
        Cache cache(dir(), QStringLiteral("acct"));
        cache.saveOrganizations({{QStringLiteral("org"), QStringLiteral("Org")}});
    }
    QVERIFY(overwrite(dir() + QStringLiteral("/acct/account.sqlite"), 0));
    Cache cache(dir(), QStringLiteral("acct"));
    QSignalSpy errors(&cache, &Cache::error);
    expectRebuildWarning();
    QVERIFY(cache.organizations().isEmpty());
    QCOMPARE(errors.size(), 1);
    cache.saveOrganizations({{QStringLiteral("org2"), cjk()}});
    QCOMPARE(cache.organizations().size(), 1);
    QCOMPARE(cache.organizations().at(0).name, cjk());
}

void TestCacheRobustness::damageFoundWhileOpenIsRebuilt()
{
    const QString file = organizationFile(dir(), QStringLiteral("acct"), QStringLiteral("org"));
    Cache cache(dir(), QStringLiteral("acct"));
    QSignalSpy errors(&cache, &Cache::error);
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    cache.upsertConversations(manyConversations(2000));
    // Another connection moves everything into the main file and restarts the
    // WAL, which makes this connection drop its page cache and read the disk.
    peek(file, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QVERIFY(overwrite(file, 4096));

    expectRebuildWarning();
    QVERIFY(cache.conversations().isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("damaged")));
    QVERIFY(cache.isOpen());
    cache.upsertConversations(manyConversations(3));
    QCOMPARE(cache.conversationCount(), 3);
    QCOMPARE(errors.size(), 1);
}

void TestCacheRobustness::newerSchemaIsRebuilt()
{
    const QString file = organizationFile(dir(), QStringLiteral("acct"), QStringLiteral("org"));
    {
        Cache cache(dir(), QStringLiteral("acct"));
        QVERIFY(cache.openOrganization(QStringLiteral("org")));
        cache.upsertConversations(manyConversations(5));
    }
    peek(file, QStringLiteral("PRAGMA user_version = 99"));
    QCOMPARE(peek(file, QStringLiteral("PRAGMA user_version")).toInt(), 99);

    Cache cache(dir(), QStringLiteral("acct"));
    QSignalSpy errors(&cache, &Cache::error);
    expectRebuildWarning();
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(cache.conversationCount(), 0);
    QCOMPARE(peek(file, QStringLiteral("PRAGMA user_version")).toInt(), CacheSchema::organization().latestVersion());
}

void TestCacheRobustness::unusableDirectoryMakesEverythingANoOp()
{
    // Tests run as root, where chmod does not stop writes: a folder under a
    // regular file can never be created, for anyone.
    QFile blocker(dir() + QStringLiteral("/afile"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    Cache cache(dir() + QStringLiteral("/afile/sub"), QStringLiteral("acct"));
    QSignalSpy errors(&cache, &Cache::error);
    QVERIFY(!cache.openOrganization(QStringLiteral("org")));
    QVERIFY(!cache.isOpen());
    QVERIFY(!cache.lastError().isEmpty());
    QCOMPARE(errors.size(), 1);

    cache.upsertConversations(manyConversations(3));
    QVERIFY(cache.conversations().isEmpty());
    QCOMPARE(cache.conversationCount(), 0);
    cache.upsertContacts({Contact{QStringLiteral("c"), {}, {}, {}, {}, {}, {}, {}}});
    QVERIFY(!cache.contact(QStringLiteral("c")).has_value());
    QVERIFY(cache.allContacts().isEmpty());
    cache.upsertCompanies({Company{QStringLiteral("co"), {}, {}, {}, {}, {}, {}}});
    QVERIFY(!cache.company(QStringLiteral("co")).has_value());
    cache.upsertAgents({{QStringLiteral("a"), {}, {}}});
    QVERIFY(cache.agents().isEmpty());
    cache.saveThread(QStringLiteral("conv"), {fullMessage(QStringLiteral("conv"), 0, emoji())});
    QVERIFY(cache.thread(QStringLiteral("conv")).isEmpty());
    QVERIFY(cache.latestModalities().isEmpty());
    cache.setLastSync(utc(2026, 1, 1));
    QVERIFY(!cache.lastSync().isValid());
    QCOMPARE(cache.sizeBytes(), 0);
    cache.enforceLimit(1);
    QVERIFY(cache.organizationId().isEmpty());

    cache.saveOrganizations({{QStringLiteral("org"), QStringLiteral("Org")}});
    QVERIFY(cache.organizations().isEmpty());
    QCOMPARE(errors.size(), 2); // once for the organization, once for the account file
    QVERIFY(cache.clear());
    QVERIFY(!cache.openOrganization(QString()));
}

void TestCacheRobustness::severalInstancesCoexist()
{
    {
        Cache first(dir(), QStringLiteral("acct"));
        Cache second(dir(), QStringLiteral("acct"));
        Cache elsewhere(dir() + QStringLiteral("/nested"), QStringLiteral("acct"));
        QVERIFY(first.openOrganization(QStringLiteral("org")));
        QVERIFY(second.openOrganization(QStringLiteral("org")));
        QVERIFY(elsewhere.openOrganization(QStringLiteral("org")));
        first.upsertConversations(manyConversations(4));
        QCOMPARE(second.conversationCount(), 4);
        QCOMPARE(elsewhere.conversationCount(), 0);
        second.setLastSync(utc(2026, 2, 2));
        QCOMPARE(first.lastSync(), utc(2026, 2, 2));
    }
    // Every connection was removed with its Cache.
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

QTEST_GUILESS_MAIN(TestCacheRobustness)
#include "tst_cache_robustness.moc"
