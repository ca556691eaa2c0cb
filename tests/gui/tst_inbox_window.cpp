// The inbox window, offscreen, against repdesk-sandbox: rows appear, the
// thread renders in the WebEngine plugin with nothing remote fetched, the
// keyboard drives it, and a second start paints from the cache while offline.
#include "RunningApp.h"
#include "inbox/InboxWorkspace.h"
#include "common/ErrorBanner.h"
#include "ConversationListModel.h"
#include "InstallSecret.h"
#include "MainWindow.h"
#include "SessionManager.h"
#include "SandboxServer.h"
#include "Transport.h"
#include "inbox/ConversationListView.h"
#include "inbox/ThreadPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace repdesk;
using namespace repdesk::test;

class TestInboxWindow : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> server;
    QString port;

    std::unique_ptr<SandboxServer> startServer()
    {
        SandboxOptions o;
        o.apiKey = QStringLiteral("gui-key");
        o.conversations = 80;
        o.anchor = QDateTime::currentDateTimeUtc().addSecs(-600);
        auto s = std::make_unique<SandboxServer>(o);
        return s->start() ? std::move(s) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        server = startServer();
        QVERIFY(server);
    }

    void rowsAppearAndThreadRendersSafely()
    {
        RunningApp app(server->url(), QByteArrayLiteral("gui-key"));
        MainWindow &window = *app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConversationListView *list = window.conversationView();
        QVERIFY(spin([&] { return list->model() && list->model()->rowCount() >= 25; }, 15000));
        QVERIFY(list->hasFocus() || list->isAncestorOf(QApplication::focusWidget()));
        // Names, not ids, for the rows on screen.
        QVERIFY(spin([&] {
            const QString name = list->model()->index(0, 0).data(ConversationListModel::ContactNameRole).toString();
            return !name.isEmpty();
        }, 10000));
        const QString shown = list->model()->index(0, 0).data(Qt::DisplayRole).toString();
        QVERIFY(!shown.startsWith(QLatin1String("gAAAA")) && !shown.startsWith(QLatin1String("HR_id")));

        server->clearRequestLog();
        QSignalSpy rendered(window.threadPane(), &ThreadPane::rendered);
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(spin([&] { return !rendered.isEmpty(); }, 20000));
        QVERIFY(rendered.last().first().toBool());
        QVERIFY(window.threadPane()->usesWebEngine());
        QVERIFY(window.threadPane()->lastHtml().contains(QLatin1String("<article")));
        // Give any stray image/script/style request time to arrive, then check the log.
        spin([] { return false; }, 800);
        for (const auto &r : server->requestLog())
            QVERIFY2(!r.path.startsWith(QLatin1String("/beacon/")), qPrintable(r.path));
        QVERIFY(window.threadPane()->blockedRemoteImages() >= 0);
        window.grab().save(QDir::temp().filePath(QStringLiteral("repdesk-inbox.png")));
    }

    // A thread that failed to load leaves an error banner; once a thread loads again
    // (the next one opened, or the poll's retry), the banner goes by itself.
    void threadErrorBannerGoesWhenAThreadLoads()
    {
        RunningApp app(server->url(), QByteArrayLiteral("gui-key"));
        MainWindow &window = *app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConversationListView *list = window.conversationView();
        QVERIFY(spin([&] { return list->model() && list->model()->rowCount() >= 25; }, 15000));
        ErrorBanner *banner = window.inbox()->banner();
        server->injectFaults(100000, 500); // everything fails from now on
        list->setFocus();
        list->setCurrentIndex(list->model()->index(3, 0));
        QVERIFY(spin([&] { return banner->isVisible() && banner->kind() == ErrorBanner::Kind::Error; }, 20000));
        QVERIFY2(banner->text().startsWith(QStringLiteral("Could not load the conversation")), qPrintable(banner->text()));
        server->injectFaults(0, 500);
        QTest::keyClick(list, Qt::Key_J); // the next conversation opens, and loads
        QVERIFY(spin([&] { return !banner->isVisible(); }, 20000));
        server->injectFaults(0, 500);
    }

    void keyboardMovesAndOpens()
    {
        RunningApp app(server->url(), QByteArrayLiteral("gui-key"));
        MainWindow &window = *app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConversationListView *list = window.conversationView();
        QVERIFY(spin([&] { return list->model() && list->model()->rowCount() >= 25; }, 15000));
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_J);
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 2);
    }

    void secondStartPaintsFromCacheOffline()
    {
        // First run: fill the cache.
        {
            RunningApp app(server->url(), QByteArrayLiteral("gui-key"));
            app.window->show();
            QVERIFY(spin([&] {
                auto *model = app.window->conversationView()->model();
                return model && model->rowCount() >= 25;
            }, 15000));
            spin([] { return false; }, 300);
        }
        const QUrl deadUrl = server->url();
        server.reset(); // the server is gone
        RunningApp app(deadUrl, QByteArrayLiteral("gui-key"));
        MainWindow &window = *app.window;
        window.show();
        // Rows are there at once, before any network answer could be.
        QVERIFY(window.conversationView()->model());
        QVERIFY(window.conversationView()->model()->rowCount() >= 25);
        QVERIFY(spin([&] {
            for (QLabel *label : window.findChildren<QLabel *>())
                if (label->isVisible() && label->text().contains(QLatin1String("offline"), Qt::CaseInsensitive))
                    return true;
            return false;
        }, 15000));
        window.grab().save(QDir::temp().filePath(QStringLiteral("repdesk-offline.png")));
        server = startServer();
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
    app.setApplicationName(QStringLiteral("repdesk-test"));
    TestInboxWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_inbox_window.moc"
