// Every folder Repdesk creates under its profile is 0700 and every database
// file (with its -wal, -shm and -journal) 0600, whatever the umask; existing
// wider files are narrowed on open; and without a location nothing is written
// anywhere (no fallback to /tmp or the working directory).
#include "AccountFiles.h"
#include "Cache.h"
#include "DraftJournal.h"
#include "Outbox.h"
#include "PrivateFiles.h"
#include "TemplateStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace repdesk;

namespace {
const QString kAccount = QStringLiteral("acct");
const QString kOrg = QStringLiteral("HR_id_org");

int modeOf(const QString &path)
{
    struct stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}

// Writes to each of the four stores so that every file they use exists.
struct Stores
{
    explicit Stores(const QString &base)
        : cache(base, kAccount), journal(base, kAccount), outbox(base, kAccount), templates(base)
    {
    }

    bool fill()
    {
        Conversation c;
        c.conversationId = QStringLiteral("HR_id_conv");
        c.isRead = false;
        cache.upsertConversations({c});
        cache.saveOrganizations({{kOrg, QStringLiteral("Org")}});
        JournalEntry entry;
        entry.organizationId = kOrg;
        entry.key = c.conversationId;
        entry.html = QStringLiteral("<p>private</p>");
        entry.updatedAt = QDateTime::currentDateTimeUtc();
        OutboxItem item;
        item.organizationId = kOrg;
        item.key = c.conversationId;
        item.body = QJsonObject{{QStringLiteral("body_html"), entry.html}};
        item.createdAt = entry.updatedAt;
        ReplyTemplate t;
        t.name = QStringLiteral("Thanks");
        t.bodyHtml = QStringLiteral("<p>Thanks</p>");
        return cache.conversationCount() == 1 && cache.organizations().size() == 1 && journal.writeNow(entry)
            && outbox.enqueue(item) > 0 && outbox.lastError().isEmpty() && templates.save(t) > 0;
    }

