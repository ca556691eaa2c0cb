// What the server does to a draft while the review queue shows it, against
// repdesk-sandbox: overwritten elsewhere, the new version is shown with a
// notice (or, when the reviewer typed, their text is kept and compared with
// it), and nothing is saved over it; overwritten during an approve's undo
// window, nothing is sent; sent elsewhere (promoted into a message), the draft
// leaves the queue with a notice, the next one is shown and its thread comes
// back with the message. Each is noticed by the poller, not by a user action.
#include "DraftCheck.h"
#include "DraftJournal.h"
#include "MessageThreadModel.h"
#include "ReplyController.h"
#include "ReviewText.h"
#include "tst_review_support.h"

using namespace repdesk;
using namespace repdesk::test;

class TestReviewLifecycle : public QObject
{
    Q_OBJECT
    ReviewFixture f;
    int conversations = 0;
    int storage = 0;

    struct Open
    {
        std::unique_ptr<AccountSession> account;
        OrganizationSession *org = nullptr;
        ReviewSession *review = nullptr;
    };

    Open open()
    {
        Open o;
        o.account = f.openAccount(QStringLiteral("lifecycle-%1").arg(++storage));
        if (!o.account)
            return o;
        o.org = o.account->organization();
        o.review = o.org->review();
        o.review->start();
        if (!ReviewFixture::settled(o.org, conversations)
            || !QTest::qWaitFor([r = o.review] { return r->reply() && r->isPreparedReady(); }, 10000)
            || o.review->reply()->status() != ReplyController::Status::Saved)
            o.review = nullptr;
        return o;
    }

    // The poller's round (F5 in the inbox): the sync, then the review's checks of the shown draft.
    static void poll(Open &o) { o.org->refresh(); }

    static QStringList notices(const QSignalSpy &spy, const QString &conv)
    {
        QStringList out;
        for (const QList<QVariant> &args : spy)
            if (args.at(0).toString() == conv)
                out << args.at(1).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 60;
        o.autosendDelayMs = 200;
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_review_lifecycle")));
        const QList<Conversation> all = f.allConversations();
        conversations = int(all.size());
        int proposed = 0;
        for (const Conversation &c : all)
            if (proposed < 10 && !f.pendingDraft(c.conversationId))
                QVERIFY(f.propose(c.conversationId, QStringLiteral("<p>We can ship on Monday, proposal %1.</p>").arg(proposed++)));
    }

    void init()
    {
        QSettings settings;
        settings.setValue(SettingsKeys::undoSendSeconds(), 1);
        settings.setValue(SettingsKeys::reviewWindowDays(), 400);
        f.server->injectFaults(0, 500);
    }

    void overwrittenWhileShownIsReloadedWithANotice()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        const QString conv = r->shownConversationId();
        const QString newer = QStringLiteral("<p>Rewritten by a teammate: we ship on Tuesday.</p>");
        QSignalSpy notice(r, &ReviewSession::notice);
        f.server->overwriteDraft(conv, newer);
        f.server->clearRequestLog();
        poll(o);

