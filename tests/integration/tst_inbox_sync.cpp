// InboxSync against repdesk-sandbox over loopback: the first sync of a run is
// a full walk and later ones incremental, until the full-walk interval has
// passed; is_read and folder changes that the incremental query cannot see
// arrive through the full walk, in place (no reset, selection kept); a
// conversation gone from the server leaves model and cache after a completed
// walk, and a failed walk removes nothing; newUnread names only conversations
// that became unread, and unread ones with newer activity with what they had
// before, so an autosent reply is not announced as news. How the walk pages, marks and removes: tst_inbox_sync_walk.
#include "tst_inbox_sync_support.h"
#include "tst_sandbox_data.h"

#include "ContactDirectory.h"
#include "NewMessageAnnouncer.h"
#include "ResponseDraftSaveRequest.h"
#include "ResponseDraftSaveResult.h"
#include "Message.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace repdesk;
using namespace repdesk::test;

namespace {
QString queryValue(const SandboxRequestRecord &record, const QString &key)
{
    return QUrlQuery(record.query).queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

class TestInboxSync : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    QTemporaryDir sandboxDir;
    QTemporaryDir cacheRoot;
    std::unique_ptr<SandboxData> data;
    int cacheCount = 0;

    std::unique_ptr<Inbox> inbox(int pageSize = 60)
    {
        return std::make_unique<Inbox>(cacheRoot.filePath(QString::number(++cacheCount)), f, pageSize);
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

    void firstSyncWalksEverythingThenPolls()
    {
        auto in = inbox();
        QVERIFY(in->ready);
        QCOMPARE(in->model.itemRowCount(), 60);
        QSignalSpy unread(&in->sync, &InboxSync::newUnread);
        f.server->clearRequestLog();
        bool full = false;
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(full);
        QVERIFY(!in->sync.isFullWalk()); // idle
        QList<SandboxRequestRecord> log = f.server->requestLog();
        QCOMPARE(log.size(), 1); // 60 conversations fit one page of 500
        QCOMPARE(queryValue(log.first(), QStringLiteral("limit")), QStringLiteral("500"));
        QVERIFY(!log.first().query.contains(QLatin1String("start_date")));
        QCOMPARE(unread.size(), 0); // nothing changed

        f.server->clearRequestLog();
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(!full);
        log = f.server->requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(queryValue(log.first(), QStringLiteral("limit")), QStringLiteral("200"));
        QVERIFY(log.first().query.contains(QLatin1String("start_date=")));
    }

    void fullWalkBringsWhatThePollMisses()
    {
        auto in = inbox();
        QVERIFY(in->ready);
        QVERIFY(!in->syncOnce().isError()); // the first, full, walk
        ConversationListModel &model = in->model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);

        // Three conversations change elsewhere without new activity: one read
        // becomes unread, one unread is read, one moves to another folder.
        QString becameUnread, becameRead, moved, selected;
        for (int r = 0; r < model.itemRowCount(); ++r) {
            const Conversation *c = model.conversation(r);
            if (becameUnread.isEmpty() && c->isRead == true)
                becameUnread = c->conversationId;
            else if (becameRead.isEmpty() && c->isUnread())
                becameRead = c->conversationId;
            else if (moved.isEmpty() && c->folder == QLatin1String("inbox"))
                moved = c->conversationId;
            else if (selected.isEmpty())
                selected = c->conversationId;
        }
        QVERIFY(!becameUnread.isEmpty() && !becameRead.isEmpty() && !moved.isEmpty() && !selected.isEmpty());
        const auto setColumn = [this](const QString &column, const QVariant &value, const QString &id) {
            return data->exec(QStringLiteral("UPDATE conversations SET %1 = ? WHERE id = ?").arg(column), {value, id});
        };
        QCOMPARE(setColumn(QStringLiteral("is_read"), 0, becameUnread), 1);
        QCOMPARE(setColumn(QStringLiteral("is_read"), 1, becameRead), 1);
        QCOMPARE(setColumn(QStringLiteral("folder"), QStringLiteral("archive"), moved), 1);

        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(model.rowOf(selected)), QItemSelectionModel::ClearAndSelect);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy unread(&in->sync, &InboxSync::newUnread);

        // The poll asks for recent activity only: it cannot see these.
        bool full = true;
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(!full);
        QVERIFY(row(model, becameUnread)->isRead == true);
        QVERIFY(row(model, becameRead)->isUnread());
        QCOMPARE(row(model, moved)->folder, QStringLiteral("inbox"));
        QCOMPARE(unread.size(), 0);

        // The interval has passed: the next sync walks everything.
        in->sync.setFullWalkIntervalMs(0);
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(full);
        QVERIFY(row(model, becameUnread)->isUnread());
        QVERIFY(row(model, becameRead)->isRead == true);
        QCOMPARE(row(model, moved)->folder, QStringLiteral("archive"));
        QVERIFY(cached(in->cache, becameUnread)->isUnread());
        QVERIFY(cached(in->cache, becameRead)->isRead == true);
        QCOMPARE(cached(in->cache, moved)->folder, QStringLiteral("archive"));
        QCOMPARE(unread.size(), 1);
        QCOMPARE(unread.first().first().toStringList(), QStringList{becameUnread});

        // In place: no reset, the three rows repainted and not the other 57, the selection kept.
        QCOMPARE(resets.size(), 0);
        QVERIFY(changed.size() >= 1 && changed.size() <= 3);
        int repainted = 0;
        for (const QList<QVariant> &args : std::as_const(changed))
            repainted += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
        QCOMPARE(repainted, 3);
        QCOMPARE(selection.currentIndex().data(ConversationListModel::ConversationIdRole).toString(), selected);
        QVERIFY(selection.isSelected(selection.currentIndex()));
    }

