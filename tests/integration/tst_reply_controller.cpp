// The reply flow against repdesk-sandbox: save, send (with and without the
// undo delay), discard, the 400 "currently sending" and 404 "promoted" paths,
// server-side conflicts, journal restore, and the offline outbox.
#include "DraftJournal.h"
#include "Outbox.h"
#include "ReplyController.h"
#include "ReplySends.h"
#include "Records.h"
#include "SandboxFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::test;

class TestReplyController : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    QTemporaryDir dir;
    int convIndex = 0;

    QString nextConversation()
    {
        auto r = run(f.client()->listConversations(f.org, ListQuery{50, {}, {}, {}}));
        return r.ok ? r.value->items.at(5 + convIndex++).conversationId : QString();
    }

    QList<QJsonObject> postedDrafts(const QString &conv)
    {
        QList<QJsonObject> out;
        for (const auto &r : f.server->requestLog())
            if (r.method == QLatin1String("POST") && r.path.endsWith(conv + QStringLiteral("/response-drafts")))
                out << QJsonDocument::fromJson(r.body).object();
        return out;
    }

    static bool waitStatus(ReplyController &c, ReplyController::Status s, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return c.status() == s; }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.autosendDelayMs = 300;
        // The tests pick conversations by position and expect them without a drafted reply.
        o.draftsToReview = false;
        QVERIFY(f.start(o));
        QVERIFY(dir.isValid());
    }

    void saveSendsExclusiveFlags()
    {
        DraftJournal journal(dir.path(), QStringLiteral("a"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        const QString conv = nextConversation();
        c.open(conv);
        QVERIFY(waitStatus(c, ReplyController::Status::Editing) || c.status() == ReplyController::Status::Saved);
        c.edit(QStringLiteral("<p>Tuesday works.</p>"), {QStringLiteral("cc@example.com")}, {}, true);
        QCOMPARE(c.status(), ReplyController::Status::Editing);
        c.save();
        QVERIFY(waitStatus(c, ReplyController::Status::Saved));
        const auto posts = postedDrafts(conv);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().value(QStringLiteral("autosend_draft")).toBool(), false);
        QCOMPARE(posts.first().value(QStringLiteral("add_notification")).toBool(), true);
        QCOMPARE(posts.first().value(QStringLiteral("body_html")).toString(), QStringLiteral("<p>Tuesday works.</p>"));
        QVERIFY(journal.entry(f.org, conv)->savedToServer);

        // Reopening shows the server's draft.
        ReplySends againSends(&journal, nullptr);
        ReplyController again(&journal, nullptr, &againSends);
        again.setSource(f.account->provider(), f.org);
        QSignalSpy loaded(&again, &ReplyController::loaded);
        again.open(conv);
        QVERIFY(waitStatus(again, ReplyController::Status::Saved));
        QCOMPARE(again.state().html, QStringLiteral("<p>Tuesday works.</p>"));
        QVERIFY(!again.state().restoredFromJournal);
        QVERIFY(!again.state().recipientName.isEmpty());
    }

    // Issue 13: the editor's HTML is sanitised once more where the request is built, so what an
    // injected page or a restored journal holds never reaches the server as markup that acts.
    void editorScriptNeverReachesTheServer()
    {
        DraftJournal journal(dir.path(), QStringLiteral("s"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        const QString conv = nextConversation();
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000));
        f.server->clearRequestLog();
        c.edit(QStringLiteral("<p onclick=\"steal()\">Hi <b>there</b><script>alert(1)</script>"
                              "<img src=\"https://t.example/p.gif\" onerror=\"alert(2)\">"
                              "<a href=\"javascript:alert(3)\">x</a></p>"),
               {}, {}, false);
        c.save();
        QVERIFY(waitStatus(c, ReplyController::Status::Saved));
        const auto posts = postedDrafts(conv);
        QCOMPARE(posts.size(), 1);
        const QString posted = posts.first().value(QStringLiteral("body_html")).toString();
        QCOMPARE(posted, QStringLiteral("<p>Hi <b>there</b><a>x</a></p>"));

        // What the server stored, read back from it.
        auto drafts = run(f.client()->listResponseDrafts(f.org, conv, ListQuery{10, {}, {}, {}}));
        REQUIRE_OK(drafts);
        QCOMPARE(drafts.value->items.size(), 1);
        const QString stored = drafts.value->items.first().bodyHtml;
        for (const char *bad : {"script", "onclick", "onerror", "javascript", "t.example", "alert"})
            QVERIFY2(!stored.contains(QLatin1String(bad), Qt::CaseInsensitive), bad);
        QVERIFY(stored.contains(QLatin1String("<b>there</b>")));
    }

    void sendWithUndoThenDelivered()
    {
        DraftJournal journal(dir.path(), QStringLiteral("b"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(100);
        c.setSource(f.account->provider(), f.org);
        const QString conv = nextConversation();
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000));
        c.edit(QStringLiteral("<p>Sending this.</p>"), {}, {}, true);
        f.server->clearRequestLog();

        // Undo inside the window: nothing is sent.
        c.send(1);
        QCOMPARE(c.status(), ReplyController::Status::SendPending);
        c.undoSend();
        QCOMPARE(c.status(), ReplyController::Status::Editing);
        QTest::qWait(1300);
        QVERIFY(postedDrafts(conv).isEmpty());

        QSignalSpy delivered(&c, &ReplyController::delivered);
        QSignalSpy countdown(&c, &ReplyController::sendCountdown);
        c.send(1);
        QVERIFY(delivered.wait(10000));
        QVERIFY(countdown.size() >= 2);
        const auto posts = postedDrafts(conv);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().value(QStringLiteral("autosend_draft")).toBool(), true);
        QCOMPARE(posts.first().value(QStringLiteral("add_notification")).toBool(), false);
        QCOMPARE(c.status(), ReplyController::Status::Sent);
        // The message is in the thread now.
        auto msgs = run(f.client()->listMessages(f.org, conv, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(msgs);
        QCOMPARE(msgs.value->items.last().content, QStringLiteral("<p>Sending this.</p>"));
        QVERIFY(!journal.entry(f.org, conv).has_value());
    }

    void discardAndItsErrors()
    {
        DraftJournal journal(dir.path(), QStringLiteral("c"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        sends.setBaseDelayMs(5000); // do not notice the delivery by polling in this test
        c.setSource(f.account->provider(), f.org);
        const QString conv = nextConversation();
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000));
        c.edit(QStringLiteral("<p>Discard me</p>"), {}, {}, false);
        c.save();
        QVERIFY(waitStatus(c, ReplyController::Status::Saved));
        f.server->clearRequestLog();
        c.discard();
        QVERIFY(QTest::qWaitFor([&] { return c.state().html.isEmpty(); }, 5000));
        QCOMPARE(f.server->requestLog().last().method, QStringLiteral("DELETE"));
        QCOMPARE(f.server->requestLog().last().status, 204);

        // Send, then discard while the server is sending: a plain 400 message.
        c.edit(QStringLiteral("<p>Racing</p>"), {}, {}, false);
        c.send(0);
        QVERIFY(waitStatus(c, ReplyController::Status::Sending));
        QVERIFY(QTest::qWaitFor([&] { return c.state().scheduledSendAt.isValid(); }, 5000));
        QSignalSpy failed(&c, &ReplyController::failed);
        c.discard();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("being sent")));

        // After promotion, discard answers 404 and the conversation is still there: shown as delivered
        // (tst_reply_already_sent covers the cases the wording of the 404 would get wrong).
        QTest::qWait(600);
        QSignalSpy delivered(&c, &ReplyController::delivered);
        c.discard();
        QVERIFY(delivered.wait(5000));
        QCOMPARE(c.status(), ReplyController::Status::Sent);
    }

    void conflictIsAskedNotOverwritten()
    {
        DraftJournal journal(dir.path(), QStringLiteral("d"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        const QString conv = nextConversation();
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000));
        c.edit(QStringLiteral("<p>Mine</p>"), {}, {}, false);
        // Someone else saves a draft meanwhile.
        ResponseDraftSaveRequest other;
        other.bodyHtml = QStringLiteral("<p>Theirs</p>");
        REQUIRE_OK(run(f.client()->saveResponseDraft(f.org, conv, other)));
        QSignalSpy conflict(&c, &ReplyController::conflict);
        QSignalSpy statuses(&c, &ReplyController::statusChanged);
        f.server->clearRequestLog();
        c.save();
        QVERIFY(conflict.wait(5000));
        QCOMPARE(conflict.first().first().value<ResponseDraft>().bodyHtml, QStringLiteral("<p>Theirs</p>"));
        // The editor opened on a conversation with no draft: nobody "changed" one it had.
        QCOMPARE(conflict.first().at(1).toBool(), false);
        QCOMPARE(statuses.last().at(1).toString(), QStringLiteral("A draft is already on the server"));
        QVERIFY(postedDrafts(conv).isEmpty());
        c.resolveConflict(true);
        QVERIFY(waitStatus(c, ReplyController::Status::Saved));
        QCOMPARE(postedDrafts(conv).last().value(QStringLiteral("body_html")).toString(), QStringLiteral("<p>Mine</p>"));
    }

    void conflictSaysWhetherTheEditorHadTheDraft()
    {
        DraftJournal journal(dir.path(), QStringLiteral("d2"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        const QString conv = nextConversation();
        ResponseDraftSaveRequest first;
        first.bodyHtml = QStringLiteral("<p>First</p>");
        REQUIRE_OK(run(f.client()->saveResponseDraft(f.org, conv, first)));
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.state().hasServerDraft; }, 5000));
        c.edit(QStringLiteral("<p>Mine</p>"), {}, {}, false);
        ResponseDraftSaveRequest other;
        other.bodyHtml = QStringLiteral("<p>Theirs</p>");
        REQUIRE_OK(run(f.client()->saveResponseDraft(f.org, conv, other)));
        QSignalSpy conflict(&c, &ReplyController::conflict);
        QSignalSpy statuses(&c, &ReplyController::statusChanged);
        c.save();
        QVERIFY(conflict.wait(5000));
        QCOMPARE(conflict.first().first().value<ResponseDraft>().bodyHtml, QStringLiteral("<p>Theirs</p>"));
        QCOMPARE(conflict.first().at(1).toBool(), true); // it had "First"; someone changed it
        QCOMPARE(statuses.last().at(1).toString(), QStringLiteral("The draft changed on the server"));
    }

    void unsavedTextComesBackAfterRestart()
    {
        const QString conv = nextConversation();
        {
            DraftJournal journal(dir.path(), QStringLiteral("e"));
            ReplySends sends(&journal, nullptr);
            ReplyController c(&journal, nullptr, &sends);
            c.setSource(f.account->provider(), f.org);
            c.open(conv);
            c.edit(QStringLiteral("<p>Typed, never saved</p>"), {}, {}, false);
        } // no save: the "crash"
        DraftJournal journal(dir.path(), QStringLiteral("e"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        QSignalSpy loaded(&c, &ReplyController::loaded);
        c.open(conv);
        QVERIFY(!loaded.isEmpty()); // at once, before the server answers
        QCOMPARE(c.state().html, QStringLiteral("<p>Typed, never saved</p>"));
        QVERIFY(c.state().restoredFromJournal);
        QVERIFY(QTest::qWaitFor([&] { return c.status() == ReplyController::Status::Editing; }, 5000));
        QCOMPARE(c.state().html, QStringLiteral("<p>Typed, never saved</p>"));
    }

    void conflictAfterRestoreSaysTheEditorHadNoDraft()
    {
        // Text kept in the journal from before any server draft; a draft appears on the server
        // meanwhile (another device): the editor asks, and says it never had that draft.
        const QString conv = nextConversation();
        {
            DraftJournal journal(dir.path(), QStringLiteral("g"));
            ReplySends sends(&journal, nullptr);
            ReplyController c(&journal, nullptr, &sends);
            c.setSource(f.account->provider(), f.org);
            c.open(conv);
            c.edit(QStringLiteral("<p>Typed before the phone saved one</p>"), {}, {}, false);
        }
        ResponseDraftSaveRequest other;
        other.bodyHtml = QStringLiteral("<p>From the phone</p>");
        REQUIRE_OK(run(f.client()->saveResponseDraft(f.org, conv, other)));
        DraftJournal journal(dir.path(), QStringLiteral("g"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.state().hasServerDraft; }, 5000));
        QCOMPARE(c.state().html, QStringLiteral("<p>Typed before the phone saved one</p>")); // kept, not replaced
        QSignalSpy conflict(&c, &ReplyController::conflict);
        c.save();
        QVERIFY(conflict.wait(5000));
        QCOMPARE(conflict.first().first().value<ResponseDraft>().bodyHtml, QStringLiteral("<p>From the phone</p>"));
        QCOMPARE(conflict.first().at(1).toBool(), false);
    }

    void offlineSaveGoesToTheOutbox()
    {
        const QString conv = nextConversation();
        const quint16 port = f.server->port();
        DraftJournal journal(dir.path(), QStringLiteral("f"));
        Outbox outbox(dir.path(), QStringLiteral("f"));
        outbox.setProvider(f.account->provider());
        ReplySends sends(&journal, &outbox);
        ReplyController c(&journal, &outbox, &sends);
        c.setSource(f.account->provider(), f.org);
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000));
        c.edit(QStringLiteral("<p>Written on a plane</p>"), {}, {}, false);
        f.account->transport()->setRetryPolicy(RetryPolicy::none());
        SandboxOptions options = f.server->options();
        f.server.reset(); // offline
        c.save();
        QVERIFY(waitStatus(c, ReplyController::Status::Queued));
        QCOMPARE(outbox.count(), 1);
        QVERIFY(!journal.entry(f.org, conv)->savedToServer);

        f.server = std::make_unique<SandboxServer>(options);
        QVERIFY(f.server->start(port));
        outbox.flush();
        QVERIFY(waitStatus(c, ReplyController::Status::Saved));
        QCOMPARE(outbox.count(), 0);
        auto drafts = run(f.client()->listResponseDrafts(f.org, conv));
        REQUIRE_OK(drafts);
        QCOMPARE(drafts.value->items.first().bodyHtml, QStringLiteral("<p>Written on a plane</p>"));
    }
};

QTEST_GUILESS_MAIN(TestReplyController)
#include "tst_reply_controller.moc"
