// The full reconciliation walk of InboxSync, page by page, against
// repdesk-sandbox over loopback (pages of 20 over 60 conversations): each
// page is applied as it arrives; only a walk that reaches the end removes
// what it did not list, by the walk marker in the cache, including rows the
// list never held; a walk cut off midway, by a failure or by a new source,
// keeps the pages it applied and removes nothing; rows that did not change
// are not rewritten; without a cache the list still loses what is gone.
#include "AccountFiles.h"
#include "tst_inbox_sync_support.h"
#include "tst_sandbox_data.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::test;

namespace {
constexpr int kPage = 20;
const QString kCurrentWalk = QStringLiteral("(SELECT value FROM meta WHERE key = 'conversations_walk')");
} // namespace

class TestInboxSyncWalk : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    QTemporaryDir sandboxDir;
    QTemporaryDir cacheRoot;
    std::unique_ptr<SandboxData> data;
    int cacheCount = 0;

    // Every conversation listed and walked once; from now on every sync is a full walk of pages of kPage.
    std::unique_ptr<Inbox> walkedInbox()
    {
        auto in = std::make_unique<Inbox>(cacheRoot.filePath(QString::number(++cacheCount)), f, 500);
        in->sync.setFullWalkPageSize(kPage);
        in->sync.setFullWalkIntervalMs(0);
        if (!in->ready || in->syncOnce().isError())
            in->ready = false;
        return in;
    }
    // The inbox's cache file through a second connection, for what Cache does not expose.
    static std::unique_ptr<SandboxData> cacheFile(const Inbox &in)
    {
        return std::make_unique<SandboxData>(AccountFiles::folder(in.dir, QStringLiteral("acct")));
    }
    bool setColumn(const QString &column, const QVariant &value, const QString &id)
    {
        return data->exec(QStringLiteral("UPDATE conversations SET %1 = ? WHERE id = ?").arg(column), {value, id}) == 1;
    }
    bool deleteOnServer(const QString &id)
    {
        return data->exec(QStringLiteral("DELETE FROM conversations WHERE id = ?"), {id}) == 1;
    }
    void fastRetries()
    {
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 100;
        f.account->transport()->setRetryPolicy(fast);
    }
    int listRequests() const
    {
        int n = 0;
        for (const SandboxRequestRecord &r : f.server->requestLog())
            n += r.path.endsWith(QLatin1String("/conversations")) ? 1 : 0;
        return n;
    }
    // A read conversation at `row` or after, to be made unread elsewhere.
    static QString readFrom(const ConversationListModel &model, int row)
    {
        for (; row < model.itemRowCount(); ++row) {
            if (model.conversation(row)->isRead == true)
                return model.conversation(row)->conversationId;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.dataDir = sandboxDir.path();
        QVERIFY(f.start(options));
        data = std::make_unique<SandboxData>(sandboxDir.path());
        QVERIFY(data->isOpen());
    }

    void init() { fastRetries(); }

    void completedWalkRemovesOnlyUnseenRows()
    {
        auto in = walkedInbox();
        QVERIFY(in->ready);
        ConversationListModel &model = in->model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        const int before = model.itemRowCount();
        QVERIFY(before > 2 * kPage);
        // Gone from the server: one the list shows, and one only the cache
        // holds (with a stored thread), which no model row could name.
        const QString gone = model.conversation(before / 2)->conversationId;
        QVERIFY(deleteOnServer(gone));
        Conversation cacheOnly = *model.conversation(1);
        cacheOnly.conversationId = QStringLiteral("HR_id_cache_only");
        in->cache.upsertConversations({cacheOnly});
        Message m;
        m.messageId = QStringLiteral("HR_id_msg");
        m.conversationId = cacheOnly.conversationId;
        in->cache.saveThread(cacheOnly.conversationId, {m});
        // Read elsewhere on the first page and on the last: one report for the walk.
        const QString unreadFirst = readFrom(model, 0);
        const QString unreadLast = readFrom(model, 2 * kPage + 1);
        QVERIFY(!unreadFirst.isEmpty() && !unreadLast.isEmpty() && unreadLast != gone);
        QVERIFY(setColumn(QStringLiteral("is_read"), 0, unreadFirst));
        QVERIFY(setColumn(QStringLiteral("is_read"), 0, unreadLast));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy unread(&in->sync, &InboxSync::newUnread);
        f.server->clearRequestLog();

        bool full = false;
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(full);
        QCOMPARE(listRequests(), (before - 1 + kPage - 1) / kPage);
        QCOMPARE(model.rowOf(gone), -1);
        QCOMPARE(model.itemRowCount(), before - 1);
        QCOMPARE(in->cache.conversationCount(), before - 1);
        QVERIFY(!in->cache.conversationIds().contains(gone));
        QVERIFY(!in->cache.conversationIds().contains(cacheOnly.conversationId));
        QVERIFY(in->cache.thread(cacheOnly.conversationId).isEmpty());
        for (const QString &id : in->cache.conversationIds())
            QVERIFY(model.rowOf(id) >= 0);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(unread.size(), 1);
        QStringList reported = unread.first().first().toStringList();
        reported.sort();
        QStringList expected{unreadFirst, unreadLast};
        expected.sort();
        QCOMPARE(reported, expected);
        // What stays carries the mark of the walk that saw it, and nothing else does.
        auto file = cacheFile(*in);
        QVERIFY(file->isOpen());
        QCOMPARE(file->scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE walk = %1").arg(kCurrentWalk)).toInt(),
                 before - 1);
        QCOMPARE(file->scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")).toInt(), before - 1);
    }

    void interruptedWalkKeepsItsPagesAndRemovesNothing()
    {
        auto in = walkedInbox();
        QVERIFY(in->ready);
        ConversationListModel &model = in->model;
        const int before = model.itemRowCount();
        QVERIFY(before > 2 * kPage);
        // Moved elsewhere on the first page and on the last; one gone in between.
        const QString early = model.conversation(1)->conversationId;
        const QString late = model.conversation(before - 2)->conversationId;
        const QString gone = model.conversation(kPage + 5)->conversationId;
        QCOMPARE(row(model, late)->folder, QStringLiteral("inbox"));
        QVERIFY(setColumn(QStringLiteral("folder"), QStringLiteral("archive"), early));
        QVERIFY(setColumn(QStringLiteral("folder"), QStringLiteral("archive"), late));
        QVERIFY(deleteOnServer(gone));
        const QString becameUnread = readFrom(model, 0);
        QVERIFY(!becameUnread.isEmpty() && model.rowOf(becameUnread) < kPage);
        QVERIFY(setColumn(QStringLiteral("is_read"), 0, becameUnread));
        const QDateTime lastSync = in->sync.lastSync();
        QSignalSpy unread(&in->sync, &InboxSync::newUnread);

        // The first page is served, the second fails.
        f.account->transport()->setRetryPolicy(RetryPolicy::none());
        bool injected = false;
        auto c = connect(f.server.get(), &SandboxServer::requestHandled, this, [this, &injected](const QString &, const QString &path) {
            if (!injected && path.endsWith(QLatin1String("/conversations"))) {
                injected = true;
                f.server->injectFaults(1, 500);
            }
        });
        f.server->clearRequestLog();
        QCOMPARE(in->syncOnce().kind(), ApiError::Kind::Server);
        disconnect(c);
        QCOMPARE(listRequests(), 2);

        // The page that arrived is applied, in the list and in the cache.
        QCOMPARE(row(model, early)->folder, QStringLiteral("archive"));
        QCOMPARE(cached(in->cache, early)->folder, QStringLiteral("archive"));
        QCOMPARE(unread.size(), 1);
        QCOMPARE(unread.first().first().toStringList(), QStringList{becameUnread});
        // What came after it is not, and nothing was removed; the sync point stays.
        QCOMPARE(row(model, late)->folder, QStringLiteral("inbox"));
        QVERIFY(model.rowOf(gone) >= 0);
        QVERIFY(in->cache.conversationIds().contains(gone));
        QCOMPARE(model.itemRowCount(), before);
        QCOMPARE(in->cache.conversationCount(), before);
        QCOMPARE(in->sync.lastSync(), lastSync);

        // The next walk completes: the rest arrives and the gone one leaves.
        fastRetries();
        QVERIFY(!in->syncOnce().isError());
        QCOMPARE(row(model, late)->folder, QStringLiteral("archive"));
        QCOMPARE(model.rowOf(gone), -1);
        QVERIFY(!in->cache.conversationIds().contains(gone));
        QCOMPARE(unread.size(), 1); // already reported
    }

    void cancelledWalkRemovesNothing()
    {
        auto in = walkedInbox();
        QVERIFY(in->ready);
        ConversationListModel &model = in->model;
        const int before = model.itemRowCount();
        const QString early = model.conversation(1)->conversationId;
        const QString gone = model.conversation(before - 3)->conversationId;
        QVERIFY(setColumn(QStringLiteral("folder"), QStringLiteral("archive"), early));
        QVERIFY(deleteOnServer(gone));
        // A new source (e.g. the organization reopened) cancels the walk
        // while the server answers its second page: the first is applied.
        int served = 0;
        auto c = connect(f.server.get(), &SandboxServer::requestHandled, this, [&](const QString &, const QString &path) {
            if (path.endsWith(QLatin1String("/conversations")) && ++served == 2)
                in->sync.setSource(f.account->provider(), &in->cache, &model, f.org);
        });
        in->sync.syncNow();
        QTRY_COMPARE(served, 2);
        disconnect(c);
        QVERIFY(!in->sync.isRunning());
        QCOMPARE(row(model, early)->folder, QStringLiteral("archive"));
        QTest::qWait(300); // no late page or removal may follow
        QVERIFY(model.rowOf(gone) >= 0);
        QVERIFY(in->cache.conversationIds().contains(gone));
        // The new source's first sync is a full walk; it completes and removes.
        in->sync.setFullWalkPageSize(kPage);
        bool full = false;
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(full);
        QCOMPARE(model.rowOf(gone), -1);
        QVERIFY(!in->cache.conversationIds().contains(gone));
    }

    void unchangedRowsAreNotRewritten()
    {
        auto in = walkedInbox();
        QVERIFY(in->ready);
        // Triggers count every row the cache inserts or rewrites (any listed column written, changed or not).
        auto file = cacheFile(*in);
        QVERIFY(file->isOpen());
        QVERIFY(file->exec(QStringLiteral("CREATE TABLE test_writes (n INTEGER NOT NULL)")) >= 0);
        QCOMPARE(file->exec(QStringLiteral("INSERT INTO test_writes VALUES (0)")), 1);
        QVERIFY(file->exec(QStringLiteral("CREATE TRIGGER test_rewritten AFTER UPDATE OF start_at, last_activity_at,"
                                          " folder, is_read, contact_id ON conversations"
                                          " BEGIN UPDATE test_writes SET n = n + 1; END")) >= 0);
        QVERIFY(file->exec(QStringLiteral("CREATE TRIGGER test_inserted AFTER INSERT ON conversations"
                                          " BEGIN UPDATE test_writes SET n = n + 1; END")) >= 0);
        const auto writes = [&file] { return file->scalar(QStringLiteral("SELECT n FROM test_writes")).toInt(); };
        const int rows = in->cache.conversationCount();

        // Nothing changed on the server: the walk writes no row, yet marks every one as seen.
        QVERIFY(!in->syncOnce().isError());
        QCOMPARE(writes(), 0);
        QCOMPARE(file->scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE walk = %1").arg(kCurrentWalk)).toInt(),
                 rows);

        // One conversation moved elsewhere: that row alone is written.
        const QString moved = in->model.conversation(kPage + 3)->conversationId;
        QVERIFY(setColumn(QStringLiteral("folder"), QStringLiteral("archive"), moved));
        QVERIFY(!in->syncOnce().isError());
        QCOMPARE(writes(), 1);
        QCOMPARE(cached(in->cache, moved)->folder, QStringLiteral("archive"));
        QCOMPARE(in->cache.conversationCount(), rows);
    }

    void withoutACacheTheListStillLosesGoneRows()
    {
        ConversationListModel model;
        model.setSource(f.account->provider(), nullptr, nullptr, f.org);
        model.setPageSize(500);
        model.fetchMore({});
        QTRY_VERIFY(model.fetchState() != PagedListModel::FetchState::Loading);
        const int before = model.itemRowCount();
        QVERIFY(before > kPage);
        InboxSync sync;
        sync.setSource(f.account->provider(), nullptr, &model, f.org);
        sync.setFullWalkPageSize(kPage);
        const QString gone = model.conversation(2)->conversationId;
        QVERIFY(deleteOnServer(gone));
        QSignalSpy finished(&sync, &InboxSync::finished);
        sync.syncNow();
        QVERIFY(finished.wait(15000));
        QVERIFY(!finished.first().first().value<ApiError>().isError());
        QCOMPARE(model.rowOf(gone), -1);
        QCOMPARE(model.itemRowCount(), before - 1);
    }
};

QTEST_GUILESS_MAIN(TestInboxSyncWalk)
#include "tst_inbox_sync_walk.moc"
