// The review workspace, offscreen, over a real AccountSession on the sandbox,
// driven by its keys as a reviewer would: the keyboard starts on the queue with
// the first draft shown; Ctrl+Enter sends the draft as shown exactly once, after
// the undo delay, and the next one is shown at once; Ctrl+Delete then U gives the
// draft back with nothing deleted; Ctrl+Delete alone deletes it; S skips, J/K
// move; Enter edits and Esc comes back; an edit is marked and D shows the diff;
// every part has an accessible name; with nothing pending the queue says so.
#include "RunningApp.h"
#include "HtmlSanitizer.h"
#include "MessageThreadModel.h"
#include "ReplyController.h"
#include "ReviewFigures.h"
#include "ReviewText.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "review/ReviewChangesView.h"
#include "review/ReviewDraftPane.h"
#include "review/ReviewQueueView.h"
#include "review/ReviewSummary.h"
#include "review/ReviewThreadPane.h"
#include "review/ReviewUndoBar.h"
#include "review/ReviewWorkspace.h"
#include "inbox/ThreadPane.h"
#include "tst_review_support.h"
#include "webapi/ReplyEditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>

using namespace repdesk;
using namespace repdesk::test;

namespace {

// A real event loop between checks: the WebEngine views need many main-thread trips.
} // namespace

class TestReviewWorkspace : public QObject
{
    Q_OBJECT
    ReviewFixture f;
    int conversations = 0;
    int storage = 0;

    // Destroyed in reverse order: the workspace before the session it draws.
    struct Open
    {
        std::unique_ptr<AccountSession> account;
        std::unique_ptr<ReviewWorkspace> workspace;
        ReviewSession *review = nullptr;
        ReviewQueueView *queue = nullptr;
    };

    Open open(bool waitForDraft = true)
    {
        Open o;
        o.account = f.openAccount(QStringLiteral("workspace-%1").arg(++storage));
        if (!o.account)
            return o;
        o.workspace = std::make_unique<ReviewWorkspace>();
        o.workspace->resize(1280, 800);
        o.workspace->setOrganization(o.account->organization());
        o.workspace->show();
        if (!QTest::qWaitForWindowExposed(o.workspace.get()))
            return o;
        o.workspace->activateWindow();
        if (!QTest::qWaitForWindowActive(o.workspace.get()))
            return o;
        o.workspace->focusDefault();
        o.queue = o.workspace->queueView();
        if (!waitForDraft)
            return o;
        if (ReviewFixture::settled(o.account->organization(), conversations) && ready(o.workspace.get()))
            o.review = o.workspace->session();
        return o;
    }

    // A draft is shown, its reply loaded, and the editor holds its text.
    static bool ready(ReviewWorkspace *w)
    {
        return spin([w] {
            ReviewSession *r = w->session();
            ReplyEditor *editor = w->draftPane()->editor();
            return r && r->reply() && r->reply()->status() != ReplyController::Status::Loading && editor
                && editor->isReady() && !r->shownConversationId().isEmpty()
                && ReviewText::plain(editor->html()) == ReviewText::plain(r->shownHtml());
        });
    }

    static QString stateText(ReviewSession *r, const QString &conv)
    {
        return r->queue()->index(r->queue()->rowOf(conv)).data(ReviewQueueModel::StateTextRole).toString();
    }

    static ReviewItem::State stateOf(ReviewSession *r, const QString &conv)
    {
        return r->queue()->index(r->queue()->rowOf(conv)).data(ReviewQueueModel::StateRole).value<ReviewItem::State>();
    }

    static QString nameOfRow(ReviewSession *r, const QString &conv)
    {
        return r->queue()->index(r->queue()->rowOf(conv)).data(ReviewQueueModel::ContactNameRole).toString();
    }

