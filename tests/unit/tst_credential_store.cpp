// CredentialStore against a real secret service, and without one.
//
// The keyring cases need the private D-Bus session with an unlocked
// gnome-keyring that tests/run-ctest.sh provides (they skip when run by hand
// without it, and fail if that session lacks a secret service). The "no
// secret service" cases run this binary again as a child process with a
// D-Bus environment that leads nowhere, and a private HOME, so that any
// plaintext fallback would be caught on disk.

#include "CredentialStore.h"
#include "SecretServiceProbe.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include <cstdio>

using namespace repdesk;
using Error = CredentialStore::Error;

namespace {
constexpr int kWaitMs = 20000;
const char kChildAccount[] = "REPDESK_TEST_CREDENTIAL_CHILD";
const char kChildKey[] = "REPDESK_TEST_CREDENTIAL_CHILD_KEY";

QString uniqueAccount()
{
    return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Child mode: write, read back and remove one key, printing each outcome as "op<TAB>error<TAB>message".
int runChild()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RepdeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credential_store_child"));
    const QString account = qEnvironmentVariable(kChildAccount);
    const QByteArray key = qgetenv(kChildKey);
    // A canary where QtKeychain's plaintext fallback would write (QSettings of this app), so the
    // parent can check that its scan of the profile really covers that place.
    QSettings().setValue(QStringLiteral("canary"), QStringLiteral("written"));
    QSettings().sync();
    CredentialStore store;
    QTextStream out(stdout);
    auto print = [&out](const char *operation, Error error, const QString &message) {
        out << operation << '\t' << int(error) << '\t' << message << '\n';
        out.flush();
    };
    QObject::connect(&store, &CredentialStore::writeFinished, [&](const QString &, Error error, const QString &message) {
        print("write", error, message);
        store.read(account);
    });
    QObject::connect(&store, &CredentialStore::readFinished,
                     [&](const QString &, const QByteArray &readKey, Error error, const QString &message) {
                         print("read", error, message);
                         out << "readKeySize\t" << readKey.size() << '\n';
                         store.remove(account);
                     });
    QObject::connect(&store, &CredentialStore::removeFinished, [&](const QString &, Error error, const QString &message) {
        print("remove", error, message);
        QCoreApplication::exit(0);
    });
    store.write(account, key);
    QTimer::singleShot(kWaitMs, [] { QCoreApplication::exit(3); });
    return QCoreApplication::exec();
}

struct ChildRun
{
    QMap<QString, QPair<int, QString>> outcomes; // operation -> (error, message)
    QString readKeySize;
    QString stderrText;
    int exitCode = -1;
};
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteRemove();
    void callsRunInOrder();
    void accountsAreSeparate();
    void emptyAccountIdIsRefused();
    void withoutSecretService_data();
    void withoutSecretService();

private:
    ChildRun runChildWith(const QProcessEnvironment &environment, const QString &account, const QByteArray &key);
    bool m_keyring = false;
};

void TestCredentialStore::initTestCase()
{
    m_keyring = SecretServiceProbe::check() == SecretServiceProbe::Result::Available;
}

// Inside run-ctest.sh the keyring must be there: a missing one is a broken test setup, not a skip.
#define REQUIRE_KEYRING()                                                                                  \
    do {                                                                                                   \
        if (!m_keyring) {                                                                                  \
            if (qEnvironmentVariableIsSet("REPDESK_IN_TEST_SESSION"))                                     \
                QFAIL("tests/run-ctest.sh provided a D-Bus session without a secret service");            \
            QSKIP("no secret service on the session bus: run through tests/run-ctest.sh");               \
        }                                                                                                  \
    } while (false)

