// The review queue across restarts and without a server, against
// repdesk-sandbox: an account's first start finds every pending draft, also
// past the conversation list's first page; a second start over the same
// account paints the queue from the cache before any request and, with no
// activity changed, lists no conversation again; while the key is still on
// its way from the keychain the queue is painted and nothing is asked; with
// the server unreachable the queue and the shown proposal are there at once,
// and a discard waits in the outbox and goes out (DELETE, 204) once the
// server answers again.
#include "CallQueue.h"
#include "DraftJournal.h"
#include "Outbox.h"
#include "ReplyController.h"
#include "tst_review_support.h"

#include <QTcpServer>

using namespace repdesk;
using namespace repdesk::test;

class TestReviewOffline : public QObject
{
    Q_OBJECT
    ReviewFixture f;
    int conversations = 0;
    QStringList firstQueue; // the first session's rows, in order
    QString firstShown;     // its first draft to review
    int firstPending = 0;

    static QUrl deadUrl()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return {};
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 150;        // more than the list's first page (100)
        o.autosendDelayMs = 600000;   // the demo's queued drafts stay queued: no activity changes
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_review_offline")));
        const QList<Conversation> all = f.allConversations();
        conversations = int(all.size());
        int proposed = 0;
        for (const Conversation &c : all)
            if (proposed < 6 && !f.pendingDraft(c.conversationId))
                QVERIFY(f.propose(c.conversationId, QStringLiteral("<p>Happy to help, proposal %1.</p>").arg(proposed++)));
        QSettings settings;
        settings.setValue(SettingsKeys::undoSendSeconds(), 1);
        settings.setValue(SettingsKeys::reviewWindowDays(), 400);
    }

    void firstStartFillsTheCache()
    {
        auto account = f.openAccount(QStringLiteral("kept"));
        QVERIFY(account);
        ReviewSession *r = account->organization()->review();
        r->start();
        // The list's first page is all the inbox has until its first full walk: the queue asks for one.
        QVERIFY(ReviewFixture::settled(account->organization(), conversations));
        QSet<QString> expected;
        for (const Conversation &c : f.allConversations())
            if (const auto d = f.pendingDraft(c.conversationId); d && !d->isScheduled())
                expected.insert(c.conversationId);
        QSet<QString> pending;
        for (int i = 0; i < r->queue()->rowCount(); ++i)
            if (r->queue()->item(i)->state == ReviewItem::State::Pending)
                pending.insert(r->queue()->item(i)->conversationId);
        QCOMPARE(pending, expected);
        QVERIFY(r->queue()->pendingCount() >= 6);
        firstQueue = r->queue()->conversationIds();
        firstShown = r->queue()->neighbour(QString(), 1);
        firstPending = r->queue()->pendingCount();
    }

    void secondStartPaintsFromTheCacheAndAsksNothingUnchanged()
    {
        f.server->clearRequestLog();
        auto account = f.openAccount(QStringLiteral("kept"));
        QVERIFY(account);
        ReviewSession *r = account->organization()->review();
        r->start();
        // Painted by start() itself, before any answer could arrive.
        QCOMPARE(r->queue()->conversationIds(), firstQueue);
        QCOMPARE(r->queue()->pendingCount(), firstPending);
        // The first draft to review (a queued one above it shows as Sending and is not shown).
        QCOMPARE(r->shownConversationId(), firstShown);
        QCOMPARE(r->shownHtml(), r->queue()->find(firstShown)->draft.bodyHtml);
        QVERIFY(ReviewFixture::settled(account->organization(), conversations));
        // No conversation is listed for discovery. The shown and the prepared draft's replies load
        // their own drafts, and the shown one is checked once more after the inbox's sync (the
        // only way to see it overwritten elsewhere, which changes no activity).
        const QHash<QString, int> listings = f.draftListings();
        for (auto it = listings.cbegin(); it != listings.cend(); ++it) {
            const bool shown = it.key() == r->shownConversationId();
            QVERIFY2(shown || it.key() == r->preparedConversationId(), qPrintable(it.key()));
            QVERIFY2(it.value() <= (shown ? 2 : 1), qPrintable(QString::number(it.value())));
        }
        QCOMPARE(int(r->discovery()->queue()->startedCount()), 0);
        QCOMPARE(r->queue()->conversationIds(), firstQueue);
    }

    void waitingForTheKeyAsksNothing()
    {
        auto account = f.openAccount(QStringLiteral("kept"), {}, false);
        QVERIFY(account);
        QVERIFY(!account->isLive());
        f.server->clearRequestLog();
        ReviewSession *r = account->organization()->review();
        QSignalSpy shown(r, &ReviewSession::shownChanged);
        r->start();
        QCOMPARE(r->queue()->conversationIds(), firstQueue); // painted
        r->queue()->ensureVisible(0, 20);                    // a view shows the rows
        const QString picked = r->queue()->neighbour(r->queue()->neighbour(QString(), 1), 1); // the second to review
        QVERIFY(!picked.isEmpty());
        QVERIFY(!r->show(picked));                           // picked before the key came
        r->refresh();
        QTest::qWait(500);
        QCOMPARE(f.requestCount(), 0); // a request without the key would be refused, closing the account
        QVERIFY(!r->reply());
        QVERIFY(shown.isEmpty());

        account->goLive();
        QCOMPARE(r->shownConversationId(), picked);
        QVERIFY(r->reply());
        QVERIFY(QTest::qWaitFor([&] { return r->reply()->status() == ReplyController::Status::Saved; }, 10000));
        QVERIFY(ReviewFixture::settled(account->organization(), conversations));
        QCOMPARE(r->queue()->conversationIds(), firstQueue);
        QVERIFY(!account->isRefused());
    }

    void offlineTheQueueIsThereAndADiscardWaitsInTheOutbox()
    {
        const QUrl dead = deadUrl();
        QVERIFY(dead.isValid());
        auto account = f.openAccount(QStringLiteral("kept"), dead);
        QVERIFY(account);
        ReviewSession *r = account->organization()->review();
        r->start();
        QCOMPARE(r->queue()->conversationIds(), firstQueue);
        const QString conv = r->shownConversationId();
        QCOMPARE(conv, firstShown);
        const ReviewItem row = *r->queue()->find(conv);
        // The reply cannot load: the proposal stays shown, unedited.
        QVERIFY(QTest::qWaitFor([&] { return r->reply()->status() != ReplyController::Status::Loading; }, 10000));
        QCOMPARE(r->shownHtml(), row.draft.bodyHtml);
        QVERIFY(!r->shownEdited());
        QCOMPARE(r->queue()->conversationIds(), firstQueue); // a failed round removes nothing

        QSignalSpy finished(r, &ReviewSession::actionFinished);
        QVERIFY(r->discard());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(2).value<ReviewAction::Outcome>(), ReviewAction::Outcome::Discarded);
        QCOMPARE(account->outbox()->count(), 1);
        QCOMPARE(r->queue()->find(conv)->state, ReviewItem::State::Discarded);
        account.reset();

        // Online again: the outbox of the account sends the DELETE.
        f.server->clearRequestLog();
        auto online = f.openAccount(QStringLiteral("kept"));
        QVERIFY(online);
        QVERIFY(QTest::qWaitFor([&] { return online->outbox()->count() == 0; }, 10000));
        const QList<SandboxRequestRecord> deletes = f.requestsFor(QStringLiteral("DELETE"), conv);
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes.first().status, 204);
        QVERIFY(deletes.first().path.endsWith(row.draft.responseId));
        QVERIFY(!f.pendingDraft(conv).has_value());
        // And the queue, started again, does not bring it back.
        ReviewSession *again = online->organization()->review();
        again->start();
        QVERIFY(ReviewFixture::settled(online->organization(), conversations));
        QVERIFY(!again->queue()->find(conv) || again->queue()->find(conv)->state != ReviewItem::State::Pending);
        QCOMPARE(again->queue()->pendingCount(), firstPending - 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewOffline)
#include "tst_review_offline.moc"
