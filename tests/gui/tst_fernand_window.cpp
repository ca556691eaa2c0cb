// A Fernand account in the real main window, offscreen, against the Fernand
// sandbox: the list fills, a thread renders with its notes and events set apart,
// the workspaces Fernand lacks are not offered, the Conversation menu is, and
// closing a conversation through it reaches the server.
#include "RunningApp.h"
#include "AccountInfo.h"
#include "ConversationListModel.h"
#include "FernandSandboxServer.h"
#include "FolderListModel.h"
#include "InstallSecret.h"
#include "MainWindow.h"
#include "SessionManager.h"
#include "InboxToolBar.h"
#include "inbox/AgentDraftDialog.h"
#include "inbox/ContactPanel.h"
#include "inbox/ConversationListView.h"
#include "inbox/ConversationQueryBar.h"
#include "inbox/ThreadPane.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace repdesk;
using namespace repdesk::test;

namespace {
QAction *menuAction(QMainWindow &window, const QString &menuText, const QString &actionText)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text() != menuText || !top->menu())
            continue;
        if (actionText.isEmpty())
            return top;
        for (QAction *a : top->menu()->actions())
            if (a->text() == actionText)
                return a;
    }
    return nullptr;
}
} // namespace

class TestFernandWindow : public QObject
{
    Q_OBJECT
    std::unique_ptr<FernandSandboxServer> server;

private Q_SLOTS:
    void initTestCase()
    {
        FernandSandboxOptions o;
        o.apiKey = QStringLiteral("sk_gui");
        o.conversations = 60;
        server = std::make_unique<FernandSandboxServer>(o);
        QVERIFY(server->start());
    }