void TestCredentialStore::writeReadOverwriteRemove()
{
    REQUIRE_KEYRING();
    CredentialStore store;
    QSignalSpy wrote(&store, &CredentialStore::writeFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    const QString account = uniqueAccount();

    store.write(account, "hr_first_key+/=");
    QVERIFY(wrote.wait(kWaitMs));
    QCOMPARE(wrote.last().at(0).toString(), account);
    QCOMPARE(wrote.last().at(1).value<Error>(), Error::None);
    QCOMPARE(wrote.last().at(2).toString(), QString());

    store.read(account);
    QVERIFY(read.wait(kWaitMs));
    QCOMPARE(read.last().at(0).toString(), account);
    QCOMPARE(read.last().at(1).toByteArray(), QByteArray("hr_first_key+/="));
    QCOMPARE(read.last().at(2).value<Error>(), Error::None);

    store.write(account, "hr_second_key");
    QVERIFY(wrote.wait(kWaitMs));
    QCOMPARE(wrote.last().at(1).value<Error>(), Error::None);
    store.read(account);
    QVERIFY(read.wait(kWaitMs));
    QCOMPARE(read.last().at(1).toByteArray(), QByteArray("hr_second_key"));

    store.remove(account);
    QVERIFY(removed.wait(kWaitMs));
    QCOMPARE(removed.last().at(0).toString(), account);
    QCOMPARE(removed.last().at(1).value<Error>(), Error::None);

    store.read(account);
    QVERIFY(read.wait(kWaitMs));
    QCOMPARE(read.last().at(1).toByteArray(), QByteArray());
    QCOMPARE(read.last().at(2).value<Error>(), Error::NotFound);
    QVERIFY(read.last().at(3).toString().contains(QLatin1String("Sign in again")));

    // Removing what is not there is not an error.
    store.remove(account);
    QVERIFY(removed.wait(kWaitMs));
    QCOMPARE(removed.last().at(1).value<Error>(), Error::None);
}

void TestCredentialStore::callsRunInOrder()
{
    REQUIRE_KEYRING();
    CredentialStore store;
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    const QString account = uniqueAccount();
    // Issued back to back without waiting: the read must see the write, the last read the removal.
    store.write(account, "ordered-key");
    store.read(account);
    store.remove(account);
    store.read(account);
    QVERIFY(QTest::qWaitFor([&] { return read.count() == 2; }, kWaitMs));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(read.at(0).at(1).toByteArray(), QByteArray("ordered-key"));
    QCOMPARE(read.at(1).at(2).value<Error>(), Error::NotFound);
}

void TestCredentialStore::accountsAreSeparate()
{
    REQUIRE_KEYRING();
    CredentialStore store;
    QSignalSpy wrote(&store, &CredentialStore::writeFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    const QString a = uniqueAccount();
    const QString b = uniqueAccount();
    store.write(a, "key-of-a");
    store.write(b, "key-of-b");
    QVERIFY(QTest::qWaitFor([&] { return wrote.count() == 2; }, kWaitMs));
    store.read(a);
    store.read(b);
    QVERIFY(QTest::qWaitFor([&] { return read.count() == 2; }, kWaitMs));
    QCOMPARE(read.at(0).at(0).toString(), a);
    QCOMPARE(read.at(0).at(1).toByteArray(), QByteArray("key-of-a"));
    QCOMPARE(read.at(1).at(0).toString(), b);
    QCOMPARE(read.at(1).at(1).toByteArray(), QByteArray("key-of-b"));
    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    store.remove(a);
    store.remove(b);
    QVERIFY(QTest::qWaitFor([&] { return removed.count() == 2; }, kWaitMs));
}

void TestCredentialStore::emptyAccountIdIsRefused()
{
    CredentialStore store;
    QSignalSpy wrote(&store, &CredentialStore::writeFinished);
    store.write(QString(), "some-key");
    QCOMPARE(wrote.count(), 0); // never inside the call
    QVERIFY(wrote.wait(kWaitMs));
    QCOMPARE(wrote.first().at(1).value<Error>(), Error::Other);
    QVERIFY(!wrote.first().at(2).toString().isEmpty());
}

void TestCredentialStore::withoutSecretService_data()
{
    QTest::addColumn<QString>("bus");
    QTest::addColumn<QString>("desktop");
    QTest::newRow("bus address leads nowhere") << QStringLiteral("nowhere") << QString();
    QTest::newRow("no bus address, no display") << QStringLiteral("unset") << QString();
    QTest::newRow("a bus without a secret service") << QStringLiteral("private") << QString();
    // In an old-style KDE session QtKeychain takes its KWallet path: the one where, with its
    // insecure fallback on, it writes the key into a QSettings file and reports success.
    QTest::newRow("KDE session, bus leads nowhere") << QStringLiteral("nowhere") << QStringLiteral("KDE");
    QTest::newRow("KDE session, no bus address") << QStringLiteral("unset") << QStringLiteral("KDE");
    QTest::newRow("KDE session, bus without KWallet") << QStringLiteral("private") << QStringLiteral("KDE");
}

void TestCredentialStore::withoutSecretService()
{
    QFETCH(QString, bus);
    QFETCH(QString, desktop);
    QTemporaryDir home;   // the child's whole profile: scanned for the key afterwards
    QTemporaryDir busDir; // sockets of the private bus, outside the scanned tree
    QVERIFY(home.isValid() && busDir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.remove(QStringLiteral("KDE_SESSION_VERSION"));
    if (!desktop.isEmpty()) {
        environment.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), desktop);
        environment.insert(QStringLiteral("KDE_SESSION_VERSION"), QStringLiteral("4"));
    }
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = home.filePath(QString::fromLatin1(name).toLower());
        QVERIFY(QDir().mkpath(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        environment.insert(QString::fromLatin1(name), dir);
    }

    QProcess daemon;
    if (bus == QLatin1String("nowhere")) {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + busDir.filePath(QStringLiteral("no-bus-here")));
    } else if (bus == QLatin1String("private")) {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (exe.isEmpty())
            QSKIP("dbus-daemon is not installed");
        // A session bus that knows no services at all: nothing provides org.freedesktop.secrets.
        const QString config = busDir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\" "
                                  "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                  "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                                  "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                  "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                       .arg(busDir.path()).toUtf8());
        file.close();
        daemon.start(exe, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                           QStringLiteral("--print-address=1")});
        QVERIFY(daemon.waitForStarted(kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return daemon.canReadLine(); }, kWaitMs));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(daemon.readLine().trimmed()));
    }

    const QByteArray key = "hr_live_MUST_NOT_TOUCH_DISK_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const ChildRun run = runChildWith(environment, uniqueAccount(), key);
    if (daemon.state() != QProcess::NotRunning) {
        daemon.kill();
        daemon.waitForFinished(kWaitMs);
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(run.outcomes.value(QStringLiteral("write")).first, int(Error::NoSecretService));
    QCOMPARE(run.outcomes.value(QStringLiteral("write")).second,
             QStringLiteral("No keyring (secret service) is available on this computer, so Repdesk cannot store your key."));
    QCOMPARE(run.outcomes.value(QStringLiteral("read")).first, int(Error::NoSecretService));
    QVERIFY(run.outcomes.value(QStringLiteral("read")).second.startsWith(QLatin1String("No keyring (secret service)")));
    QCOMPARE(run.readKeySize, QStringLiteral("0"));
    QCOMPARE(run.outcomes.value(QStringLiteral("remove")).first, int(Error::NoSecretService));
    QVERIFY(!run.stderrText.contains(QString::fromLatin1(key)));

    // No plaintext fallback: no file anywhere in the child's profile holds the key.
    bool sawCanary = false;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        sawCanary = sawCanary || bytes.contains("canary");
        QVERIFY2(!bytes.contains(key), qPrintable(file.fileName()));
    }
    QVERIFY2(sawCanary, "the scan missed the child's settings file");
}

ChildRun TestCredentialStore::runChildWith(const QProcessEnvironment &environment, const QString &account,
                                           const QByteArray &key)
{
    QProcessEnvironment env = environment;
    env.insert(QString::fromLatin1(kChildAccount), account);
    env.insert(QString::fromLatin1(kChildKey), QString::fromLatin1(key));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    ChildRun run;
    if (!child.waitForFinished(kWaitMs + 5000)) {
        child.kill();
        child.waitForFinished();
        run.stderrText = QStringLiteral("the child did not finish");
        return run;
    }
    run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    run.stderrText = QString::fromUtf8(child.readAllStandardError());
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.value(0) == QLatin1String("readKeySize"))
            run.readKeySize = fields.value(1);
        else if (fields.size() >= 3)
            run.outcomes.insert(fields.at(0), {fields.at(1).toInt(), fields.mid(2).join(QLatin1Char('\t'))});
    }
    if (run.outcomes.size() != 3)
        run.stderrText += QStringLiteral("\nchild output: ") + lines.join(QLatin1String(" | "));
    return run;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildAccount))
        return runChild();
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credential_store.moc"
