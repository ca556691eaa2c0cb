// The main window's status bar, offscreen, against repdesk-sandbox: the sync
// status ends every sync ("Syncing…" never outlives one, whichever way it
// ended), and a new message is announced with its contact's name in the
// status bar and the desktop notification, never "Loading contact…".
#include "RunningApp.h"
#include "AccountSession.h"
#include "ContactDirectory.h"
#include "ConversationListModel.h"
#include "InboxSync.h"
#include "InstallSecret.h"
#include "MainWindow.h"
#include "OrganizationSession.h"
#include "Poller.h"
#include "SandboxServer.h"
#include "SessionManager.h"
#include "TrayNotifier.h"
#include "inbox/ConversationListView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace repdesk;
using namespace repdesk::test;

namespace {
// Lets whatever the last signal queued run (the sync applies its pages in later turns).
void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

// The shared RunningApp, and the status bar's sync label.
struct StatusApp : RunningApp
{
    using RunningApp::RunningApp;

    QLabel *syncLabel() const
    {
        for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
            if (label->accessibleName() == QLatin1String("Sync status"))
                return label;
        return nullptr;
    }
};
} // namespace

class TestStatusBar : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> server;
    ApiError m_lastError; // how the last afterSync() ended

    // Started, painted and through its first load, the list full of rows.
    bool ready(RunningApp &app)
    {
        app.window->show();
        if (!QTest::qWaitForWindowExposed(app.window.get()))
            return false;
        return spin([&] {
            OrganizationSession *o = app.organization();
            return o && o->conversations()->itemRowCount() >= 25 && o->status().lastSync.isValid()
                && !o->status().syncing;
        }, 20000);
    }

    // Runs one sync to its end the way `begin` starts it, and returns the label's text then.
    QString afterSync(StatusApp &app, const std::function<void()> &begin)
    {
        OrganizationSession *o = app.organization();
        QSignalSpy finished(o->sync(), &InboxSync::finished);
        begin();
        if (!spin([&] { return !finished.isEmpty() && !o->sync()->isRunning(); }, 20000))
            return QStringLiteral("<the sync did not end>");
        m_lastError = finished.last().first().value<ApiError>();
        settle();
        return app.syncLabel()->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.apiKey = QStringLiteral("status-key");
        o.conversations = 80;
        o.anchor = QDateTime::currentDateTimeUtc().addSecs(-600);
        // No replies queued for review at generation: the server sends those 3 s after it starts,
        // and one in an unread conversation is new activity there, so on a slow machine the sync
        // after the inbound message below brought two conversations ("2 new conversations", no
        // name: CI's sanitizer run). The server changes nothing then but what the tests ask.
        o.draftsToReview = false;
        server = std::make_unique<SandboxServer>(o);
        QVERIFY(server->start());
    }

    void syncingEndsWithEverySync()
    {
        StatusApp app(server->url(), QByteArrayLiteral("status-key"));
        QVERIFY(ready(app));
        QLabel *label = app.syncLabel();
        QVERIFY(label);
        OrganizationSession *o = app.organization();
        QVERIFY2(!label->text().contains(QLatin1String("Syncing")), qPrintable(label->text()));

        // F5: the first poll, a full walk. While it runs the label says so.
        QString during;
        // Connected after the window's own slot, so this reads what the window has just shown.
        QMetaObject::Connection watch = connect(o->sync(), &InboxSync::started, this, [&] { during = label->text(); });
        QString text = afterSync(app, [o] { o->refresh(); });
        disconnect(watch);
        QCOMPARE(during, QStringLiteral("Syncing…"));
        QVERIFY2(!text.contains(QLatin1String("Syncing")) && text.contains(QLatin1String("up to date")), qPrintable(text));

        // Asked again while it runs (the review queue, F5 twice): one end, and the label follows it.
        text = afterSync(app, [o] {
            o->refresh();
            o->sync()->syncNow();
            o->refresh();
        });
        QVERIFY2(!text.contains(QLatin1String("Syncing")), qPrintable(text));

        // A sync that fails: the server answers 500 to everything for a while (the retries of each page too).
        server->injectFaults(1000, 500);
        text = afterSync(app, [o] { o->refresh(); });
        QVERIFY(m_lastError.isError());
        QVERIFY2(!text.contains(QLatin1String("Syncing")), qPrintable(text));
        server->injectFaults(0, 500);

        // The poller's own sync.
        text = afterSync(app, [o] { o->poller()->pollNow(); });
        QVERIFY2(!text.contains(QLatin1String("Syncing")) && text.contains(QLatin1String("up to date")), qPrintable(text));
    }

    void aNewMessageIsAnnouncedWithItsContactsName()
    {
        StatusApp app(server->url(), QByteArrayLiteral("status-key"));
        QVERIFY(ready(app));
        OrganizationSession *o = app.organization();
        ConversationListModel *list = o->conversations();
        // A read conversation far down the list: its row was never painted, so its contact was never asked for.
        QString conversationId;
        QString contactId;
        for (int row = list->itemRowCount() - 1; row >= 0 && conversationId.isEmpty(); --row) {
            const Conversation *c = list->conversation(row);
            if (!c->isUnread() && !c->contactId.isEmpty() && !o->contacts()->contact(c->contactId)
                && !o->contacts()->isPending(c->contactId)) {
                conversationId = c->conversationId;
                contactId = c->contactId;
            }
        }
        QVERIFY2(!conversationId.isEmpty(), "every contact is already known: nothing to wait for");
        QCOMPARE(list->index(list->rowOf(conversationId)).data().toString(), QStringLiteral("Loading contact…"));

        QStringList shown;
        connect(app.window->statusBar(), &QStatusBar::messageChanged, this, [&shown](const QString &message) {
            if (!message.isEmpty())
                shown << message;
        });
        auto *tray = app.window->findChild<TrayNotifier *>();
        QVERIFY(tray);
        QVERIFY(!server->simulateInboundMessage(conversationId).isEmpty());
        o->refresh(); // F5
        QVERIFY(spin([&] { return tray->lastNotified() == conversationId; }, 20000));
        QVERIFY2(!tray->lastTitle().contains(QLatin1String("Loading contact")), qPrintable(tray->lastTitle()));
        const QString name = o->contacts()->displayName(contactId);
        QVERIFY2(!name.isEmpty(), qPrintable(QStringLiteral("announced \"%1\"; contact %2 unknown %3, pending %4")
                                                  .arg(tray->lastTitle(), contactId)
                                                  .arg(o->contacts()->isUnknown(contactId))
                                                  .arg(o->contacts()->isPending(contactId))));
        QCOMPARE(tray->lastTitle(), QStringLiteral("New message from %1").arg(name));
        QVERIFY(spin([&] { return shown.contains(tray->lastTitle()); }, 5000));
        for (const QString &message : std::as_const(shown))
            QVERIFY2(!message.contains(QLatin1String("Loading contact")), qPrintable(message));
    }

    void aSearchAfterTheSyncFetchesNothingAndClaimsNoSync()
    {
        // A second start: the cache is warm, so the start syncs with a full walk at once.
        StatusApp app(server->url(), QByteArrayLiteral("status-key"));
        QVERIFY(ready(app));
        OrganizationSession *o = app.organization();
        QVERIFY(spin([&] { return !o->sync()->isRunning(); }, 20000));
        settle();
        // The walk brought every conversation: the list has nothing left to page in.
        QCOMPARE(o->conversations()->fetchState(), PagedListModel::FetchState::Complete);

        QStringList shownWhileListLoads;
        connect(o->conversations(), &PagedListModel::fetchStateChanged, this,
                [&] { shownWhileListLoads << app.syncLabel()->text(); });
        QLineEdit *search = nullptr;
        for (QLineEdit *edit : app.window->findChildren<QLineEdit *>())
            if (edit->accessibleName() == QLatin1String("Search conversations"))
                search = edit;
        QVERIFY(search);
        server->clearRequestLog();
        // A search that matches nothing leaves the view empty, and an empty view asks its model for more.
        search->setText(QStringLiteral("zzqq-matches-no-one"));
        QAbstractItemModel *shown = app.window->conversationView()->model();
        QVERIFY(spin([&] { return shown->rowCount() == 0; }, 5000));
        spin([] { return false; }, 300); // room for a page request, were one made
        for (const SandboxRequestRecord &r : server->requestLog())
            QVERIFY2(!r.path.endsWith(QLatin1String("/conversations")), qPrintable(r.path));
        for (const QString &text : std::as_const(shownWhileListLoads))
            QVERIFY2(!text.contains(QLatin1String("Syncing")), qPrintable(text));
        QVERIFY2(!app.syncLabel()->text().contains(QLatin1String("Syncing")), qPrintable(app.syncLabel()->text()));
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
    app.setApplicationName(QStringLiteral("repdesk-status-test"));
    TestStatusBar test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_status_bar.moc"
