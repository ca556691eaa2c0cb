// Signing in as a new user would: the dialog over the main window, driven by
// the keyboard, against repdesk-sandbox, with the key stored in the private
// gnome-keyring of tests/run-ctest.sh. The "no keyring" case runs as its own
// ctest entry with D-Bus pointed nowhere (tst_sign_in_no_keyring).
#include "AccountRegistry.h"
#include "AccountSession.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SessionManager.h"
#include "account/SignInDialog.h"

#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace repdesk;

namespace {

QString profileRoot()
{
    return qEnvironmentVariable("HOME");
}

// Every file under the test's profile that contains `needle`.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(profileRoot(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/keyrings/")))
            continue; // the keyring daemon's own encrypted store
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> m_server;

    struct App
    {
        SessionManager manager;
        MainWindow window;
        App()
            : manager(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/repdesk"),
                      QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
              window((init(manager), &manager))
        {
        }
        static void init(SessionManager &m)
        {
            QString error;
            if (!m.initialize(&error))
                qFatal("%s", qPrintable(error));
        }
        void start(const QUrl &server)
        {
            SessionManager::Launch launch;
            launch.server = server;
            launch.serverGiven = true;
            window.show();
            manager.start(launch);
        }
    };

    static void forgetAccounts()
    {
        AccountRegistry registry;
        for (const AccountInfo &a : registry.accounts())
            registry.remove(a.id);
    }

    SignInDialog *waitForDialog(App &app)
    {
        if (!QTest::qWaitFor([&] { return app.window.signInDialog() && app.window.signInDialog()->isVisible(); }, 5000))
            return nullptr;
        return app.window.signInDialog();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.apiKey = QStringLiteral("good-key-123");
        options.conversations = 40;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start());
    }

    void init() { forgetAccounts(); }