        QVERIFY(QTest::qWaitFor([&] { return r->proposalHtml() == newer; }, 10000));
        QCOMPARE(r->shownConversationId(), conv); // still this draft, now the new version
        QVERIFY(!notices(notice, conv).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return r->reply()->status() == ReplyController::Status::Saved; }, 5000));
        QCOMPARE(r->reply()->state().html, newer);
        QCOMPARE(r->shownHtml(), newer);
        QVERIFY(!r->shownEdited());
        QCOMPARE(f.requestsFor(QStringLiteral("POST"), conv).size(), 0);
        QCOMPARE(f.pendingDraft(conv)->bodyHtml, newer);
    }

    void overwrittenWhileEditingKeepsTheTypedText()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        const QString conv = r->shownConversationId();
        const QString mine = r->proposalHtml() + QStringLiteral("<p>Best, Sam</p>");
        const QString newer = QStringLiteral("<p>Rewritten while Sam typed: Wednesday then.</p>");
        r->edit(mine);
        QVERIFY(r->shownEdited());
        QSignalSpy notice(r, &ReviewSession::notice);
        f.server->overwriteDraft(conv, newer);
        f.server->clearRequestLog();
        poll(o);

        QVERIFY(QTest::qWaitFor([&] { return r->proposalHtml() == newer; }, 10000));
        QVERIFY(!notices(notice, conv).isEmpty());
        QCOMPARE(r->shownHtml(), mine); // the reviewer's text is never replaced
        QVERIFY(r->shownEdited());
        QVERIFY(WordDiff::deletedWords(r->shownDiff()) > 0); // against the new version now
        QCOMPARE(WordDiff::before(r->shownDiff()), ReviewText::plain(newer));
        QTest::qWait(300);
        QCOMPARE(f.requestsFor(QStringLiteral("POST"), conv).size(), 0); // nothing saved over it
        QCOMPARE(f.pendingDraft(conv)->bodyHtml, newer);
        o.account->journal()->flush();
        QCOMPARE(o.account->journal()->entry(f.org, conv)->html, mine);
    }

    void overwrittenDuringTheUndoWindowSendsNothing()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        const QString conv = r->shownConversationId();
        const QString newer = QStringLiteral("<p>Changed during the countdown.</p>");
        QSignalSpy finished(r, &ReviewSession::actionFinished);
        QVERIFY(r->approve());
        f.server->overwriteDraft(conv, newer);
        f.server->clearRequestLog();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toString(), conv);
        QCOMPARE(finished.first().at(2).value<ReviewAction::Outcome>(), ReviewAction::Outcome::Overwritten);
        QCOMPARE(f.requestsFor(QStringLiteral("POST"), conv).size(), 0);
        QCOMPARE(f.pendingDraft(conv)->bodyHtml, newer);
        // Back in the queue for review, as the server has it now.
        const ReviewItem *row = r->queue()->find(conv);
        QVERIFY(row);
        QCOMPARE(row->state, ReviewItem::State::Pending);
        QCOMPARE(row->draft.bodyHtml, newer);
        QVERIFY(!row->edited);
        QVERIFY(r->show(conv));
        QCOMPARE(r->proposalHtml(), newer);
    }

    void promotedWhileShownLeavesTheQueue()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        const QString conv = r->shownConversationId();
        const QString prepared = r->preparedConversationId();
        const QString text = r->proposalHtml();
        const int pending = r->queue()->pendingCount();
        QSignalSpy notice(r, &ReviewSession::notice);
        QSignalSpy shown(r, &ReviewSession::shownChanged);
        // A teammate sends it as it is from another client; the server delivers it.
        QVERIFY(f.sendElsewhere(conv, text));
        QVERIFY(QTest::qWaitFor([&] { return !f.pendingDraft(conv).has_value(); }, 5000));
        poll(o);

        QVERIFY(QTest::qWaitFor([&] { return !r->queue()->find(conv); }, 10000));
        QVERIFY(notices(notice, conv).contains(DraftCheck::notice(DraftCheck::Outcome::Promoted)));
        QCOMPARE(r->shownConversationId(), prepared); // moved on to the next draft
        QVERIFY(!shown.isEmpty());
        QCOMPARE(r->queue()->pendingCount(), pending - 1);
        // Its thread is fetched again, with the message it became, for the cache (and the inbox).
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const Message &m : o.account->cache()->thread(conv))
                    if (m.direction() == MessageDirection::Sent && ReviewText::plain(m.content) == ReviewText::plain(text))
                        return true;
                return false;
            },
            10000));
        QCOMPARE(f.requestsFor(QStringLiteral("POST"), conv).size(), 1); // only the teammate's
        // The cache remembers it left: a restart does not bring it back.
        QVERIFY(o.account->cache()->reviewChecks().contains(conv));
        QVERIFY(!o.account->cache()->reviewChecks().value(conv).draft.has_value());
    }
};

QTEST_GUILESS_MAIN(TestReviewLifecycle)
#include "tst_review_lifecycle.moc"