    Cache cache;
    DraftJournal journal;
    Outbox outbox;
    TemplateStore templates;
};

QStringList databasesUnder(const QString &base)
{
    const QString account = AccountFiles::folder(base, kAccount);
    QStringList out{account + QStringLiteral("/account.sqlite"), account + QStringLiteral("/drafts.sqlite"),
                    account + QStringLiteral("/outbox.sqlite"), base + QStringLiteral("/templates.sqlite")};
    const QStringList orgs = QDir(account).entryList({QStringLiteral("org-*.sqlite")}, QDir::Files);
    for (const QString &name : orgs)
        out << account + QLatin1Char('/') + name;
    return out;
}

// Every folder and file under `top` (and `top` itself): folders 0700, files 0600.
void verifyPrivateTree(const QString &top, int *files)
{
    QCOMPARE(octal(modeOf(top)), octal(0700));
    QDirIterator it(top, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QVERIFY2(!info.isSymLink(), qPrintable(path));
        const int expected = info.isDir() ? 0700 : 0600;
        QVERIFY2(modeOf(path) == expected, qPrintable(path + QStringLiteral(" is ") + octal(modeOf(path))));
        if (!info.isDir())
            ++*files;
    }
}
} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A usual login umask: the files must be private because Repdesk makes
        // them so, not because the test runner happened to be strict.
        ::umask(022);
    }

    void everythingCreatedIsPrivate()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        // None of these folders exists yet: each level is created here.
        const QString top = root.filePath(QStringLiteral("profile"));
        const QString base = top + QStringLiteral("/cache/repdesk");
        Stores stores(base);
        QVERIFY(stores.cache.openOrganization(kOrg));
        QVERIFY(stores.fill());

        // All four are open, so every database has its -wal and -shm now.
        const QStringList databases = databasesUnder(base);
        QCOMPARE(databases.size(), 5);
        for (const QString &db : databases) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QVERIFY2(QFileInfo::exists(db + suffix), qPrintable(db + suffix));
        }
        int files = 0;
        verifyPrivateTree(top, &files);
        QVERIFY(files >= 15);
    }

    void existingWiderFilesAreNarrowed()
    {
        QTemporaryDir root;
        const QString base = root.filePath(QStringLiteral("repdesk"));
        {
            Stores stores(base);
            QVERIFY(stores.cache.openOrganization(kOrg));
            QVERIFY(stores.fill());
        }
        // As an older Repdesk (or a copied profile) left them: world-readable,
        // with empty side files lying around.
        const QStringList databases = databasesUnder(base);
        QCOMPARE(databases.size(), 5);
        for (const QString &db : databases) {
            QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
                QFile side(db + suffix);
                if (!side.exists())
                    QVERIFY(side.open(QIODevice::WriteOnly));
                side.close();
                QVERIFY(QFile::setPermissions(db + suffix, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                               | QFile::ReadOther));
            }
            QCOMPARE(octal(modeOf(db)), octal(0644));
        }
        const QString account = AccountFiles::folder(base, kAccount);
        const auto wideDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(account, wideDir));
        QVERIFY(QFile::setPermissions(base, wideDir));

        Stores stores(base);
        QVERIFY(stores.cache.openOrganization(kOrg));
        QCOMPARE(stores.cache.conversationCount(), 1); // the data survived, only the modes changed
        QVERIFY(stores.fill());
        int files = 0;
        verifyPrivateTree(base, &files);
        QVERIFY(files >= 15);
    }

    void noLocationWritesNothing()
    {
        QTemporaryDir root;
        const QString tmp = root.filePath(QStringLiteral("tmp"));
        const QString cwd = root.filePath(QStringLiteral("cwd"));
        QVERIFY(QDir().mkpath(tmp) && QDir().mkpath(cwd));
        QFile marker(cwd + QStringLiteral("/keep"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        const QByteArray oldTmp = qgetenv("TMPDIR");
        const QString oldCwd = QDir::currentPath();
        qputenv("TMPDIR", QFile::encodeName(tmp));
        QVERIFY(QDir::setCurrent(cwd));
        QCOMPARE(QDir::tempPath(), tmp);
        {
            Cache cache(QString(), kAccount);
            QSignalSpy errors(&cache, &Cache::error);
            QVERIFY(!cache.openOrganization(kOrg));
            QVERIFY(cache.lastError().contains(QLatin1String("no location")));
            QCOMPARE(errors.size(), 1);
            cache.saveOrganizations({{kOrg, QStringLiteral("Org")}});
            QVERIFY(cache.organizations().isEmpty());
            // Clearing "nothing" must not mean clearing the working directory.
            QVERIFY(cache.clear());

            DraftJournal journal(QString(), kAccount);
            QVERIFY(!journal.isOpen());
            QVERIFY(!journal.lastError().isEmpty());
            Outbox outbox(QString(), kAccount);
            QVERIFY(outbox.lastError().contains(QLatin1String("no location")));
            // Templates still work for the session, from memory.
            TemplateStore templates{QString()};
            QVERIFY(!templates.templates().isEmpty());

            QString error;
            QVERIFY(!AccountFiles::remove(QString(), kAccount, &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(AccountFiles::folder(QString(), kAccount).isEmpty());
        }
        QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QCOMPARE(QDir(cwd).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("keep")});
        QVERIFY(QDir::setCurrent(oldCwd));
        if (oldTmp.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", oldTmp);
    }

    void defaultDirectoryHasNoSharedFallback_data()
    {
        QTest::addColumn<QByteArray>("home");
        QTest::addColumn<QByteArray>("xdgCacheHome");
        QTest::addColumn<bool>("available");
        QTest::newRow("normal") << QByteArray("/home/someone") << QByteArray() << true;
        QTest::newRow("relative XDG_CACHE_HOME") << QByteArray("/home/someone") << QByteArray("relative/cache") << false;
        QTest::newRow("no home") << QByteArray() << QByteArray() << false;
        QTest::newRow("no home, explicit cache") << QByteArray() << QByteArray("/var/cache/someone") << true;
    }

    void defaultDirectoryHasNoSharedFallback()
    {
        QFETCH(QByteArray, home);
        QFETCH(QByteArray, xdgCacheHome);
        QFETCH(bool, available);
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldXdg = qgetenv("XDG_CACHE_HOME");
        qputenv("HOME", home);
        if (xdgCacheHome.isEmpty())
            qunsetenv("XDG_CACHE_HOME");
        else
            qputenv("XDG_CACHE_HOME", xdgCacheHome);
        const QString directory = Cache::defaultDirectory();
        qputenv("HOME", oldHome);
        if (oldXdg.isNull())
            qunsetenv("XDG_CACHE_HOME");
        else
            qputenv("XDG_CACHE_HOME", oldXdg);

        QCOMPARE(!directory.isEmpty(), available);
        QVERIFY2(!directory.startsWith(QDir::tempPath()) && !directory.startsWith(QStringLiteral("/tmp")),
                 qPrintable(directory));
        if (available) {
            QVERIFY(QDir::isAbsolutePath(directory));
            QVERIFY(directory.startsWith(QString::fromLocal8Bit(xdgCacheHome.isEmpty() ? home + "/.cache" : xdgCacheHome)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_private_files.moc"
