// Fault matrix, the reply flow: in an account session on the sandbox, under each fault alone and
// all together, a reply is typed and saved in one conversation and typed and sent in another, with
// the server restarting or gone in the middle. Once the faults stop: the saved text reaches the
// server by itself (the outbox), or is still there when the conversation is opened again; a send
// that failed is sent again by the user, once, as the status told them. The sandbox must then have
// delivered each sent reply exactly once (counted on the server's side) and hold every typed
// character. Prints one line of figures per run.
#include "ReplyController.h"
#include "ReplyText.h"
#include "tst_faults_support.h"

#include <QScopeGuard>

using namespace repdesk;
using namespace repdesk::test;

class TestFaultsReply : public QObject
{
    Q_OBJECT
    FaultFixture f;
    QStringList unused; // conversations without a draft, two per run
    std::unique_ptr<AccountSession> account;

    int delivered(const QString &conv, const QString &html)
    {
        auto r = run(f.client()->listMessages(f.org, conv, ListQuery{500, {}, {}, {}}));
        if (!r.ok)
            return -1;
        int n = 0;
        for (const Message &m : r.value->items)
            n += m.isOutbound() && ReplyText::comparable(m.content) == ReplyText::comparable(html) ? 1 : 0;
        return n;
    }

    QString serverDraft(const QString &conv)
    {
        auto r = run(f.client()->listResponseDrafts(f.org, conv));
        return r.ok && !r.value->items.isEmpty() ? r.value->items.first().bodyHtml : QString();
    }

    // Characters of `typed` (plain text) missing from `kept`: 0 when it is all there.
    static int lostCharacters(const QString &typed, const QString &kept)
    {
        const QString want = ReplyText::comparable(typed);
        return ReplyText::comparable(kept).contains(want) ? 0 : int(want.size());
    }

    static bool settled(ReplyController::Status s)
    {
        using S = ReplyController::Status;
        return s == S::Sent || s == S::Failed || s == S::Unconfirmed;
    }

    bool waitOpen(ReplyController *reply, int timeoutMs)
    {
        return QTest::qWaitFor([&] { return reply->status() != ReplyController::Status::Loading; }, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.autosendDelayMs = 300;
        o.draftsToReview = false;
        o.liveActivityMs = 0;
        QVERIFY(f.startFaults(o, QStringLiteral("tst_faults_reply")));
        auto r = run(f.client()->listConversations(f.org, ListQuery{50, {}, {}, {}}));
        REQUIRE_OK(r);
        for (const Conversation &c : r.value->items)
            if (auto d = run(f.client()->listResponseDrafts(f.org, c.conversationId)); d.ok && d.value->items.isEmpty())
                unused << c.conversationId;
        QVERIFY2(unused.size() >= 18, qPrintable(QString::number(unused.size())));
        account = f.openAccount();
        QVERIFY(account);
    }

    void init() { f.clearFaults(); }
    void cleanupTestCase() { account.reset(); }

    void typedTextIsKeptAndSentOnce_data() { addFaultRows(); }
    void typedTextIsKeptAndSentOnce()
    {
        QFETCH(unsigned, faults);
        OrganizationSession *o = account->organization();
        QVERIFY(o);
        ReplyController *reply = o->reply();
        const QString saveConv = unused.takeFirst();
        const QString sendConv = unused.takeFirst();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString kept = QStringLiteral("<p>Kept through %1: the proposal, the dates and the price.</p>").arg(tag);
        const QString sent = QStringLiteral("<p>Sent once through %1, thank you for your patience.</p>").arg(tag);
        int troubled = 0;
        auto c = connect(reply, &ReplyController::statusChanged, this, [&](ReplyController::Status s, const QString &) {
            using S = ReplyController::Status;
            troubled += s == S::Failed || s == S::Unconfirmed || s == S::Queued ? 1 : 0;
        });
        // Also when a QVERIFY below returns early: the lambda holds this frame's locals.
        const auto disconnectAtEnd = qScopeGuard([c] { QObject::disconnect(c); });
        const int retriesBefore = f.retries();
        f.server->clearRequestLog();
        f.apply(faults);

        // Typed in three bursts, then Ctrl+S; the server restarts or goes away meanwhile.
        QVERIFY(o->openConversation(saveConv));
        waitOpen(reply, 15000);
        for (int end : {12, 30, int(kept.size())})
            reply->edit(kept.left(end) + (end < kept.size() ? QStringLiteral("</p>") : QString()), {}, {}, false);
        reply->save();
        f.midFlow(faults);
        (void)QTest::qWaitFor([&] { return reply->status() != ReplyController::Status::Saving; }, 15000);

        // The second reply, sent at once (no undo delay).
        QVERIFY(o->openConversation(sendConv));
        waitOpen(reply, 15000);
        reply->edit(sent, {}, {}, false);
        f.hitNext(faults);
        reply->send(0);
        (void)QTest::qWaitFor([&] { return settled(reply->status()); }, 30000);

        f.clearFaults();
        // Unconfirmed checks again by itself; Failed tells the user to send, which they do, once.
        if (reply->conversationId() == sendConv && reply->status() == ReplyController::Status::Failed)
            reply->send(0);
        const bool sentOk = QTest::qWaitFor([&] { return reply->status() == ReplyController::Status::Sent; }, 30000);
        if (!sentOk && qEnvironmentVariableIsSet("FAULTS_DEBUG"))
            for (const auto &r : f.server->requestLog())
                qWarning() << r.method << r.path << r.status << r.body.left(80);
        QVERIFY2(sentOk,
                 qPrintable(QStringLiteral("status %1").arg(int(reply->status()))));
        QTest::qWait(600); // past the sandbox's autosend delay
        const int deliveries = delivered(sendConv, sent);

        // The saved text: on the server by itself (the outbox), or back in the editor when reopened.
        bool onServer = QTest::qWaitFor([&] { return lostCharacters(kept, serverDraft(saveConv)) == 0; }, 15000);
        int lost = 0;
        if (!onServer) {
            QVERIFY(o->openConversation(saveConv));
            QVERIFY(waitOpen(reply, 15000));
            lost = lostCharacters(kept, reply->state().html);
        }

        Figures figures;
        figures.requests = f.requestCount();
        figures.retries = f.retries() - retriesBefore;
        figures.recoveries = troubled;
        figures.duplicates = qMax(0, deliveries - 1);
        figures.lost = lost + (deliveries == 0 ? int(ReplyText::comparable(sent).size()) : 0);
        figures.print("reply");
        QCOMPARE(deliveries, 1);
        QCOMPARE(figures.duplicates, 0);
        QCOMPARE(figures.lost, 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultsReply)
#include "tst_faults_reply.moc"
