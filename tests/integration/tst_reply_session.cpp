// A Send is the account's, not the window's: against repdesk-sandbox, a send whose
// answer was lost goes on when the organization is switched (its ReplySends lives in
// the AccountSession); after Repdesk stopped mid-send, reopening the reply asks the
// server instead of offering to send it again, and Send checks before it POSTs; and a
// save waiting in the outbox never lands on top of a reply being sent.
#include "AccountSession.h"
#include "Outbox.h"
#include "OutboxItem.h"
#include "OrganizationSession.h"
#include "tst_reply_support.h"

#include <QPointer>
#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::test;

class TestReplySession : public QObject
{
    Q_OBJECT
    ReplyFixture f;
    QTemporaryDir dir;
    std::vector<std::unique_ptr<Account>> accounts; // outlive the sessions made on them

    AccountSession::Identity identity(const QString &storage) const
    {
        AccountSession::Identity id;
        id.label = QStringLiteral("Sandbox");
        id.server = f.server->url();
        id.storageId = storage;
        return id;
    }

    // An account session on the sandbox with `org` open; null if it did not open. It has
    // an account of its own: closing a session shuts its provider down.
    std::unique_ptr<AccountSession> openAccount(const QString &storage)
    {
        accounts.push_back(std::make_unique<Account>(f.server->url(), QByteArrayLiteral("test-key")));
        auto session = std::make_unique<AccountSession>(accounts.back()->provider(), identity(storage), dir.path());
        session->replySends()->setBaseDelayMs(100);
        session->start(f.org);
        if (!QTest::qWaitFor([&] { return session->organization() && session->organization()->organizationId() == f.org; },
                             10000))
            return nullptr;
        return session;
    }

    bool postSeen() const
    {
        for (const auto &r : f.server->requestLog())
            if (r.method == QLatin1String("POST"))
                return true;
        return false;
    }

    bool postedText(const QString &html) const
    {
        for (const auto &r : f.server->requestLog())
            if (r.method == QLatin1String("POST") && r.body.contains(html.toUtf8()))
                return true;
        return false;
    }

    static OutboxItem olderSave(const QString &org, const QString &conv, const QString &html)
    {
        OutboxItem item;
        item.kind = OutboxItem::Kind::SaveResponseDraft;
        item.organizationId = org;
        item.key = conv;
        ResponseDraftSaveRequest request;
        request.bodyHtml = html;
        item.body = request.toJson();
        return item;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.autosendDelayMs = 300;
        QVERIFY(f.startWithFreshConversations(o, 6));
        QVERIFY(!f.secondOrg.isEmpty());
        QVERIFY(dir.isValid());
    }

    void init()
    {
        f.server->injectFaults(0, 500);
        f.server->injectDropAfterProcessing(0);
    }

    void sendGoesOnAfterAnOrganizationSwitch()
    {
        auto session = openAccount(QStringLiteral("switch"));
        QVERIFY(session);
        const QString html = QStringLiteral("<p>Sent, then I switched organization.</p>");
        const QString conv = f.openWithReply(*session->organization()->reply(), html);
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        session->organization()->reply()->send(0);
        QVERIFY(QTest::qWaitFor([&] { return postSeen(); }, 5000));

        QPointer<OrganizationSession> old = session->organization();
        session->openOrganization(f.secondOrg);
        QVERIFY(old.isNull()); // its reply controller is gone with it
        QVERIFY(session->replySends()->active(f.org, conv)); // the send is not
        QVERIFY(QTest::qWaitFor([&] { return !session->journal()->entry(f.org, conv).has_value(); }, 15000));
        QCOMPARE(f.autosendPosts(conv), 1);
        QCOMPARE(f.delivered(conv, html), 1);
    }

    void reopenedAfterAStopMidSendItAsksTheServer()
    {
        const QString html = QStringLiteral("<p>Repdesk stopped while this was on the wire.</p>");
        QString conv;
        {
            DraftJournal journal(dir.path(), QStringLiteral("stopped"));
            ReplySends sends(&journal, nullptr);
            ReplyController c(&journal, nullptr, &sends);
            c.setSource(f.account->provider(), f.org);
            conv = f.openWithReply(c, html);
            QVERIFY(!conv.isEmpty());
            f.server->clearRequestLog();
            f.server->injectDropAfterProcessing(1, QStringLiteral("POST")); // processed, answer lost
            c.send(0);
            QVERIFY(QTest::qWaitFor([&] { return postSeen(); }, 5000));
        } // the app is gone: sender, controller and journal
        f.server->clearRequestLog();

        DraftJournal journal(dir.path(), QStringLiteral("stopped"));
        QVERIFY(journal.entry(f.org, conv)->sendAttemptedAt.isValid());
        ReplySends sends(&journal, nullptr);
        sends.setBaseDelayMs(100);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        Said said(c);
        QSignalSpy delivered(&c, &ReplyController::delivered);
        c.open(conv);
        QVERIFY(delivered.wait(15000));
        QCOMPARE(c.status(), ReplyController::Status::Sent);
        QVERIFY2(!said.texts.contains(QStringLiteral("Not saved to server")), qPrintable(said.all()));
        QVERIFY2(said.tellsToSendAgain().isEmpty(), qPrintable(said.tellsToSendAgain()));
        QCOMPARE(f.autosendPosts(conv), 0); // nothing POSTed since the restart
        QCOMPARE(f.delivered(conv, html), 1);
        QVERIFY(!journal.entry(f.org, conv).has_value());
    }

