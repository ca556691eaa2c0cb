// The reply editor on demand: opening a conversation enables the reply pane
// without making the editor (a WebEngine page in the app); a click in the
// reply area, `r`, or idle time makes it; and `r` right after opening a
// conversation in the real window lands the typed text in the web editor.
#include "RunningApp.h"
#include "WebRenderingMode.h"
#include "InstallSecret.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SessionManager.h"
#include "compose/PlainReplyEditor.h"
#include "inbox/ConversationListView.h"
#include "inbox/ReplyPane.h"
#include "inbox/ThreadPane.h"
#include "webapi/ReplyEditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace repdesk;
using namespace repdesk::test;

namespace {
// A real event loop instead of QTest::qWait: WebEngine needs many main-thread trips.
bool focusIn(QWidget *w)
{
    QWidget *focus = w->window()->focusWidget();
    return focus && (focus == w || w->isAncestorOf(focus));
}
} // namespace

class TestInboxReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyKeyNeedsAConversation()
    {
        // Offline with nothing cached the list is empty; `r` there once enabled the reply pane
        // with an editor that belonged to no conversation, and took typed text.
        QStandardItemModel empty;
        ConversationListView list;
        list.setModel(&empty);
        QSignalSpy reply(&list, &ConversationListView::replyRequested);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QVERIFY(!list.currentIndex().isValid());
        QTest::keyClick(&list, Qt::Key_R);
        QCOMPARE(reply.count(), 0);
        // A row that is not a conversation (no id) asks for no reply either.
        empty.appendRow(new QStandardItem(QStringLiteral("no id")));
        list.setCurrentIndex(empty.index(0, 0));
        QTest::keyClick(&list, Qt::Key_R);
        QCOMPARE(reply.count(), 0);
    }

    void editorIsMadeOnDemand()
    {
        int made = 0;
        QWidget window;
        auto *other = new QPushButton(QStringLiteral("elsewhere"), &window);
        auto *pane = new ReplyPane(nullptr, [&made](QWidget *parent) {
            ++made;
            return new PlainReplyEditor(parent);
        }, &window);
        pane->move(0, 40);
        window.resize(600, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        other->setFocus();

        // A conversation opened: the pane is usable, the editor not made yet.
        pane->enableReply();
        QVERIFY(pane->isEnabled());
        QCOMPARE(made, 0);
        QVERIFY(!pane->editor());
        QPushButton *start = nullptr;
        for (QPushButton *b : pane->findChildren<QPushButton *>())
            if (b->accessibleName() == QStringLiteral("Reply text"))
                start = b;
        QVERIFY(start && start->isVisible());

        // A click in the reply area makes it and puts the keyboard in it.
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(made, 1);
        QVERIFY(pane->editor());
        QVERIFY(!start->isVisible());
        QVERIFY2(focusIn(pane->editor()->widget()),
                 window.focusWidget() ? window.focusWidget()->metaObject()->className() : "no focus");
        pane->focusEditor();
        QCOMPARE(made, 1);
    }

    void preparedAtIdleWithoutTheFocus()
    {
        int made = 0;
        QWidget window;
        auto *other = new QPushButton(QStringLiteral("elsewhere"), &window);
        auto *pane = new ReplyPane(nullptr, [&made](QWidget *parent) {
            ++made;
            return new PlainReplyEditor(parent);
        }, &window);
        pane->move(0, 40);
        window.resize(600, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        other->setFocus();
        pane->prepareEditor();
        QCOMPARE(made, 1);
        QVERIFY(pane->editor());
        // Nothing open yet: still disabled, and the keyboard stays where it was.
        QVERIFY(!pane->isEnabled());
        spin([] { return false; }, 400); // past the focus restoring
        QCOMPARE(window.focusWidget(), static_cast<QWidget *>(other));
    }

    void rRightAfterOpeningTypesIntoTheWebEditor()
    {
        SandboxOptions o;
        o.apiKey = QStringLiteral("reply-key");
        o.conversations = 40;
        // No drafted reply arriving over the typed text.
        o.draftsToReview = false;
        o.anchor = QDateTime::currentDateTimeUtc().addSecs(-600);
        SandboxServer server(o);
        QVERIFY(server.start());
        SessionManager manager(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/repdesk"),
                               InstallSecret::defaultDirectory());
        QString error;
        QVERIFY2(manager.initialize(&error), qPrintable(error));
        auto window = std::make_unique<MainWindow>(&manager);
        SessionManager::Launch launch;
        launch.server = server.url();
        launch.serverGiven = true;
        launch.environmentKey = QByteArrayLiteral("reply-key");
        manager.start(launch);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
        ConversationListView *list = window->conversationView();
        QVERIFY(spin([&] { return list->model() && list->model()->rowCount() >= 10; }, 15000));

        list->setFocus();
        list->setCurrentIndex(list->model()->index(2, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTest::keyClick(list, Qt::Key_R);
        ReplyPane *pane = window->replyPane();
        QVERIFY(spin([&] { return pane->editor() && pane->editor()->isReady() && focusIn(pane->editor()->widget()); },
                     30000));
        QVERIFY(window->threadPane()->usesWebEngine());
        QWidget *keys = window->focusWidget();
        // The page puts its caret in the text by a script call, which travels apart from
        // key events: keys sent the same millisecond can pass it. A person's first key
        // after `r` comes later than this.
        spin([] { return false; }, 150);
        QTest::keyClicks(keys, QStringLiteral("On my way"));
        QVERIFY2(spin([&] { return pane->editor()->html().contains(QStringLiteral("On my way")); }, 10000),
                 qPrintable(pane->editor()->html()));
        window.reset();
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
    // The shipped path: web views composited in software (ui/main.cpp does the same).
    WebRenderingMode::apply();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("repdesk-test"));
    TestInboxReply test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_inbox_reply.moc"