    void goneConversationsLeaveAfterACompleteWalk()
    {
        auto in = inbox();
        QVERIFY(in->ready);
        QVERIFY(!in->syncOnce().isError());
        ConversationListModel &model = in->model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        const int before = model.itemRowCount();
        const QString gone = model.conversation(before / 2)->conversationId;
        const QString selected = model.conversation(before - 1)->conversationId;
        Message m;
        m.messageId = QStringLiteral("HR_id_msg");
        m.conversationId = gone;
        in->cache.saveThread(gone, {m});
        QCOMPARE(data->exec(QStringLiteral("DELETE FROM conversations WHERE id = ?"), {gone}), 1);
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(model.rowOf(selected)), QItemSelectionModel::ClearAndSelect);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        in->sync.setFullWalkIntervalMs(0);

        // A walk that fails changes nothing, not even the sync point.
        const QDateTime lastSync = in->sync.lastSync();
        f.account->transport()->setRetryPolicy(RetryPolicy::none());
        f.server->injectFaults(1, 500);
        QCOMPARE(in->syncOnce().kind(), ApiError::Kind::Server);
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        f.account->transport()->setRetryPolicy(fast);
        QVERIFY(model.rowOf(gone) >= 0);
        QVERIFY(in->cache.conversationIds().contains(gone));
        QCOMPARE(in->sync.lastSync(), lastSync);

        bool full = false;
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(full);
        QCOMPARE(model.rowOf(gone), -1);
        QCOMPARE(model.itemRowCount(), before - 1);
        QVERIFY(!in->cache.conversationIds().contains(gone));
        QVERIFY(in->cache.thread(gone).isEmpty());
        QCOMPARE(in->cache.conversationCount(), before - 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(selection.currentIndex().data(ConversationListModel::ConversationIdRole).toString(), selected);
        QVERIFY(selection.isSelected(selection.currentIndex()));
        // Every remaining row still maps to itself.
        for (int r = 0; r < model.itemRowCount(); ++r)
            QCOMPARE(model.rowOf(model.conversation(r)->conversationId), r);
    }

    void fullWalkIntervalIsKept()
    {
        QCOMPARE(InboxSync::fullWalkIntervalSeconds, 15 * 60);
        auto in = inbox();
        QVERIFY(in->ready);
        QCOMPARE(in->sync.fullWalkIntervalMs(), qint64(15 * 60 * 1000));
        in->sync.setFullWalkIntervalMs(600);
        bool full = false;
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(full);
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(!full); // well inside the interval
        QTest::qWait(650);
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(full);
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(!full);
        // Another organization (or the same one again): its first sync is a full walk.
        in->sync.setSource(f.account->provider(), &in->cache, &in->model, f.org);
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(full);
    }