    void sendAfterAStopChecksFirstAndSendsOnce()
    {
        const QString html = QStringLiteral("<p>The POST never reached the server.</p>");
        QString conv;
        {
            DraftJournal journal(dir.path(), QStringLiteral("not-reached"));
            ReplySends sends(&journal, nullptr);
            ReplyController c(&journal, nullptr, &sends);
            c.setSource(f.account->provider(), f.org);
            conv = f.openWithReply(c, html);
            QVERIFY(!conv.isEmpty());
            f.server->clearRequestLog();
            f.server->injectFaults(1, 0); // dropped before any processing
            c.send(0);
            QVERIFY(QTest::qWaitFor([&] { return postSeen(); }, 5000));
        }
        QCOMPARE(f.autosendPosts(conv, 200), 0);
        f.server->clearRequestLog();

        DraftJournal journal(dir.path(), QStringLiteral("not-reached"));
        ReplySends sends(&journal, nullptr);
        sends.setBaseDelayMs(100);
        sends.setSettleMs(300); // the transfer timeout, scaled down
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        Said said(c);
        QSignalSpy delivered(&c, &ReplyController::delivered);
        c.open(conv);
        c.send(0); // at once, before the reply has even loaded
        QVERIFY(delivered.wait(15000));
        // The thread was read twice (an unseen end may hide a request still being processed)
        // before the one new POST.
        int threadChecks = 0;
        for (const auto &r : f.server->requestLog()) {
            if (r.method == QLatin1String("POST"))
                break;
            threadChecks += r.path.endsWith(QLatin1String("/messages")) ? 1 : 0;
        }
        QVERIFY2(threadChecks >= 2, qPrintable(QString::number(threadChecks)));
        QCOMPARE(f.autosendPosts(conv), 1);
        QCOMPARE(f.delivered(conv, html), 1);
        QVERIFY2(said.tellsToSendAgain().isEmpty(), qPrintable(said.tellsToSendAgain()));
    }

    void outboxNeverOverwritesAReplyBeingSent()
    {
        auto session = openAccount(QStringLiteral("outbox"));
        QVERIFY(session);
        ReplyController *c = session->organization()->reply();
        Outbox *outbox = session->outbox();

        // An older offline save of the same conversation waits in the outbox when Send is pressed.
        const QString html = QStringLiteral("<p>The text I sent.</p>");
        const QString older = QStringLiteral("<p>An older text, saved offline.</p>");
        const QString conv = f.openWithReply(*c, html);
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        outbox->enqueue(olderSave(f.org, conv, older));
        QSignalSpy delivered(c, &ReplyController::delivered);
        c->send(0); // its success would flush the outbox
        QCOMPARE(outbox->count(), 0);
        QVERIFY(delivered.wait(15000));
        QVERIFY(!postedText(older));
        QCOMPARE(f.delivered(conv, html), 1);
        QCOMPARE(f.delivered(conv, older), 0);

        // One that arrives while the reply is queued is held back, and dropped once it is sent.
        const QString html2 = QStringLiteral("<p>The second reply I sent.</p>");
        const QString conv2 = f.openWithReply(*c, html2);
        QVERIFY(!conv2.isEmpty());
        f.server->clearRequestLog();
        c->send(0);
        QVERIFY(QTest::qWaitFor([&] { return c->state().scheduledSendAt.isValid(); }, 5000));
        outbox->enqueue(olderSave(f.org, conv2, older));
        QSignalSpy flushed(outbox, &Outbox::flushFinished);
        outbox->flush();
        QVERIFY(flushed.wait(5000));
        QCOMPARE(flushed.last().first().toBool(), false);
        QCOMPARE(outbox->count(), 1);
        QVERIFY(!postedText(older));
        QVERIFY(delivered.wait(15000));
        QCOMPARE(delivered.last().first().toString(), conv2);
        QCOMPARE(outbox->count(), 0);
        QTest::qWait(300);
        QVERIFY(!postedText(older));
        QCOMPARE(f.delivered(conv2, html2), 1);
        QCOMPARE(f.delivered(conv2, older), 0);
    }
};

QTEST_GUILESS_MAIN(TestReplySession)
#include "tst_reply_session.moc"