    static void ctrl(QWidget *target, Qt::Key key) { QTest::keyClick(target, key, Qt::ControlModifier); }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 60;
        o.autosendDelayMs = 300;
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_review_workspace")));
        // Enough drafts for every test: proposals on conversations that have none.
        int proposed = 0;
        const QList<Conversation> all = f.allConversations();
        conversations = int(all.size());
        for (const Conversation &c : all) {
            if (proposed < 14 && !f.pendingDraft(c.conversationId))
                QVERIFY(f.propose(c.conversationId,
                                  QStringLiteral("<p>Thanks for asking. Proposal %1: Tuesday at ten works.</p>").arg(proposed++)));
        }
    }

    void cleanup() { f.server->injectFaults(0, 500); }

    void init()
    {
        QSettings settings;
        settings.setValue(SettingsKeys::undoSendSeconds(), 1);
        settings.setValue(SettingsKeys::reviewWindowDays(), 400); // every conversation of the demo
    }

    void startsOnTheQueueWithTheFirstDraftShown()
    {
        Open o = open(false);
        QVERIFY(o.workspace && o.workspace->session());
        // Nothing in the (new) cache yet: the queue says it is looking, not that it is empty.
        QVERIFY(o.queue->emptyState()->isVisible());
        QCOMPARE(o.queue->emptyState()->title(), QStringLiteral("Looking for drafts to review…"));
        QVERIFY(ReviewFixture::settled(o.account->organization(), conversations));
        QVERIFY(ready(o.workspace.get()));
        ReviewSession *r = o.workspace->session();
        QVERIFY(!o.queue->emptyState()->isVisible());

        // The keyboard is on the queue, on the first draft waiting, and that draft is shown.
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(o.queue));
        const QString first = r->queue()->neighbour(QString(), 1);
        QCOMPARE(r->shownConversationId(), first);
        QCOMPARE(o.queue->currentConversationId(), first);
        QVERIFY(o.queue->selectionModel()->isSelected(o.queue->currentIndex()));
        QVERIFY(o.workspace->draftPane()->isEnabled());
        QVERIFY(o.workspace->draftPane()->recipientLabel()->text().startsWith(QStringLiteral("To: ")));
        // The counts: "To review (N)" and the figures.
        QCOMPARE(o.workspace->summary()->countText(), QStringLiteral("To review (%1)").arg(r->queue()->pendingCount()));
        QVERIFY(!o.workspace->summary()->figuresText().isEmpty());
        // The thread: the contact's last message in full, older ones folded.
        QVERIFY(spin([&] { return r->thread()->conversationId() == first && !r->thread()->messages().isEmpty(); }));
        QCOMPARE(o.workspace->threadPane()->hiddenMessages(), ReviewThreadPane::firstShown(r->thread()->messages()));
        // The rows name people, never ids, and say what a screen reader needs.
        const QModelIndex row = o.queue->currentIndex();
        QVERIFY(spin([&] { return !row.data(ReviewQueueModel::ContactNameRole).toString().isEmpty(); }));
        QVERIFY(!row.data(Qt::DisplayRole).toString().startsWith(QLatin1String("HR_")));
        QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(row.data(ReviewQueueModel::ContactNameRole).toString()));
        // The thread names the contact too, also before the directory has answered.
        QVERIFY(spin([&] { return o.workspace->threadPane()->threadPane()->lastHtml().contains(QLatin1String("<article")); }));
        QVERIFY(!o.workspace->threadPane()->threadPane()->lastHtml().contains(QStringLiteral("Unknown contact")));

        // Accessible names on everything a keyboard or screen reader reaches.
        ReviewDraftPane *pane = o.workspace->draftPane();
        const QList<QWidget *> named{o.workspace.get(), o.queue, pane, pane->recipientLabel(), pane->ccField(),
                                     pane->bccField(), pane->editor()->widget(), pane->changesButton(),
                                     pane->editedMarker(), o.workspace->undoBar()->undoButton(),
                                     o.workspace->threadPane()};
        for (QWidget *w : named)
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        for (QPushButton *b : pane->findChildren<QPushButton *>())
            QVERIFY2(!b->text().isEmpty() || !b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        o.workspace->grab().save(QDir::temp().filePath(QStringLiteral("repdesk-review.png")));
    }

    void jAndKMoveThroughTheQueue()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        const QString first = r->shownConversationId();
        const QString second = r->queue()->neighbour(first, 1);
        QVERIFY(!second.isEmpty() && second != first);
        QTest::keyClick(o.queue, Qt::Key_J);
        QCOMPARE(r->shownConversationId(), second);
        QCOMPARE(o.queue->currentConversationId(), second);
        QTest::keyClick(o.queue, Qt::Key_K);
        QCOMPARE(r->shownConversationId(), first);
        QTest::keyClick(o.queue, Qt::Key_Down);
        QCOMPARE(r->shownConversationId(), second);
        QTest::keyClick(o.queue, Qt::Key_Up);
        QCOMPARE(r->shownConversationId(), first);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(o.queue));
    }

    void approveSendsExactlyOnceAfterTheUndoDelayAndShowsTheNext()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        const QString conv = r->shownConversationId();
        const QString next = r->queue()->neighbour(conv, 1);
        const QString proposal = r->proposalHtml();
        const int pending = r->queue()->pendingCount();
        f.server->clearRequestLog();

        ctrl(o.queue, Qt::Key_Return);
        // The next draft at once (it was prepared), the keyboard still on the queue.
        QCOMPARE(r->shownConversationId(), next);
        QCOMPARE(o.queue->currentConversationId(), next);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(o.queue));
        QCOMPARE(r->queue()->pendingCount(), pending - 1);
        QCOMPARE(o.workspace->summary()->countText(), QStringLiteral("To review (%1)").arg(pending - 1));
        // The undo bar, as in the inbox; nothing went out yet.
        QVERIFY(o.workspace->undoBar()->isVisible());
        QVERIFY(o.workspace->undoBar()->text().startsWith(QStringLiteral("Sending the reply to ")));
        QCOMPARE(f.requestsFor(QStringLiteral("POST"), conv).size(), 0);

        QVERIFY(spin([&] { return stateOf(r, conv) == ReviewItem::State::Sent; }, 10000));
        const QList<SandboxRequestRecord> posts = f.requestsFor(QStringLiteral("POST"), conv);
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(posts.first().body).object();
        QCOMPARE(body.value(QStringLiteral("autosend_draft")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("add_notification")).toBool(), false);
        QCOMPARE(body.value(QStringLiteral("body_html")).toString(), HtmlSanitizer::sanitizeOutgoing(proposal));
        QVERIFY(!o.workspace->undoBar()->isVisible());
        // Give a second send every chance to appear: there is none.
        spin([] { return false; }, 600);
        QCOMPARE(f.requestsFor(QStringLiteral("POST"), conv).size(), 1);
        QCOMPARE(f.requests(QStringLiteral("DELETE"), conv), 0);
    }

    void discardThenUndoKeepsTheDraft()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        const QString conv = r->shownConversationId();
        const int pending = r->queue()->pendingCount();
        f.server->clearRequestLog();

        ctrl(o.queue, Qt::Key_Delete);
        QVERIFY(r->shownConversationId() != conv);
        QVERIFY(o.workspace->undoBar()->text().startsWith(QStringLiteral("Discarding the draft for ")));
        QCOMPARE(r->queue()->pendingCount(), pending - 1);
        QTest::keyClick(o.queue, Qt::Key_U);
        // Back, shown again, still waiting for review, and nothing deleted even after the delay.
        QCOMPARE(r->shownConversationId(), conv);
        QCOMPARE(o.queue->currentConversationId(), conv);
        QCOMPARE(r->queue()->pendingCount(), pending);
        QVERIFY(!o.workspace->undoBar()->isVisible());
        spin([] { return false; }, 1800);
        QCOMPARE(f.requests(QStringLiteral("DELETE"), conv), 0);
        QVERIFY(f.pendingDraft(conv).has_value());
        QCOMPARE(stateOf(r, conv), ReviewItem::State::Pending);

        // Ctrl+Z undoes too.
        ctrl(o.queue, Qt::Key_Delete);
        QVERIFY(r->shownConversationId() != conv);
        ctrl(o.queue, Qt::Key_Z);
        QCOMPARE(r->shownConversationId(), conv);
    }

    void discardDeletesTheDraftAfterTheDelay()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        const QString conv = r->shownConversationId();
        f.server->clearRequestLog();
        ctrl(o.queue, Qt::Key_Delete);
        QVERIFY(spin([&] { return stateOf(r, conv) == ReviewItem::State::Discarded; }, 10000));
        QVERIFY(spin([&] { return !f.requestsFor(QStringLiteral("DELETE"), conv).isEmpty(); }, 5000));
        const QList<SandboxRequestRecord> deletes = f.requestsFor(QStringLiteral("DELETE"), conv);
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes.first().status, 204);
        QCOMPARE(f.requestsFor(QStringLiteral("POST"), conv).size(), 0);
        QVERIFY(!f.pendingDraft(conv).has_value());
    }

    void skipMovesTheDraftToTheEnd()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        const QString conv = r->shownConversationId();
        const QString next = r->queue()->neighbour(conv, 1);
        QTest::keyClick(o.queue, Qt::Key_S);
        QCOMPARE(r->shownConversationId(), next);
        QCOMPARE(r->queue()->rowOf(conv), r->queue()->count() - 1);
        QVERIFY(r->queue()->index(r->queue()->rowOf(conv)).data(ReviewQueueModel::SkippedRole).toBool());
        QCOMPARE(stateOf(r, conv), ReviewItem::State::Pending); // skipped, not dealt with
    }

    void enterEditsInPlaceAndEscReturnsToTheQueue()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewDraftPane *pane = o.workspace->draftPane();
        QTest::keyClick(o.queue, Qt::Key_Return);
        QVERIFY(spin([&] { return pane->editorHasFocus(); }, 5000));
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target, Qt::Key_Escape);
        QVERIFY(spin([&] { return QApplication::focusWidget() == o.queue; }, 5000));
        // E edits too; Esc from a field of the draft as well.
        QTest::keyClick(o.queue, Qt::Key_E);
        QVERIFY(spin([&] { return pane->editorHasFocus(); }, 5000));
        pane->ccField()->setFocus();
        QTest::keyClick(pane->ccField(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(o.queue));
    }

    void anEditIsMarkedShownAsADiffAndSentAsShown()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        ReviewDraftPane *pane = o.workspace->draftPane();
        const QString conv = r->shownConversationId();
        QVERIFY(!pane->editedMarker()->isVisibleTo(pane));
        const int editedBefore = r->figures()->sentEdited();

        // Typed in the editor, at its end.
        QTest::keyClick(o.queue, Qt::Key_Return);
        QVERIFY(spin([&] { return pane->editorHasFocus(); }, 5000));
        QWidget *view = pane->editor()->widget();
        QWidget *target = view->focusProxy() ? view->focusProxy() : view;
        spin([] { return false; }, 200); // the page puts its caret in the text
        QTest::keyClick(target, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(target, QStringLiteral(" See you then"));
        QVERIFY(spin([&] { return r->shownEdited(); }, 5000));
        QVERIFY(pane->editedMarker()->isVisibleTo(pane));
        QCOMPARE(stateOf(r, conv), ReviewItem::State::Edited);
        QCOMPARE(stateText(r, conv), QStringLiteral("Edited"));

        // Esc, then D: the word diff of the proposal against the text.
        QTest::keyClick(target, Qt::Key_Escape);
        QVERIFY(spin([&] { return QApplication::focusWidget() == o.queue; }, 5000));
        QTest::keyClick(o.queue, Qt::Key_D);
        QVERIFY(pane->changesShown());
        QVERIFY(pane->changesView()->isVisibleTo(pane));
        // "3 words added" (the English plural forms are not loaded here).
        QVERIFY2(pane->changesView()->summary().startsWith(QStringLiteral("3 word")), qPrintable(pane->changesView()->summary()));
        QVERIFY(pane->changesView()->browser()->toPlainText().contains(QStringLiteral("See you then")));
        QTest::keyClick(o.queue, Qt::Key_Escape); // Esc in the queue hides the changes
        QVERIFY(!pane->changesShown());

        // Ctrl+Enter sends the text as shown, edited, and the figures count it.
        f.server->clearRequestLog();
        ctrl(o.queue, Qt::Key_Return);
        // The editor's latest text is asked for first (a page round trip), then the draft goes.
        QVERIFY2(spin([&] { return r->shownConversationId() != conv; }, 5000), qPrintable(o.workspace->banner()->text()));
        QVERIFY(spin([&] { return stateOf(r, conv) == ReviewItem::State::Sent; }, 10000));
        const QList<SandboxRequestRecord> posts = f.requestsFor(QStringLiteral("POST"), conv);
        QCOMPARE(posts.size(), 1);
        const QString sent = QJsonDocument::fromJson(posts.first().body).object().value(QStringLiteral("body_html")).toString();
        QVERIFY2(ReviewText::plain(sent).endsWith(QStringLiteral("See you then")), qPrintable(sent));
        QCOMPARE(r->figures()->sentEdited(), editedBefore + 1);
        QVERIFY(o.workspace->summary()->figuresText().contains(QStringLiteral("edited")));
    }

    void aDraftChangedOnTheServerIsReloadedWithANotice()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        const QString conv = r->shownConversationId();
        f.server->overwriteDraft(conv, QStringLiteral("<p>Rewritten by a teammate: Wednesday instead.</p>"));
        o.workspace->refresh(); // F5, as the shell's File > Refresh calls it
        QVERIFY(spin([&] { return o.workspace->banner()->isVisible(); }, 10000));
        QCOMPARE(o.workspace->banner()->kind(), ErrorBanner::Kind::Info);
        QVERIFY2(o.workspace->banner()->text().contains(nameOfRow(r, conv)), qPrintable(o.workspace->banner()->text()));
        QCOMPARE(r->shownConversationId(), conv);
        QVERIFY(spin([&] {
            return ReviewText::plain(o.workspace->draftPane()->editor()->html()).contains(QStringLiteral("Rewritten"));
        }));
        QVERIFY(!r->shownEdited());
    }

    void aFailureOffersRetry()
    {
        Open o = open();
        QVERIFY(o.review);
        ReviewSession *r = o.review;
        ErrorBanner *banner = o.workspace->banner();
        f.server->injectFaults(100000, 500); // the server fails everything from now on
        QTest::keyClick(o.queue, Qt::Key_J);
        const QString conv = r->shownConversationId();
        QVERIFY(spin([&] { return banner->isVisible() && banner->kind() == ErrorBanner::Kind::Error; }, 20000));
        QVERIFY(banner->isRetryable());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Could not load the conversation")), qPrintable(banner->text()));
        f.server->injectFaults(0, 500);
        banner->retryButton()->click();
        QVERIFY(!banner->isVisible());
        QVERIFY(spin([&] { return r->thread()->state() == MessageThreadModel::State::Loaded; }, 20000));
        QCOMPARE(r->shownConversationId(), conv);
        QVERIFY(!banner->isVisible());
    }

    // Last: it removes every pending draft of the sandbox.
    void nothingPendingSaysSo()
    {
        for (const Conversation &c : f.allConversations()) {
            if (const auto draft = f.pendingDraft(c.conversationId); draft && !draft->isScheduled())
                QVERIFY(run(f.client()->deleteResponseDraft(f.org, c.conversationId, draft->responseId)).ok);
        }
        Open o = open(false);
        QVERIFY(o.workspace && o.workspace->session());
        QVERIFY(ReviewFixture::settled(o.account->organization(), conversations));
        ReviewSession *r = o.workspace->session();
        QVERIFY(spin([&] { return r->queue()->pendingCount() == 0 && r->shownConversationId().isEmpty(); }));
        QCOMPARE(o.workspace->summary()->countText(), QStringLiteral("To review (0)"));
        if (r->queue()->count() == 0) {
            QVERIFY(o.queue->emptyState()->isVisible());
            QCOMPARE(o.queue->emptyState()->title(), QStringLiteral("Nothing to review"));
        }
        QVERIFY(o.workspace->nothingShown()->isVisible());
        QVERIFY(o.workspace->nothingShown()->title().startsWith(QStringLiteral("Nothing")));
        QVERIFY(!o.workspace->draftPane()->isVisible());
        // The keys do nothing harmful with nothing shown.
        f.server->clearRequestLog();
        ctrl(o.queue, Qt::Key_Return);
        ctrl(o.queue, Qt::Key_Delete);
        QTest::keyClick(o.queue, Qt::Key_S);
        QTest::keyClick(o.queue, Qt::Key_J);
        spin([] { return false; }, 300);
        for (const auto &req : f.server->requestLog())
            QVERIFY2(req.method == QLatin1String("GET"), qPrintable(req.method + QLatin1Char(' ') + req.path));
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestReviewWorkspace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_review_workspace.moc"