    void oldUnreadRowsAreNotNew()
    {
        // The list holds one page; the full walk brings the rest, some of
        // them unread long ago: only fresh activity counts as newly unread.
        auto in = inbox(25);
        QVERIFY(in->ready);
        QCOMPARE(in->model.itemRowCount(), 25);
        auto everything = run(f.client()->listConversations(f.org, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(everything);
        int oldUnread = 0;
        QString fresh;
        for (const Conversation &c : everything.value->items) {
            if (in->model.rowOf(c.conversationId) >= 0)
                continue;
            if (c.isUnread())
                ++oldUnread;
            else if (fresh.isEmpty())
                fresh = c.conversationId;
        }
        QVERIFY2(oldUnread > 0, "the test needs unread conversations beyond the first page");
        QVERIFY(!fresh.isEmpty());
        QVERIFY(!f.server->simulateInboundMessage(fresh).isEmpty());
        QSignalSpy unread(&in->sync, &InboxSync::newUnread);
        bool full = false;
        QVERIFY(!in->syncOnce(&full).isError());
        QVERIFY(full);
        QCOMPARE(in->model.itemRowCount(), everything.value->items.size());
        QCOMPARE(unread.size(), 1);
        QCOMPARE(unread.first().first().toStringList(), QStringList{fresh});
    }

    // Two unread conversations: a reply saved with autosend goes out in one (HyperRep sends it; its
    // activity moves on, it stays unread), a customer writes in the other. The sync reports both,
    // with the activity they had before; the announcer reads their messages and announces only
    // the customer's.
    void anAutosentReplyInAnUnreadConversationIsNotNews()
    {
        // A sandbox of its own that sends a reply saved with autosend at once (the shared one
        // keeps the default delay: its demo drafts already approved would otherwise go out, and
        // move conversations, while the other tests run).
        SandboxOptions options;
        options.autosendDelayMs = 150;
        SandboxFixture quick;
        QVERIFY(quick.start(options));
        QTest::qWait(600); // the demo's drafts already approved go out first
        QTemporaryDir dir;
        auto in = std::make_unique<Inbox>(dir.path(), quick, 60);
        SandboxFixture &f = quick;
        QVERIFY(in->ready);
        QVERIFY(!in->syncOnce().isError());
        QString replied, written;
        QDateTime repliedBefore, writtenBefore;
        for (int r = 0; r < in->model.itemRowCount() && written.isEmpty(); ++r) {
            const Conversation *c = in->model.conversation(r);
            if (!c->isUnread())
                continue;
            (replied.isEmpty() ? repliedBefore : writtenBefore) = c->lastActivityAt;
            (replied.isEmpty() ? replied : written) = c->conversationId;
        }
        QVERIFY2(!written.isEmpty(), "the test needs two unread conversations");
        ResponseDraftSaveRequest reply;
        reply.bodyHtml = QStringLiteral("<p>Thanks, the quote follows.</p>");
        reply.autosendDraft = true;
        auto queued = run(f.client()->saveResponseDraft(f.org, replied, reply));
        REQUIRE_OK(queued);
        QVERIFY(queued.value->scheduledToSend);
        // Sent: the conversation's messages end with it.
        const auto sent = [&] {
            QString cursor;
            do {
                auto page = run(f.client()->listMessages(f.org, replied, ListQuery{50, cursor, {}, {}}));
                if (!page.value)
                    return false;
                for (const Message &m : page.value->items)
                    if (m.isOutbound() && m.content.contains(QLatin1String("quote follows")))
                        return true;
                cursor = page.value->hasMore ? page.value->nextCursor : QString();
            } while (!cursor.isEmpty());
            return false;
        };
        QVERIFY(QTest::qWaitFor(sent, 10000));
        QVERIFY(!f.server->simulateInboundMessage(written).isEmpty());

        ContactDirectory contacts;
        contacts.setSource(f.account->provider(), nullptr, f.org);
        NewMessageAnnouncer announcer(&in->model, &contacts, nullptr);
        announcer.setMessageSource(f.account->provider(), f.org);
        announcer.setWaitMs(0);
        QSignalSpy announced(&announcer, &NewMessageAnnouncer::announced);
        connect(&in->sync, &InboxSync::newUnread, &announcer, &NewMessageAnnouncer::add);
        QSignalSpy unread(&in->sync, &InboxSync::newUnread);
        QVERIFY(!in->syncOnce().isError());
        QCOMPARE(unread.size(), 1);
        QStringList ids = unread.first().at(0).toStringList();
        ids.sort();
        QStringList both{replied, written};
        both.sort();
        QCOMPARE(ids, both);
        const auto before = unread.first().at(1).value<QHash<QString, QDateTime>>();
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.value(replied), repliedBefore);
        QCOMPARE(before.value(written), writtenBefore);
        QVERIFY(row(in->model, replied)->isUnread());
        QVERIFY(row(in->model, replied)->lastActivityAt > repliedBefore);

        QTRY_COMPARE(announcer.pendingChecks(), 0);
        QTRY_COMPARE(announced.size(), 1);
        QCOMPARE(announced.first().at(0).toStringList(), QStringList{written});
        QTest::qWait(100);
        QCOMPARE(announced.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInboxSync)
#include "tst_inbox_sync.moc"