    void listThreadAndWorkflow()
    {
        RunningApp app(server->url(), QByteArrayLiteral("sk_gui"), AccountInfo::fernandProvider());
        MainWindow &window = *app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ConversationListView *list = window.conversationView();
        QVERIFY(spin([&] { return list->model() && list->model()->rowCount() >= 25; }, 20000));
        // Names, not ids (the contacts came in one listing, within the budget).
        QVERIFY(spin([&] { return !list->model()->index(0, 0).data(ConversationListModel::ContactNameRole).toString().isEmpty(); },
                     30000));

        // Workspaces Fernand lacks are not offered; the Conversation menu is.
        QAction *dashboards = menuAction(window, tr("&View"), tr("&Dashboards"));
        QVERIFY(dashboards);
        QVERIFY(!dashboards->isVisible());
        QVERIFY(!menuAction(window, tr("&View"), tr("&Sales"))->isVisible());
        QVERIFY(!menuAction(window, tr("&View"), tr("&Audit log"))->isVisible());
        QVERIFY(menuAction(window, tr("&View"), tr("&Inbox"))->isVisible());
        QAction *conversationMenu = menuAction(window, tr("Conversat&ion"), QString());
        QVERIFY(conversationMenu);
        QVERIFY(conversationMenu->isVisible());
        window.showWorkspace(WorkspaceStack::Workspace::Dashboards);
        QCOMPARE(window.workspaces()->current(), WorkspaceStack::Workspace::Inbox);

        // Open the conversation whose stream holds a note: the thread sets it apart.
        QString withNote;
        for (const auto &c : std::as_const(server->data().conversations))
            for (const auto &item : c.items)
                if (item.type == QLatin1String("note") && withNote.isEmpty())
                    withNote = QString::number(c.id);
        QVERIFY(window.openConversation(withNote));
        QVERIFY(spin([&] { return window.threadPane()->lastHtml().contains(QLatin1String("msg-note")); }, 30000));
        QVERIFY(window.threadPane()->lastHtml().contains(QLatin1String("msg-email")));
        window.grab().save(QDir::temp().filePath(QStringLiteral("repdesk-fernand.png")));

        // Ctrl+Shift+E closes it on the server.
        QAction *close = menuAction(window, tr("Conversat&ion"), tr("&Close"));
        QVERIFY(close && close->isVisible());
        close->trigger();
        QVERIFY(spin([&] { return server->data().conversations.value(withNote.toLongLong()).status == QLatin1String("CLOSED"); },
                     30000));
        // The open thread's header follows at once, without reloading the thread.
        const QString pageBefore = window.threadPane()->lastHtml();
        QVERIFY(spin([&] { return window.threadPane()->subtitle().startsWith(FolderListModel::displayName(QStringLiteral("closed"))); },
                     10000));
        QCOMPARE(window.threadPane()->lastHtml(), pageBefore);

        // The filters Fernand has, not HyperRep's date range; no directory to open a contact in.
        auto *queryBar = window.findChild<ConversationQueryBar *>();
        QVERIFY(queryBar && queryBar->isVisible());
        QVERIFY(!window.findChild<InboxToolBar *>()->dateRange()->isVisible());
        QVERIFY(!window.findChild<ContactPanel *>()->directoryButton()->isVisible());
        // Ctrl+Shift+F, then Down three times to "Closed": one request once the arrows stop.
        const int readsBefore = int(server->requestLog().size());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(spin([&] { return queryBar->statusField()->hasFocus(); }, 2000));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(queryBar->statusField(), Qt::Key_Down);
        QCOMPARE(queryBar->statusField()->currentData().toString(), QStringLiteral("closed"));
        int closedOnServer = 0;
        for (const auto &c : std::as_const(server->data().conversations))
            closedOnServer += c.status == QLatin1String("CLOSED") ? 1 : 0;
        QVERIFY(spin([&] { return list->model()->rowCount() == closedOnServer; }, 20000));
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QCOMPARE(list->model()->index(row, 0).data(ConversationListModel::FolderRole).toString(),
                     QStringLiteral("closed"));
        int listings = 0;
        for (int i = readsBefore; i < server->requestLog().size(); ++i)
            listings += server->requestLog().at(i).request.path == QLatin1String("/conversations") ? 1 : 0;
        QCOMPARE(listings, 1);

        // A draft for a colleague: refused empty, created with its title and target, then deleted.
        QAction *newDraft = menuAction(window, tr("Conversat&ion"), tr("New &draft for a colleague…"));
        QVERIFY(newDraft && newDraft->isVisible());
        QCOMPARE(newDraft->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        const int draftsBefore = int(server->data().drafts.size());
        newDraft->trigger();
        AgentDraftDialog *dialog = nullptr;
        QVERIFY(spin([&] { return (dialog = window.findChild<AgentDraftDialog *>()) && dialog->isVisible(); }, 5000));
        QVERIFY(spin([&] { return dialog->targetField()->count() > 2; }, 20000)); // the agents
        dialog->createButton()->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(int(server->data().drafts.size()), draftsBefore);
        QTest::keyClicks(dialog->textField(), QStringLiteral("Check the refund policy first."));
        QTest::keyClicks(dialog->titleField(), QStringLiteral("Refund question"));
        dialog->targetField()->setCurrentIndex(2);
        const QString target = dialog->targetField()->currentData().toString();
        const QString author = dialog->authorField()->currentData().toString();
        QVERIFY(!target.isEmpty() && !author.isEmpty());
        QPointer<AgentDraftDialog> guard(dialog);
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(spin([&] { return int(server->data().drafts.size()) == draftsBefore + 1; }, 20000));
        const auto &draft = server->data().drafts.last();
        QCOMPARE(draft.title, QStringLiteral("Refund question"));
        QCOMPARE(QString::number(draft.targetId), target);
        QCOMPARE(QString::number(draft.authorId), author);
        QCOMPARE(QString::number(draft.conversationId), withNote);
        QVERIFY(spin([&] { return !guard || !guard->isVisible(); }, 5000));
        QAction *deleteMenu = menuAction(window, tr("Conversat&ion"), tr("De&lete a draft for a colleague"));
        QVERIFY(deleteMenu && deleteMenu->menu());
        Q_EMIT deleteMenu->menu()->aboutToShow();
        QCOMPARE(deleteMenu->menu()->actions().size(), 1);
        QVERIFY(deleteMenu->menu()->actions().first()->text().contains(QLatin1String("Refund question")));
        deleteMenu->menu()->actions().first()->trigger();
        QVERIFY(spin([&] { return int(server->data().drafts.size()) == draftsBefore; }, 20000));

        for (const auto &e : server->requestLog())
            QVERIFY2(e.request.status != 429, qPrintable(e.request.path));
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("repdesk-test"));
    TestFernandWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fernand_window.moc"
