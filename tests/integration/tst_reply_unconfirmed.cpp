// A send whose outcome Repdesk cannot find out: the check itself fails. The
// reply is kept, the user is told plainly, Repdesk checks again by itself (on
// its timer, and when the server answers another request), pressing Send
// checks before it POSTs, and a send goes on when another conversation is
// opened. Against repdesk-sandbox; exactly one message each time.
#include "tst_reply_support.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::test;

class TestReplyUnconfirmed : public QObject
{
    Q_OBJECT
    ReplyFixture f;
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.autosendDelayMs = 300;
        QVERIFY(f.startWithFreshConversations(o, 6));
        QVERIFY(dir.isValid());
    }

    void init()
    {
        f.server->setLatencyMs(0);
        f.server->injectFaults(0, 500);
        f.server->injectDropAfterProcessing(0);
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 100;
        f.account->transport()->setRetryPolicy(fast);
    }

    void failingCheckKeepsTheReplyAndChecksAgain()
    {
        Transport transport(f.config(RetryPolicy::none())); // every failed check is one request
        HyperRepProvider provider(&transport);

        DraftJournal journal(dir.path(), QStringLiteral("check-fails"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(100);
        c.setSource(&provider, f.org);
        Said said(c);
        const QString html = QStringLiteral("<p>Processed, but nobody can tell yet.</p>");
        const QString conv = f.openWithReply(c, html);
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        // The POST is processed and its answer lost; then every request fails until released.
        QObject guard;
        connect(f.server.get(), &SandboxServer::requestHandled, &guard, [this](const QString &method) {
            if (method == QLatin1String("POST"))
                f.server->injectFaults(100000, 503);
        });
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        c.send(0);
        QVERIFY(QTest::qWaitFor([&] { return c.status() == ReplyController::Status::Unconfirmed; }, 10000));
        QVERIFY(said.texts.last().contains(QLatin1String("could not confirm")));
        QCOMPARE(journal.entry(f.org, conv)->html, html);

        // It checks again by itself, more than once.
        const int checksBefore = f.requestCount();
        QVERIFY(QTest::qWaitFor([&] { return f.requestCount() >= checksBefore + 2; }, 10000));

        // Send pressed again while unconfirmed: it asks, it does not POST.
        c.send(0);
        QTest::qWait(300);
        QCOMPARE(f.autosendPosts(conv), 1);
        QCOMPARE(c.conversationId(), conv);

        QObject::disconnect(f.server.get(), nullptr, &guard, nullptr);
        f.server->injectFaults(0, 500);
        QSignalSpy done(&c, &ReplyController::delivered);
        c.recheckUnconfirmed(); // e.g. another request just succeeded
        QVERIFY(done.wait(10000));
        QCOMPARE(c.status(), ReplyController::Status::Sent);
        QCOMPARE(f.autosendPosts(conv), 1);
        QCOMPARE(f.delivered(conv, html), 1);
        QVERIFY2(said.tellsToSendAgain().isEmpty(), qPrintable(said.tellsToSendAgain()));
    }

    void aSuccessfulRequestElsewhereTriggersTheCheck()
    {
        Transport transport(f.config(RetryPolicy::none()));
        HyperRepProvider provider(&transport);

        DraftJournal journal(dir.path(), QStringLiteral("answered"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(400);
        c.setSource(&provider, f.org);
        const QString html = QStringLiteral("<p>Checked when the server answers.</p>");
        const QString conv = f.openWithReply(c, html);
        QVERIFY(!conv.isEmpty());
        QObject guard;
        connect(f.server.get(), &SandboxServer::requestHandled, &guard, [this](const QString &method) {
            if (method == QLatin1String("POST"))
                f.server->injectFaults(100000, 503);
        });
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        int unconfirmed = 0;
        connect(&c, &ReplyController::statusChanged, &guard, [&unconfirmed](ReplyController::Status s) {
            unconfirmed += s == ReplyController::Status::Unconfirmed ? 1 : 0;
        });
        c.send(0);
        // After four failed checks the timer waits 3.2 s for the next one.
        QVERIFY(QTest::qWaitFor([&] { return unconfirmed >= 4; }, 15000));
        QObject::disconnect(f.server.get(), nullptr, &guard, nullptr);
        f.server->injectFaults(0, 500);
        QTest::qWait(500); // past the throttle (one check per poll interval)
        QSignalSpy done(&c, &ReplyController::delivered);
        QElapsedTimer clock;
        clock.start();
        auto other = run(provider.listConversations(f.org, ListQuery{1, {}, {}, {}})); // anything that succeeds
        REQUIRE_OK(other);
        QVERIFY(done.wait(2000));
        QVERIFY(clock.elapsed() < 2000); // well before the timer
        QCOMPARE(f.autosendPosts(conv), 1);
        QCOMPARE(f.delivered(conv, html), 1);
    }

    void sendAgainAfterAnUnprocessedDropChecksThenSends()
    {
        Transport transport(f.config(RetryPolicy::none()));
        HyperRepProvider provider(&transport);

        DraftJournal journal(dir.path(), QStringLiteral("not-processed"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(2000); // the timer would wait; pressing Send checks at once
        sends.setSettleMs(300);     // the transfer timeout, scaled down
        c.setSource(&provider, f.org);
        Said said(c);
        const QString html = QStringLiteral("<p>Never reached the server.</p>");
        const QString conv = f.openWithReply(c, html);
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        // The POST's connection drops before any processing, and the first check fails too.
        QObject guard;
        connect(f.server.get(), &SandboxServer::requestHandled, &guard,
                [this](const QString &method, const QString &, int status) {
                    if (method == QLatin1String("POST") && status == 0)
                        f.server->injectFaults(1, 503);
                });
        f.server->injectFaults(1, 0);
        c.send(0);
        QVERIFY(QTest::qWaitFor([&] { return c.status() == ReplyController::Status::Unconfirmed; }, 15000));
        QObject::disconnect(f.server.get(), nullptr, &guard, nullptr);
        f.server->injectFaults(0, 500);
        QCOMPARE(f.autosendPosts(conv), 1);
        QCOMPARE(f.autosendPosts(conv, 200), 0); // it was not processed

        QSignalSpy done(&c, &ReplyController::delivered);
        f.server->clearRequestLog();
        // Checks: nothing on the server. A dropped connection may hide a request still being
        // processed, so it takes a second such check, past the transfer timeout, before it POSTs.
        c.send(0);
        QVERIFY(done.wait(10000));
        const auto log = f.server->requestLog();
        int listingsBeforePost = 0;
        for (const auto &r : log) {
            if (r.method == QLatin1String("POST"))
                break;
            listingsBeforePost += r.path.endsWith(QLatin1String("/response-drafts")) ? 1 : 0;
        }
        QVERIFY2(listingsBeforePost >= 2, qPrintable(QString::number(listingsBeforePost)));
        QCOMPARE(f.autosendPosts(conv), 1); // since the log was cleared: the second POST in all
        QCOMPARE(f.autosendPosts(conv, 200), 1);
        QCOMPARE(f.delivered(conv, html), 1);
        QVERIFY2(said.tellsToSendAgain().isEmpty(), qPrintable(said.tellsToSendAgain()));
    }

    void sendGoesOnWhenAnotherConversationIsOpened()
    {
        DraftJournal journal(dir.path(), QStringLiteral("switch"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(300);
        c.setSource(f.account->provider(), f.org);
        const QString html = QStringLiteral("<p>Sent, then I looked elsewhere.</p>");
        const QString conv = f.openWithReply(c, html);
        QVERIFY(!conv.isEmpty());
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        QSignalSpy done(&c, &ReplyController::delivered);
        c.send(0);
        QVERIFY(QTest::qWaitFor([&] { return f.server->requestLog().last().method == QLatin1String("POST"); }, 5000));
        const QString other = f.nextConversation();
        c.open(other);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toString(), conv);
        QCOMPARE(c.conversationId(), other);
        QVERIFY(c.status() != ReplyController::Status::Sent); // the open conversation is not the one sent
        QCOMPARE(f.autosendPosts(conv), 1);
        QCOMPARE(f.delivered(conv, html), 1);
        QVERIFY(!journal.entry(f.org, conv).has_value());
    }
};

QTEST_GUILESS_MAIN(TestReplyUnconfirmed)
#include "tst_reply_unconfirmed.moc"
