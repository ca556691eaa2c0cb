// ConversationListModel against repdesk-sandbox: paging through fetchMore,
// stale pages, error then retry, filter resets; QAbstractItemModelTester
// watches every signal for consistency.
#include "Cache.h"
#include "ContactDirectory.h"
#include "ConversationFilterProxy.h"
#include "ConversationListModel.h"
#include "FolderListModel.h"
#include "InboxSync.h"
#include "SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QStringListModel>
#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::test;

class TestConversationModel : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    QTemporaryDir dir;

    static bool waitIdle(ConversationListModel &m, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&m] { return m.fetchState() != PagedListModel::FetchState::Loading; }, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start());
        QVERIFY(dir.isValid());
    }

    void pagesToTheEndWithTester()
    {
        ConversationListModel model;
        model.setSource(f.account->provider(), nullptr, nullptr, f.org);
        model.setPageSize(25);
        QVERIFY(model.canFetchMore({}));
        f.server->setLatencyMs(100); // long enough to see the spinner row
        int requests = 0;
        while (model.canFetchMore({})) {
            const int before = f.requestCount();
            model.fetchMore({});
            QCOMPARE(model.fetchState(), PagedListModel::FetchState::Loading);
            // A second fetchMore while a page is in flight must not fire another request.
            model.fetchMore({});
            QCOMPARE(model.fetchState(), PagedListModel::FetchState::Loading);
            QTRY_COMPARE(model.rowCount(), model.itemRowCount() + 1); // the spinner row
            model.fetchMore({});
            QVERIFY(waitIdle(model));
            QCOMPARE(f.requestCount(), before + 1);
            ++requests;
            QVERIFY(requests < 10);
        }
        QCOMPARE(model.fetchState(), PagedListModel::FetchState::Complete);
        QCOMPARE(model.itemRowCount(), 60);
        QCOMPARE(model.rowCount(), 60); // no footer at the end
        QCOMPARE(requests, 3);
        f.server->setLatencyMs(0);

        // The tester drives fetchMore itself, as a view does, and checks every signal.
        ConversationListModel viewed;
        viewed.setSource(f.account->provider(), nullptr, nullptr, f.org);
        viewed.setPageSize(25);
        QAbstractItemModelTester tester(&viewed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        for (int i = 0; i < 5 && viewed.fetchState() != PagedListModel::FetchState::Complete; ++i) {
            QVERIFY(waitIdle(viewed));
            viewed.fetchMore({});
        }
        QVERIFY(waitIdle(viewed));
        QCOMPARE(viewed.itemRowCount(), 60);
        for (int i = 1; i < model.itemRowCount(); ++i)
            QVERIFY(model.conversation(i - 1)->lastActivityAt >= model.conversation(i)->lastActivityAt);
    }

    void errorThenRetry()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setSource(f.account->provider(), nullptr, nullptr, f.org);
        model.setPageSize(25);
        f.account->transport()->setRetryPolicy(RetryPolicy::none());
        f.server->injectFaults(1, 500);
        QSignalSpy errors(&model, &PagedListModel::errorOccurred);
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        QCOMPARE(model.fetchState(), PagedListModel::FetchState::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.rowCount(), 1); // just the Retry row: no stuck spinner
        const QModelIndex footer = model.index(0);
        QCOMPARE(footer.data(PagedListModel::RowKindRole).value<PagedListModel::RowKind>(),
                 PagedListModel::RowKind::ErrorFooter);
        QVERIFY(PagedListModel::isErrorFooter(footer));
        QVERIFY(!PagedListModel::isItemRow(footer));
        QVERIFY(!footer.data(PagedListModel::ErrorTextRole).toString().isEmpty());
        QVERIFY(!model.canFetchMore({})); // the view must not hammer a failing server
        model.retry();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.fetchState(), PagedListModel::FetchState::Idle);
        QCOMPARE(model.itemRowCount(), 25);
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(PagedListModel::isItemRow(model.index(0)));
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        f.account->transport()->setRetryPolicy(fast);
    }

    // RowKind::Item is the enum's 0: read bare, "no row" would be an item (an `r` in an empty
    // inbox once opened a reply to no conversation). The one reader says "no row" for an
    // invalid index and "item" for a valid row of a model without the role.
    void rowKindOfAnInvalidIndexIsNoRow()
    {
        QVERIFY(!PagedListModel::rowKindOf(QModelIndex()).has_value());
        QVERIFY(!PagedListModel::isItemRow(QModelIndex()));
        QVERIFY(!PagedListModel::isErrorFooter(QModelIndex()));
        QStringListModel plain({QStringLiteral("a row of a plain model")});
        QCOMPARE(PagedListModel::rowKindOf(plain.index(0)), PagedListModel::RowKind::Item);
        QVERIFY(PagedListModel::isItemRow(plain.index(0)));
    }

    void stalePagesAreDropped()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setSource(f.account->provider(), nullptr, nullptr, f.org);
        model.setPageSize(25);
        f.server->setLatencyMs(300);
        model.fetchMore({}); // unfiltered page in flight
        QTest::qWait(50);
        // A filter that matches nothing arrives before the first page does.
        const QDateTime future = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
        model.setDateRange(future, future.addDays(1));
        QVERIFY(waitIdle(model));
        QTest::qWait(400); // the stale page has certainly arrived by now
        f.server->setLatencyMs(0);
        QCOMPARE(model.itemRowCount(), 0);
        QCOMPARE(model.fetchState(), PagedListModel::FetchState::Complete);
    }

    void organizationSwitchDropsPages()
    {
        ConversationListModel model;
        model.setSource(f.account->provider(), nullptr, nullptr, f.org);
        model.setPageSize(25);
        f.server->setLatencyMs(300);
        model.fetchMore({});
        QTest::qWait(50);
        model.setSource(f.account->provider(), nullptr, nullptr, f.secondOrg);
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        QTest::qWait(400);
        f.server->setLatencyMs(0);
        QVERIFY(model.itemRowCount() > 0);
        // Every row belongs to the second organization: none of the first's ids slipped in.
        auto firstOrg = run(f.client()->listConversations(f.org, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(firstOrg);
        for (const Conversation &c : firstOrg.value->items)
            QCOMPARE(model.rowOf(c.conversationId), -1);
    }

    void filterResetAndSearchThroughProxy()
    {
        ConversationListModel model;
        ContactDirectory contacts;
        contacts.setSource(f.account->provider(), nullptr, f.org);
        model.setSource(f.account->provider(), nullptr, &contacts, f.org);
        model.setPageSize(100);
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        QCOMPARE(model.itemRowCount(), 60);

        // Names are fetched on demand, once per contact.
        model.ensureContacts(0, 9);
        const int issued = contacts.requestsIssued();
        QVERIFY(issued > 0 && issued <= 10);
        model.ensureContacts(0, 9);
        QCOMPARE(contacts.requestsIssued(), issued);
        QVERIFY(QTest::qWaitFor([&] { return !model.index(0).data(ConversationListModel::ContactNameRole).toString().isEmpty(); }, 10000));

        ConversationFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setConversationModel(&model);
        const QString name = model.index(0).data(ConversationListModel::ContactNameRole).toString();
        proxy.setSearchText(name.left(4).toUpper());
        QVERIFY(proxy.rowCount() >= 1);
        QVERIFY(proxy.rowCount() < 60);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, 0).data(ConversationListModel::ContactNameRole).toString().toCaseFolded()
                        .contains(name.left(4).toCaseFolded())
                    || proxy.index(r, 0).data(ConversationListModel::ContactEmailRole).toString().toCaseFolded()
                           .contains(name.left(4).toCaseFolded()));
        proxy.setSearchText(QString());
        proxy.setFolder(ConversationFilterProxy::unreadFolder());
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, 0).data(ConversationListModel::IsUnreadRole).toBool());

        FolderListModel folders;
        folders.setConversationModel(&model);
        QCOMPARE(folders.index(0).data(FolderListModel::CountRole).toInt(), 60);
        QCOMPARE(folders.index(1).data(FolderListModel::CountRole).toInt(), proxy.rowCount());
        QVERIFY(folders.rowOfKey(QStringLiteral("inbox")) == 2);

        // Date range: server-side; a reset then only matching rows.
        const QDateTime start = model.conversation(9)->lastActivityAt;
        model.setDateRange(start, QDateTime());
        QVERIFY(waitIdle(model));
        QCOMPARE(model.itemRowCount(), 10);
        model.setDateRange({}, {});
        QVERIFY(waitIdle(model));
        QVERIFY(model.itemRowCount() >= 25);
    }

    void cacheFirstThenMerge()
    {
        Cache cache(dir.path(), QStringLiteral("test"));
        QVERIFY(cache.openOrganization(f.org));
        {
            ConversationListModel model;
            model.setSource(f.account->provider(), &cache, nullptr, f.org);
            model.setPageSize(30);
            model.fetchMore({});
            QVERIFY(waitIdle(model));
        }
        QCOMPARE(cache.conversationCount(), 30);
        ConversationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setSource(f.account->provider(), &cache, nullptr, f.org);
        model.loadFromCache();
        QCOMPARE(model.itemRowCount(), 30);
        QCOMPARE(model.index(0).data(ConversationListModel::OriginRole).value<ConversationListModel::Origin>(),
                 ConversationListModel::Origin::Cached);
        // A poll brings a new inbound message: the conversation moves to the top, unread.
        const QString bumped = model.conversation(20)->conversationId;
        QVERIFY(!f.server->simulateInboundMessage(bumped).isEmpty());
        auto fresh = run(f.client()->getConversation(f.org, bumped));
        REQUIRE_OK(fresh);
        QVERIFY2(fresh.value->isRead.has_value() && !*fresh.value->isRead, "the server marks it unread");
        QVERIFY(fresh.value->lastActivityAt > model.conversation(20)->lastActivityAt);
        const QStringList unread = model.merge({*fresh.value});
        QCOMPARE(unread, QStringList{bumped});
        QCOMPARE(model.conversation(0)->conversationId, bumped);
        QCOMPARE(model.itemRowCount(), 30);
        QCOMPARE(model.index(0).data(ConversationListModel::OriginRole).value<ConversationListModel::Origin>(),
                 ConversationListModel::Origin::Fetched);
    }

    void incrementalSyncReportsNewUnread()
    {
        QTemporaryDir syncDir;
        Cache cache(syncDir.path(), QStringLiteral("sync"));
        QVERIFY(cache.openOrganization(f.org));
        ConversationListModel model;
        model.setSource(f.account->provider(), &cache, nullptr, f.org);
        model.setPageSize(100);
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        InboxSync sync;
        sync.setSource(f.account->provider(), &cache, &model, f.org);
        sync.markSynced(QDateTime::currentDateTimeUtc());
        QSignalSpy unread(&sync, &InboxSync::newUnread);
        QSignalSpy finished(&sync, &InboxSync::finished);
        // The first sync of a run is a full walk (see tst_inbox_sync); the poll comes after it.
        sync.syncNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(unread.size(), 0);
        finished.clear();

        const QString target = model.conversation(40)->conversationId;
        QVERIFY(!f.server->simulateInboundMessage(target).isEmpty());
        f.server->clearRequestLog();
        sync.syncNow();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().first().value<ApiError>().isError());
        QCOMPARE(unread.size(), 1);
        QCOMPARE(unread.first().first().toStringList(), QStringList{target});
        QCOMPARE(model.conversation(0)->conversationId, target);
        // Only what changed was asked for: the request carried start_date.
        QVERIFY(f.server->requestLog().first().query.contains(QLatin1String("start_date=")));
        QVERIFY(cache.lastSync().isValid());
    }
};

QTEST_GUILESS_MAIN(TestConversationModel)
#include "tst_conversation_model.moc"
