// No double send: the autosend POST of a reply is never repeated blindly.
// Against repdesk-sandbox over loopback: an answer lost after the server
// processed the POST (still queued, or already delivered), an answer slower
// than the transfer timeout, and plain 500s (not processed: sent again exactly
// once; at most a bounded number of times). Every test counts what the sandbox
// delivered, and checks that nothing told the user to send it again.
#include "tst_reply_support.h"

#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::test;

class TestReplySendVerify : public QObject
{
    Q_OBJECT
    ReplyFixture f;
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.autosendDelayMs = 300;
        QVERIFY(f.startWithFreshConversations(o, 8));
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

    void autosendIsOnlyRetriedByTheTransportOn429()
    {
        const QString conv = f.nextConversation();
        ResponseDraftSaveRequest send;
        send.bodyHtml = QStringLiteral("<p>Retry class check</p>");
        send.autosendDraft = true;
        f.server->clearRequestLog();
        f.server->injectFaults(1, 500);
        auto failed = run(f.client()->saveResponseDraft(f.org, conv, send));
        QCOMPARE(failed.error.httpStatus(), 500);
        QCOMPARE(failed.attempts, 1); // a 500 may come after the work was done: never repeated blindly
        QCOMPARE(f.requestCount(), 1);

        // A 503 asking to come back later is still no proof that nothing happened.
        f.server->injectFaults(1, 503, 0);
        auto unavailable = run(f.client()->saveResponseDraft(f.org, conv, send));
        QCOMPARE(unavailable.error.httpStatus(), 503);
        QCOMPARE(unavailable.attempts, 1);

        f.server->injectFaults(1, 429, 0);
        auto limited = run(f.client()->saveResponseDraft(f.org, conv, send));
        REQUIRE_OK(limited);
        QCOMPARE(limited.attempts, 2); // a 429 says it was not processed

        // A plain save overwrites the one draft row: still retried.
        QTest::qWait(500); // let the autosend above be delivered
        ResponseDraftSaveRequest save;
        save.bodyHtml = QStringLiteral("<p>Just a draft</p>");
        f.server->injectFaults(1, 500);
        auto saved = run(f.client()->saveResponseDraft(f.org, conv, save));
        REQUIRE_OK(saved);
        QCOMPARE(saved.attempts, 2);
    }

