// Help > Copy diagnostics in the real main window against repdesk-sandbox (issue 13): the action
// sits in the Help menu with a mnemonic, puts the report on the clipboard, and the run's key (given
// as HYPERREP_API_KEY would give it) is nowhere in it, even after a request failed.
#include "InstallSecret.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SessionManager.h"
#include "inbox/ConversationListView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace repdesk;

class TestHelpDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesAReportWithoutTheKey()
    {
        const QByteArray key = "hr_gui_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36)
            + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        SandboxOptions options;
        options.apiKey = QString::fromUtf8(key);
        options.conversations = 30;
        SandboxServer server(options);
        QVERIFY(server.start());

        SessionManager manager(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/repdesk"),
                               InstallSecret::defaultDirectory());
        QString error;
        QVERIFY2(manager.initialize(&error), qPrintable(error));
        MainWindow window(&manager);
        SessionManager::Launch launch;
        launch.server = server.url();
        launch.serverGiven = true;
        launch.environmentKey = key;
        manager.start(launch);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.conversationView()->model()
                                     && window.conversationView()->model()->rowCount() > 0, 20000);
        // A failure on the way, so the report has an error to show.
        server.injectFaults(50, 500);
        QTest::keyClick(&window, Qt::Key_F5);
        QTest::qWait(0);

        // In the Help menu, next to the other Help actions, reachable by its mnemonic.
        QMenu *help = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("Help"))
                help = a->menu();
        }
        QVERIFY(help);
        QAction *copy = window.findChild<QAction *>(QStringLiteral("copyDiagnostics"));
        QVERIFY(copy);
        QVERIFY(help->actions().contains(copy));
        QCOMPARE(copy->text(), QStringLiteral("&Copy diagnostics"));

        QTRY_VERIFY_WITH_TIMEOUT(!server.requestLog().isEmpty() && server.requestLog().last().status == 500, 20000);
        QGuiApplication::clipboard()->clear();
        copy->trigger();
        const QString report = QGuiApplication::clipboard()->text();
        QVERIFY(report.startsWith(QLatin1String("Repdesk diagnostics")));
        QVERIFY(report.contains(QLatin1String("Platform: offscreen")));
        QVERIFY(report.contains(QLatin1String("Network this run:")));
        QVERIFY(report.contains(QLatin1String("requests on the wire")));
        QVERIFY2(!report.contains(QString::fromUtf8(key)), qPrintable(report));
        QVERIFY2(!report.contains(QString::fromLatin1(key.toBase64())), qPrintable(report));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("clipboard")));
        server.injectFaults(0, 500);
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
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // the window loads the WebEngine plugin at idle
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("repdesk-test"));
    TestHelpDiagnostics test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_help_diagnostics.moc"
