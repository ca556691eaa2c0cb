// The review workspace in the main window, offscreen, against repdesk-sandbox:
// Ctrl+4 opens it (created on first use) with the keyboard on the queue, Ctrl+1
// and back keeps the draft shown, F5 asks the review queue (not the inbox);
// "To review (N)" stands in the inbox's folder list and the tray tooltip once
// the queue is known, and choosing that row opens the workspace while the
// inbox keeps the folder it showed.
#include "RunningApp.h"
#include "FolderListModel.h"
#include "InstallSecret.h"
#include "MainWindow.h"
#include "SessionManager.h"
#include "TrayNotifier.h"
#include "ConversationFilterProxy.h"
#include "inbox/ConversationListView.h"
#include "inbox/InboxWorkspace.h"
#include "review/ReviewQueueView.h"
#include "review/ReviewWorkspace.h"
#include "tst_review_support.h"

#include <QApplication>
#include <QListView>

using namespace repdesk;
using namespace repdesk::test;

class TestReviewWindow : public QObject
{
    Q_OBJECT
    ReviewFixture f;

    static bool showWindow(MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    static OrganizationSession *organization(MainWindow &window) { return window.inbox()->session(); }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 60;
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_review_window")));
        int proposed = 0;
        for (const Conversation &c : f.allConversations()) {
            if (proposed < 4 && !f.pendingDraft(c.conversationId))
                QVERIFY(f.propose(c.conversationId, QStringLiteral("<p>Proposal %1.</p>").arg(proposed++)));
        }
        QSettings().setValue(SettingsKeys::reviewWindowDays(), 400);
    }

    void ctrl4OpensTheReviewAndSwitchingKeepsItsState()
    {
        RunningApp app(f.server->url(), QByteArrayLiteral("test-key"));
        MainWindow &window = *app.window;
        QVERIFY(showWindow(window));
        QVERIFY(spin([&] { return organization(window) && window.conversationView()->model()
                                  && window.conversationView()->model()->rowCount() > 0; }));
        QVERIFY(!window.review()); // created on first use only

        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Review);
        ReviewWorkspace *review = window.review();
        QVERIFY(review && review->isVisible());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(review->queueView()));
        QVERIFY(spin([&] { return review->session() && !review->session()->shownConversationId().isEmpty(); }));
        ReviewSession *session = review->session();
        QCOMPARE(session, organization(window)->review());
        QCOMPARE(review->queueView()->currentConversationId(), session->shownConversationId());
        QTest::keyClick(review->queueView(), Qt::Key_J);
        const QString shown = session->shownConversationId();

        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Inbox);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Review);
        QCOMPARE(window.review(), review);
        QCOMPARE(session->shownConversationId(), shown);
        QCOMPARE(review->queueView()->currentConversationId(), shown);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(review->queueView()));

        // F5 goes to the review queue on screen.
        QVERIFY(spin([&] { return !session->discovery()->isRunning(); }));
        QSignalSpy looked(session->discovery(), &ReviewDiscovery::finished);
        QTest::keyClick(review->queueView(), Qt::Key_F5);
        QVERIFY(spin([&] { return !looked.isEmpty(); }, 10000));
    }

    void toReviewStandsInTheFolderListAndTheTray()
    {
        RunningApp app(f.server->url(), QByteArrayLiteral("test-key"));
        MainWindow &window = *app.window;
        QVERIFY(showWindow(window));
        QVERIFY(spin([&] { return organization(window) != nullptr; }));
        FolderListModel *folders = organization(window)->folders();
        // Started by itself shortly after the inbox's first sync, without the workspace.
        QVERIFY(spin([&] { return folders->rowOfKey(FolderListModel::reviewKey()) >= 0; }, 30000));
        QVERIFY(!window.review());
        ReviewSession *session = organization(window)->review();
        QVERIFY(spin([&] { return session->queue()->pendingCount() > 0 && !session->discovery()->isRunning(); }));
        const int n = session->queue()->pendingCount();
        const int row = folders->rowOfKey(FolderListModel::reviewKey());
        QCOMPARE(row, folders->rowCount() - 1); // last: Ctrl+Shift+1..9 keep their folders
        QCOMPARE(folders->index(row).data(FolderListModel::CountRole).toInt(), n);
        QVERIFY(folders->index(row).data(Qt::DisplayRole).toString().startsWith(QStringLiteral("To review")));
        QVERIFY(folders->index(row).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("To review")));
        QVERIFY2(window.trayNotifier()->toolTip().contains(QStringLiteral("To review (%1)").arg(n)),
                 qPrintable(window.trayNotifier()->toolTip()));

        // Choosing the row opens the review; the inbox keeps the folder it showed.
        QListView *folderView = nullptr;
        for (QListView *view : window.inbox()->findChildren<QListView *>())
            if (view->model() == folders)
                folderView = view;
        QVERIFY(folderView);
        folderView->setCurrentIndex(folders->index(2));
        const QString before = organization(window)->filter()->folder();
        folderView->setCurrentIndex(folders->index(row));
        QVERIFY(spin([&] { return window.currentWorkspace() == MainWindow::Workspace::Review; }, 5000));
        QVERIFY(window.review());
        QCOMPARE(organization(window)->filter()->folder(), before);
        QCOMPARE(folderView->currentIndex().row(), 2);
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
    TestReviewWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_review_window.moc"
