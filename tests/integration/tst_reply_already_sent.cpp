// "Already sent" is recognised by route and status, never by the wording of
// the 404's detail: a 404 for a response draft of a conversation that still
// answers 200 means the draft was promoted into a message; a 404 from the
// conversation too means the conversation is gone. A 404 that answers a DELETE repeated after an
// attempt that may have been carried out is our own deletion, unless the thread shows the reply.
// Against repdesk-sandbox.
#include "tst_reply_support.h"

#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::test;

class TestReplyAlreadySent : public QObject
{
    Q_OBJECT
    ReplyFixture f;
    QTemporaryDir dir;

    // Requests after the DELETE, in order: "GET <last path segment>".
    QStringList afterDelete() const
    {
        QStringList out;
        bool seen = false;
        for (const auto &r : f.server->requestLog()) {
            if (seen)
                out << r.method + QLatin1Char(' ') + r.path.section(QLatin1Char('/'), -2);
            seen = seen || r.method == QLatin1String("DELETE");
        }
        return out;
    }

    // A controller on a fresh conversation whose reply is saved on the server.
    QString openSaved(ReplyController &c, const QString &html)
    {
        const QString conv = f.nextConversation();
        c.open(conv);
        if (!QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000))
            return {};
        c.edit(html, {}, {}, false);
        c.save();
        if (!QTest::qWaitFor([&] { return c.status() == ReplyController::Status::Saved; }, 5000))
            return {};
        return conv;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.autosendDelayMs = 200;
        QVERIFY(f.startWithFreshConversations(o, 6));
        QVERIFY(dir.isValid());
    }

    void init() { f.server->injectFaults(0, 500); }

    void promotedDraftIsShownAsSent()
    {
        DraftJournal journal(dir.path(), QStringLiteral("promoted"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(60000); // the delivery watch must not notice first
        c.setSource(f.account->provider(), f.org);
        const QString conv = f.nextConversation();
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000));
        c.edit(QStringLiteral("<p>Promoted behind our back</p>"), {}, {}, false);
        c.send(0);
        QVERIFY(QTest::qWaitFor([&] { return c.state().scheduledSendAt.isValid(); }, 5000));
        QTest::qWait(500); // the sandbox promotes it
        f.server->clearRequestLog();
        QSignalSpy delivered(&c, &ReplyController::delivered);
        c.discard();
        QVERIFY(delivered.wait(5000));
        QCOMPARE(delivered.first().first().toString(), conv);
        QCOMPARE(c.status(), ReplyController::Status::Sent);
        QCOMPARE(f.server->requestLog().first().status, 404);
        // The conversation's own route decided it.
        QCOMPARE(afterDelete(), QStringList{QStringLiteral("GET conversations/") + conv});
    }

    void a404WithOtherWordingStillMeansSent()
    {
        DraftJournal journal(dir.path(), QStringLiteral("wording"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        const QString conv = openSaved(c, QStringLiteral("<p>Saved, then the server says 404</p>"));
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        // A bare 404 ("Not Found"): no route hint, no word about messages.
        f.server->injectFaults(1, 404);
        QSignalSpy delivered(&c, &ReplyController::delivered);
        QSignalSpy failed(&c, &ReplyController::failed);
        c.discard();
        QVERIFY(delivered.wait(5000));
        QCOMPARE(c.status(), ReplyController::Status::Sent);
        QVERIFY(failed.isEmpty());
        QCOMPARE(f.server->requestLog().first().method, QStringLiteral("DELETE"));
        QCOMPARE(f.server->requestLog().first().status, 404);
        QCOMPARE(afterDelete(), QStringList{QStringLiteral("GET conversations/") + conv});
        QVERIFY(c.state().html.isEmpty());
        QVERIFY(!journal.entry(f.org, conv).has_value());
    }

    void a404FromTheConversationTooMeansItIsGone()
    {
        DraftJournal journal(dir.path(), QStringLiteral("gone"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        const QString html = QStringLiteral("<p>Written for a conversation that disappears</p>");
        const QString conv = openSaved(c, html);
        QVERIFY(!conv.isEmpty());
        c.edit(html + QStringLiteral("<p>and more</p>"), {}, {}, false); // unsaved text must survive
        f.server->clearRequestLog();
        f.server->injectFaults(2, 404); // the DELETE and the conversation lookup
        QSignalSpy delivered(&c, &ReplyController::delivered);
        QSignalSpy failed(&c, &ReplyController::failed);
        c.discard();
        QVERIFY(failed.wait(5000));
        QVERIFY(delivered.isEmpty());
        QCOMPARE(c.status(), ReplyController::Status::Failed);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("This conversation no longer exists."));
        QCOMPARE(afterDelete(), QStringList{QStringLiteral("GET conversations/") + conv});
        journal.flush();
        QVERIFY(journal.entry(f.org, conv).has_value());
    }

    void checkFailingAfterA404IsNotCalledSent()
    {
        DraftJournal journal(dir.path(), QStringLiteral("unknown"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        const QString conv = openSaved(c, QStringLiteral("<p>404, then the lookup fails</p>"));
        QVERIFY(!conv.isEmpty());
        RetryPolicy none = RetryPolicy::none();
        f.account->transport()->setRetryPolicy(none);
        f.server->injectFaults(1, 404);
        QObject guard;
        connect(f.server.get(), &SandboxServer::requestHandled, &guard,
                [this](const QString &method) {
                    if (method == QLatin1String("DELETE"))
                        f.server->injectFaults(1, 500);
                });
        QSignalSpy delivered(&c, &ReplyController::delivered);
        QSignalSpy failed(&c, &ReplyController::failed);
        c.discard();
        QVERIFY(failed.wait(5000));
        QObject::disconnect(f.server.get(), nullptr, &guard, nullptr);
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 100;
        f.account->transport()->setRetryPolicy(fast);
        QVERIFY(delivered.isEmpty());
        QCOMPARE(c.status(), ReplyController::Status::Failed);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("Could not discard the draft."));
    }

    void aRepeatedDeleteThatFindsNothingWasOurOwnDeletion()
    {
        DraftJournal journal(dir.path(), QStringLiteral("repeated"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        const QString conv = openSaved(c, QStringLiteral("<p>Deleted, but the answer was lost</p>"));
        QVERIFY(!conv.isEmpty());
        f.server->clearRequestLog();
        // The DELETE is carried out and its connection dropped: the transport repeats it, and the
        // repeat meets a 404 because the first one worked. Before: "This reply was already sent".
        f.server->injectDropAfterProcessing(1, QStringLiteral("DELETE"));
        QSignalSpy delivered(&c, &ReplyController::delivered);
        QSignalSpy failed(&c, &ReplyController::failed);
        QSignalSpy statuses(&c, &ReplyController::statusChanged);
        c.discard();
        QVERIFY(QTest::qWaitFor([&] { return c.status() == ReplyController::Status::Editing; }, 10000));
        QCOMPARE(statuses.last().at(1).toString(), QStringLiteral("Draft discarded"));
        QVERIFY(delivered.isEmpty());
        QVERIFY(failed.isEmpty());
        int deletes = 0, notFound = 0;
        for (const auto &r : f.server->requestLog()) {
            deletes += r.method == QLatin1String("DELETE") ? 1 : 0;
            notFound += r.method == QLatin1String("DELETE") && r.status == 404 ? 1 : 0;
        }
        QCOMPARE(deletes, 2);
        QCOMPARE(notFound, 1);
        QVERIFY(!journal.entry(f.org, conv).has_value());
    }

    void aRepeatedDeleteOfAPromotedDraftIsStillSent()
    {
        DraftJournal journal(dir.path(), QStringLiteral("repeated-promoted"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(60000); // the delivery watch must not notice first
        c.setSource(f.account->provider(), f.org);
        const QString conv = f.nextConversation();
        QVERIFY(!conv.isEmpty());
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000));
        c.edit(QStringLiteral("<p>Promoted while the DELETE was retried</p>"), {}, {}, false);
        c.send(0);
        QVERIFY(QTest::qWaitFor([&] { return c.state().scheduledSendAt.isValid(); }, 5000));
        QTest::qWait(500); // the sandbox promotes it
        f.server->clearRequestLog();
        // A 500 first (it may have been carried out), then the repeat's 404: the thread decides.
        f.server->injectFaults(1, 500);
        QSignalSpy delivered(&c, &ReplyController::delivered);
        c.discard();
        QVERIFY(delivered.wait(10000));
        QCOMPARE(c.status(), ReplyController::Status::Sent);
        QList<int> deletes;
        bool threadRead = false;
        for (const auto &r : f.server->requestLog()) {
            if (r.method == QLatin1String("DELETE"))
                deletes << r.status;
            threadRead = threadRead || (deletes.size() == 2 && r.path.endsWith(QLatin1String("/messages")));
        }
        QCOMPARE(deletes, (QList<int>{500, 404}));
        QVERIFY(threadRead); // the 404 alone decided nothing: the thread showed the reply
    }

    void saveAndSendToAConversationThatIsGone()
    {
        DraftJournal journal(dir.path(), QStringLiteral("no-conv"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        const QString conv = QStringLiteral("HR_id_no_such_conversation");
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000));
        c.edit(QStringLiteral("<p>Nobody will read this</p>"), {}, {}, false);
        QSignalSpy failed(&c, &ReplyController::failed);
        c.save();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().at(1).toString(),
                 QStringLiteral("This conversation no longer exists. Your text is kept."));
        c.send(0);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().at(1).toString(),
                 QStringLiteral("This conversation no longer exists. Your reply was not sent."));
        QCOMPARE(c.status(), ReplyController::Status::Failed);
        QCOMPARE(journal.entry(f.org, conv)->html, QStringLiteral("<p>Nobody will read this</p>"));
    }
};

QTEST_GUILESS_MAIN(TestReplyAlreadySent)
#include "tst_reply_already_sent.moc"