    void lostAnswerWhileQueuedIsNotSentTwice()
    {
        DraftJournal journal(dir.path(), QStringLiteral("drop-queued"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(100); // checks before the sandbox promotes the draft (300 ms)
        c.setSource(f.account->provider(), f.org);
        Said said(c);
        const QString html = QStringLiteral("<p>Dropped after processing, still queued.</p>");
        const QString conv = f.openWithReply(c, html);
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        QSignalSpy done(&c, &ReplyController::delivered);
        c.send(0);
        QVERIFY2(done.wait(10000), qPrintable(said.all()));
        QCOMPARE(c.status(), ReplyController::Status::Sent);
        QCOMPARE(f.autosendPosts(conv), 1);
        QCOMPARE(f.server->requestLog().first().status, 0); // the answer really was lost
        QCOMPARE(f.delivered(conv, html), 1);
        QVERIFY2(said.tellsToSendAgain().isEmpty(), qPrintable(said.tellsToSendAgain()));
        QVERIFY(!journal.entry(f.org, conv).has_value());
    }

    void lostAnswerAfterDeliveryIsNotSentTwice()
    {
        DraftJournal journal(dir.path(), QStringLiteral("drop-delivered"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(900); // checks after the sandbox promoted the draft: only the thread shows it
        c.setSource(f.account->provider(), f.org);
        Said said(c);
        const QString html = QStringLiteral("<p>Dropped after processing,\n already   <b>delivered</b>.</p>");
        const QString conv = f.openWithReply(c, html);
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        QSignalSpy done(&c, &ReplyController::delivered);
        c.send(0);
        QVERIFY(done.wait(10000));
        QCOMPARE(c.status(), ReplyController::Status::Sent);
        QCOMPARE(f.autosendPosts(conv), 1);
        bool askedThread = false;
        for (const auto &r : f.server->requestLog())
            askedThread = askedThread
                || (r.method == QLatin1String("GET") && r.path.endsWith(QLatin1String("/messages")));
        QVERIFY(askedThread);
        QCOMPARE(f.delivered(conv, html), 1);
        QVERIFY2(said.tellsToSendAgain().isEmpty(), qPrintable(said.tellsToSendAgain()));
    }

    void answerSlowerThanTheTimeoutIsNotSentTwice()
    {
        // The 31 s latency against a 30 s timeout, scaled down.
        RetryPolicy retry;
        retry.baseDelayMs = 20;
        retry.maxDelayMs = 50;
        retry.maxAttempts = 2;
        TransportConfig config = f.config(retry);
        config.transferTimeoutMs = 300;
        Transport transport(config);
        HyperRepProvider provider(&transport);

        DraftJournal journal(dir.path(), QStringLiteral("slow"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(100);
        sends.setSettleMs(config.transferTimeoutMs);
        c.setSource(&provider, f.org);
        Said said(c);
        const QString html = QStringLiteral("<p>Slow server, one message.</p>");
        const QString conv = f.openWithReply(c, html);
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        f.server->setLatencyMs(1000);
        QSignalSpy done(&c, &ReplyController::delivered);
        c.send(0);
        // The POST times out, and so does every check: the user is told it is unknown.
        QVERIFY(QTest::qWaitFor([&] { return c.status() == ReplyController::Status::Unconfirmed; }, 15000));
        QVERIFY(said.texts.last().contains(QLatin1String("could not confirm")));
        QCOMPARE(journal.entry(f.org, conv)->html, html); // the text is kept meanwhile
        QCOMPARE(f.autosendPosts(conv), 1);

        f.server->setLatencyMs(0); // the server is back: the next check finds the reply
        QVERIFY(done.wait(15000));
        QCOMPARE(c.status(), ReplyController::Status::Sent);
        QCOMPARE(f.autosendPosts(conv), 1);
        QCOMPARE(f.delivered(conv, html), 1);
        QVERIFY2(said.tellsToSendAgain().isEmpty(), qPrintable(said.tellsToSendAgain()));
        QVERIFY(!journal.entry(f.org, conv).has_value());
    }

    void plain500IsSentAgainExactlyOnce()
    {
        DraftJournal journal(dir.path(), QStringLiteral("500"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(100);
        c.setSource(f.account->provider(), f.org);
        Said said(c);
        const QString html = QStringLiteral("<p>The first try hit a 500.</p>");
        const QString conv = f.openWithReply(c, html);
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        f.server->injectFaults(1, 500); // answered before any processing
        QSignalSpy done(&c, &ReplyController::delivered);
        c.send(0);
        QVERIFY(done.wait(10000));
        QCOMPARE(c.status(), ReplyController::Status::Sent);
        QCOMPARE(f.autosendPosts(conv), 2);
        // The second POST went out only after a check found nothing on the server.
        const auto log = f.server->requestLog();
        int firstPost = -1, secondPost = -1, checksBetween = 0;
        for (int i = 0; i < log.size(); ++i) {
            if (log.at(i).method == QLatin1String("POST"))
                (firstPost < 0 ? firstPost : secondPost) = i;
            else if (firstPost >= 0 && secondPost < 0)
                ++checksBetween;
        }
        QCOMPARE(log.at(firstPost).status, 500);
        QCOMPARE(log.at(secondPost).status, 200);
        QVERIFY(checksBetween >= 2); // drafts and messages
        QCOMPARE(f.delivered(conv, html), 1);
        QVERIFY2(said.tellsToSendAgain().isEmpty(), qPrintable(said.tellsToSendAgain()));
    }

    void persistent500sStopWithoutDuplicates()
    {
        DraftJournal journal(dir.path(), QStringLiteral("500s"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(50);
        c.setSource(f.account->provider(), f.org);
        const QString html = QStringLiteral("<p>The server keeps failing.</p>");
        const QString conv = f.openWithReply(c, html);
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        // Every POST fails with a 500; the checks in between go through. A 500 is armed after
        // each answered GET: the next POST takes it, and a GET that takes it is retried by the Transport.
        QObject guard;
        connect(f.server.get(), &SandboxServer::requestHandled, &guard,
                [this](const QString &method, const QString &, int status) {
                    if (method == QLatin1String("GET") && status == 200)
                        f.server->injectFaults(1, 500);
                });
        f.server->injectFaults(1, 500);
        QSignalSpy failed(&c, &ReplyController::failed);
        c.send(0);
        QVERIFY(failed.wait(10000));
        QObject::disconnect(f.server.get(), nullptr, &guard, nullptr);
        f.server->injectFaults(0, 500);
        QCOMPARE(c.status(), ReplyController::Status::Failed);
        QCOMPARE(f.autosendPosts(conv), 3); // bounded
        QCOMPARE(f.delivered(conv, html), 0);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("not sent")));
        QCOMPARE(journal.entry(f.org, conv)->html, html);
    }
};

QTEST_GUILESS_MAIN(TestReplySendVerify)
#include "tst_reply_send_verify.moc"
