// AccountFiles: the one mapping from an account's storage key to its folder,
// shared by Cache, DraftJournal and Outbox, and the removal of everything of
// one account. Also: Cache::clear() leaves the journal and outbox alone.
#include "AccountFiles.h"
#include "Cache.h"
#include "DraftJournal.h"
#include "Outbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace repdesk;

namespace {
const QString kOrg = QStringLiteral("HR_id_org");

JournalEntry entry(const QString &key)
{
    JournalEntry e;
    e.organizationId = kOrg;
    e.key = key;
    e.html = QStringLiteral("<p>typed offline</p>");
    e.updatedAt = QDateTime::currentDateTimeUtc();
    return e;
}

OutboxItem item(const QString &key)
{
    OutboxItem i;
    i.organizationId = kOrg;
    i.key = key;
    i.body = QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>queued</p>")}};
    i.createdAt = QDateTime::currentDateTimeUtc();
    return i;
}

// Cache (account and organization files), journal and outbox of one account, written and closed.
void fillAccount(const QString &directory, const QString &accountKey)
{
    Cache cache(directory, accountKey);
    QVERIFY(cache.openOrganization(kOrg));
    Conversation c;
    c.conversationId = QStringLiteral("HR_id_conv");
    cache.upsertConversations({c});
    cache.saveOrganizations({{kOrg, QStringLiteral("Org")}});
    DraftJournal journal(directory, accountKey);
    QVERIFY(journal.writeNow(entry(QStringLiteral("conv"))));
    Outbox outbox(directory, accountKey);
    QVERIFY(outbox.enqueue(item(QStringLiteral("conv"))) > 0);
}
} // namespace

class TestAccountFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString dir() const { return m_dir.path(); }

private Q_SLOTS:
    void folderNames()
    {
        QCOMPARE(AccountFiles::folder(dir(), QStringLiteral("a1b2c3")), dir() + QStringLiteral("/a1b2c3"));
        QCOMPARE(AccountFiles::file(dir(), QStringLiteral("a1b2c3"), QStringLiteral("drafts.sqlite")),
                 dir() + QStringLiteral("/a1b2c3/drafts.sqlite"));
        // Keys that could leave `directory` become a hashed plain name, the same every time.
        for (const QString &key : {QStringLiteral("../escape"), QStringLiteral(".."), QStringLiteral("a/b"),
                                   QStringLiteral(".hidden"), QString()}) {
            const QString folder = AccountFiles::folder(dir(), key);
            QCOMPARE(QFileInfo(folder).absolutePath(), dir());
            QVERIFY2(QFileInfo(folder).fileName().startsWith(QStringLiteral("account-")), qPrintable(folder));
            QCOMPARE(AccountFiles::folder(dir(), key), folder);
        }
        QVERIFY(AccountFiles::folder(dir(), QStringLiteral("../x")) != AccountFiles::folder(dir(), QStringLiteral("../y")));
        // No directory, no folder: never a path relative to the working directory.
        QVERIFY(AccountFiles::folder(QString(), QStringLiteral("a1b2c3")).isEmpty());
        QVERIFY(AccountFiles::file(QString(), QStringLiteral("a1b2c3"), QStringLiteral("x")).isEmpty());
    }

    void everyStoreUsesTheFolder()
    {
        const QString key = QStringLiteral("../odd key");
        fillAccount(dir(), key);
        const QDir folder(AccountFiles::folder(dir(), key));
        QVERIFY(folder.exists(QStringLiteral("account.sqlite")));
        QVERIFY(folder.exists(QStringLiteral("drafts.sqlite")));
        QVERIFY(folder.exists(QStringLiteral("outbox.sqlite")));
        QCOMPARE(folder.entryList({QStringLiteral("org-*.sqlite")}, QDir::Files).size(), 1);
        QVERIFY(!QFileInfo::exists(dir() + QStringLiteral("/../odd key")));
    }

    void removeDeletesOneAccount()
    {
        QTemporaryDir root;
        fillAccount(root.path(), QStringLiteral("first"));
        fillAccount(root.path(), QStringLiteral("second"));
        QString error;
        QVERIFY(AccountFiles::remove(root.path(), QStringLiteral("first"), &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("first"))));

        // The other account is untouched and still readable.
        Cache cache(root.path(), QStringLiteral("second"));
        QVERIFY(cache.openOrganization(kOrg));
        QCOMPARE(cache.conversationCount(), 1);
        DraftJournal journal(root.path(), QStringLiteral("second"));
        QVERIFY(journal.entry(kOrg, QStringLiteral("conv")).has_value());
        Outbox outbox(root.path(), QStringLiteral("second"));
        QCOMPARE(outbox.count(), 1);

        // Nothing left is success too; a fresh start of the removed account is empty.
        QVERIFY(AccountFiles::remove(root.path(), QStringLiteral("first"), &error));
        DraftJournal fresh(root.path(), QStringLiteral("first"));
        QVERIFY(fresh.isOpen());
        QVERIFY(fresh.entries(kOrg).isEmpty());
    }

    void removeDoesNotFollowALink()
    {
        QTemporaryDir root;
        QTemporaryDir elsewhere;
        QFile precious(elsewhere.filePath(QStringLiteral("precious.txt")));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.close();
        QVERIFY(QFile::link(elsewhere.path(), root.filePath(QStringLiteral("linked"))));
        QVERIFY(AccountFiles::remove(root.path(), QStringLiteral("linked")));
        QVERIFY(!QFileInfo(root.filePath(QStringLiteral("linked"))).isSymLink());
        QVERIFY(QFileInfo::exists(precious.fileName()));
    }

    void clearingTheCacheKeepsJournalAndOutbox()
    {
        QTemporaryDir root;
        const QString key = QStringLiteral("acct");
        Cache cache(root.path(), key);
        QVERIFY(cache.openOrganization(kOrg));
        Conversation c;
        c.conversationId = QStringLiteral("HR_id_conv");
        cache.upsertConversations({c});
        cache.saveOrganizations({{kOrg, QStringLiteral("Org")}});
        DraftJournal journal(root.path(), key);
        QVERIFY(journal.writeNow(entry(QStringLiteral("conv"))));
        Outbox outbox(root.path(), key);
        QVERIFY(outbox.enqueue(item(QStringLiteral("conv"))) > 0);

        QVERIFY(cache.clear());
        const QDir folder(AccountFiles::folder(root.path(), key));
        QVERIFY(folder.entryList({QStringLiteral("account.sqlite*"), QStringLiteral("org-*")}, QDir::Files).isEmpty());
        QVERIFY(folder.exists(QStringLiteral("drafts.sqlite")));
        QVERIFY(folder.exists(QStringLiteral("outbox.sqlite")));
        // Still open and still written: what was typed offline survives "Clear cache".
        QVERIFY(journal.writeNow(entry(QStringLiteral("other"))));
        DraftJournal reopened(root.path(), key);
        QVERIFY(reopened.entry(kOrg, QStringLiteral("conv")).has_value());
        QVERIFY(reopened.entry(kOrg, QStringLiteral("other")).has_value());
        Outbox outboxAgain(root.path(), key);
        QCOMPARE(outboxAgain.count(), 1);
        // The cache comes back empty on next use.
        QCOMPARE(cache.conversationCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountFiles)
#include "tst_account_files.moc"