    void firstStartAsksAndTheKeyGoesToTheKeyringOnly()
    {
        App app;
        app.start(m_server->url());
        SignInDialog *dialog = waitForDialog(app);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QLatin1String("Repdesk")));
        QVERIFY(!app.manager.current());
        // Keyboard: the server field first (with --server's URL), Tab to the key, Enter signs in.
        QTRY_COMPARE(QApplication::focusWidget(), dialog->serverField());
        QCOMPARE(dialog->serverField()->text(), m_server->url().toString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->keyField());
        QCOMPARE(dialog->keyField()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog->keyField(), QStringLiteral("good-key-123"));
        QTest::keyClick(dialog->keyField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.manager.current(), 10000);
        QTRY_VERIFY(!app.window.signInDialog());
        QVERIFY(app.manager.current()->identity().persistent());
        QCOMPARE(app.manager.registry()->accounts().size(), 1);
        QTRY_VERIFY(app.manager.current()->organization());

        // The key is in the keyring...
        CredentialStore store;
        QSignalSpy read(&store, &CredentialStore::readFinished);
        store.read(app.manager.registry()->accounts().first().id);
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(read.first().at(1).toByteArray(), QByteArrayLiteral("good-key-123"));
        // ...and in no file of the profile (settings, cache, journal, outbox).
        QTest::qWait(300);
        QCOMPARE(filesContaining("good-key-123"), QStringList());
    }

    void nextStartOpensStraightIntoTheInbox()
    {
        {
            App first;
            first.start(m_server->url());
            SignInDialog *dialog = waitForDialog(first);
            QVERIFY(dialog);
            dialog->keyField()->setText(QStringLiteral("good-key-123"));
            dialog->accept();
            QTRY_VERIFY_WITH_TIMEOUT(first.manager.current(), 10000);
            QTRY_VERIFY(first.manager.current()->organization());
        }
        App second;
        QSignalSpy asked(&second.manager, &SessionManager::signInRequired);
        second.start(m_server->url());
        QTRY_VERIFY(second.manager.current());
        QVERIFY(second.manager.current()->organization()); // from the cache, at once
        QTest::qWait(200);
        QCOMPARE(asked.size(), 0);
        QVERIFY(!second.window.signInDialog());
    }

    void refusalsInPlainWords_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid") << QStringLiteral("not-a-key") << QStringLiteral("not valid");
        QTest::newRow("inactive") << QStringLiteral("inactive-key") << QStringLiteral("deactivated");
        QTest::newRow("expired") << QStringLiteral("expired-key") << QStringLiteral("expired");
        QTest::newRow("missing") << QString() << QStringLiteral("Enter your API key");
    }

    void refusalsInPlainWords()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        App app;
        app.start(m_server->url());
        SignInDialog *dialog = waitForDialog(app);
        QVERIFY(dialog);
        dialog->keyField()->setText(key);
        QTest::keyClick(dialog->keyField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->keyError().isEmpty(), 10000);
        QVERIFY2(dialog->keyError().contains(expected, Qt::CaseInsensitive), qPrintable(dialog->keyError()));
        QCOMPARE(dialog->keyField()->accessibleDescription(), dialog->keyError());
        QVERIFY(dialog->isVisible());
        QVERIFY(!app.manager.current());
        QVERIFY(app.manager.registry()->accounts().isEmpty());
        QCOMPARE(QApplication::focusWidget(), dialog->keyField()); // ready to type it again
    }

    void unreachableServerSaysSo()
    {
        quint16 closedPort = 0;
        {
            SandboxServer probe(SandboxOptions{});
            QVERIFY(probe.start());
            closedPort = probe.port();
        }
        App app;
        app.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
        SignInDialog *dialog = waitForDialog(app);
        QVERIFY(dialog);
        dialog->keyField()->setText(QStringLiteral("good-key-123"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->serverError().isEmpty(), 20000);
        QVERIFY2(dialog->serverError().contains(QLatin1String("Could not reach")), qPrintable(dialog->serverError()));
        QVERIFY(!app.manager.current());
    }

    void plainHttpToAnotherHostIsRefusedBeforeSending()
    {
        App app;
        app.start(m_server->url());
        SignInDialog *dialog = waitForDialog(app);
        QVERIFY(dialog);
        const int before = m_server->requestLog().size();
        dialog->serverField()->setText(QStringLiteral("http://api.example.com"));
        dialog->keyField()->setText(QStringLiteral("good-key-123"));
        dialog->accept();
        QTRY_VERIFY(dialog->serverError().contains(QLatin1String("https")));
        QTest::qWait(100);
        QCOMPARE(m_server->requestLog().size(), before);
    }

    // Run by the tst_sign_in_no_keyring entry only: D-Bus points nowhere there.
    void noKeyringOffersThisSessionOnly()
    {
        if (qEnvironmentVariable("REPDESK_TEST_NO_KEYRING") != QLatin1String("1"))
            QSKIP("runs as tst_sign_in_no_keyring");
        App app;
        app.start(m_server->url());
        SignInDialog *dialog = waitForDialog(app);
        QVERIFY(dialog);
        dialog->keyField()->setText(QStringLiteral("good-key-123"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->keychainMessage().isEmpty(), 15000);
        QVERIFY2(dialog->keychainMessage().contains(QLatin1String("keyring"), Qt::CaseInsensitive),
                 qPrintable(dialog->keychainMessage()));
        QVERIFY(!app.manager.current());
        QVERIFY(app.manager.registry()->accounts().isEmpty()); // no entry without a key
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->sessionOnlyButton()));
        QTest::keyClick(dialog->sessionOnlyButton(), Qt::Key_Space);
        QTRY_VERIFY(app.manager.current());
        QVERIFY(!app.manager.current()->identity().persistent());
        QVERIFY(app.manager.registry()->accounts().isEmpty());
        QTRY_VERIFY(app.manager.current()->organization());
        QCOMPARE(filesContaining("good-key-123"), QStringList());
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("repdesk-sign-in-test"));
    TestSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sign_in.moc"
