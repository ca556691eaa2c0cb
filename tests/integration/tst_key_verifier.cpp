// KeyVerifier against the in-process SandboxServer over loopback: accepted
// keys, the four documented refusals, unreachable servers, the insecure-server
// guard, the attempt cap, and cancellation.

#include "KeyVerifier.h"
#include "SandboxServer.h"

#include <QHostInfo>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace repdesk;
using Reason = KeyVerifier::Reason;

namespace {
constexpr int kWaitMs = 20000;
const QByteArray kKey = "test-key";

struct Spies
{
    explicit Spies(KeyVerifier *verifier)
        : accepted(verifier, &KeyVerifier::accepted), refused(verifier, &KeyVerifier::refused),
          unreachable(verifier, &KeyVerifier::unreachable)
    {
    }
    int total() const { return accepted.count() + refused.count() + unreachable.count(); }
    bool waitForOne(int timeoutMs = kWaitMs) { return QTest::qWaitFor([this] { return total() > 0; }, timeoutMs); }

    QSignalSpy accepted;
    QSignalSpy refused;
    QSignalSpy unreachable;
};

// A port nothing listens on: bound once, then released.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

class TestKeyVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validKeyIsAccepted();
    void refusedKeys_data();
    void refusedKeys();
    void emptyKeyIsMissingWithoutARequest();
    void garbledKeyIsRefusedWithoutARequest();
    void detailsMapToReasons();
    void closedPortIsUnreachable();
    void slowServerGetsTwoShortAttempts();
    void serverErrorsAreUnreachableAfterTwoAttempts();
    void plainHttpElsewhereIsRefusedWithoutARequest();
    void wrongServerIsRefused();
    void cancelSilencesTheCheck();
    void secondVerifyReplacesTheFirst();

private:
    std::unique_ptr<SandboxServer> m_server;
};

void TestKeyVerifier::init()
{
    SandboxOptions options;
    options.apiKey = QString::fromLatin1(kKey);
    options.conversations = 5;
    options.anchor = QDateTime(QDate(2026, 5, 20), QTime(12, 0), QTimeZone::utc());
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
}

void TestKeyVerifier::cleanup()
{
    m_server.reset();
}

void TestKeyVerifier::validKeyIsAccepted()
{
    KeyVerifier verifier;
    Spies spies(&verifier);
    verifier.verify(m_server->url(), kKey);
    QVERIFY(verifier.isRunning());
    QVERIFY(spies.waitForOne());
    QCOMPARE(spies.accepted.count(), 1);
    QCOMPARE(spies.total(), 1);
    QVERIFY(!verifier.isRunning());
    const auto organizations = spies.accepted.first().first().value<QList<Organization>>();
    QStringList ids;
    for (const Organization &organization : organizations)
        ids << organization.organizationId;
    QVERIFY(!ids.isEmpty());
    QCOMPARE(ids, m_server->organizationIds());
    const auto log = m_server->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().method, QStringLiteral("GET"));
    QCOMPARE(log.first().path, QStringLiteral("/api/v2/organizations"));
    QCOMPARE(log.first().apiKey, kKey);
}

void TestKeyVerifier::refusedKeys_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong key") << QByteArray("not-the-key") << Reason::InvalidKey
                               << QStringLiteral("This API key is not valid. Check that you copied all of it.");
    QTest::newRow("inactive") << QByteArray("inactive-key") << Reason::Inactive
                              << QStringLiteral("This API key has been deactivated. Ask your HyperRep administrator "
                                                "to reactivate it or create a new one.");
    QTest::newRow("expired") << QByteArray("expired-key") << Reason::Expired
                             << QStringLiteral("This API key has expired. Create a new key in HyperRep.");
}

void TestKeyVerifier::refusedKeys()
{
    QFETCH(QByteArray, key);
    QFETCH(Reason, reason);
    QFETCH(QString, message);
    KeyVerifier verifier;
    Spies spies(&verifier);
    verifier.verify(m_server->url(), key);
    QVERIFY(spies.waitForOne());
    QCOMPARE(spies.refused.count(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.refused.first().at(0).value<Reason>(), reason);
    QCOMPARE(spies.refused.first().at(1).toString(), message);
    // A refusal is an answer: it is not retried.
    QCOMPARE(m_server->requestLog().size(), 1);
}

void TestKeyVerifier::emptyKeyIsMissingWithoutARequest()
{
    KeyVerifier verifier;
    Spies spies(&verifier);
    verifier.verify(m_server->url(), QByteArray());
    QCOMPARE(spies.total(), 0); // never inside verify()
    QVERIFY(spies.waitForOne());
    QCOMPARE(spies.refused.count(), 1);
    QCOMPARE(spies.refused.first().at(0).value<Reason>(), Reason::Missing);
    QCOMPARE(spies.refused.first().at(1).toString(), QStringLiteral("Enter your API key."));
    verifier.verify(m_server->url(), QByteArray("   "));
    QVERIFY(spies.refused.wait(kWaitMs));
    QCOMPARE(spies.refused.last().at(0).value<Reason>(), Reason::Missing);
    QCOMPARE(m_server->requestLog().size(), 0);
}

void TestKeyVerifier::garbledKeyIsRefusedWithoutARequest()
{
    KeyVerifier verifier;
    Spies spies(&verifier);
    verifier.verify(m_server->url(), QByteArray("test-key\r\nX-Injected: 1"));
    QVERIFY(spies.waitForOne());
    QCOMPARE(spies.refused.count(), 1);
    QCOMPARE(spies.refused.first().at(0).value<Reason>(), Reason::InvalidKey);
    QCOMPARE(m_server->requestLog().size(), 0);
}

void TestKeyVerifier::detailsMapToReasons()
{
    QCOMPARE(KeyVerifier::reasonForDetail(QStringLiteral("Invalid API Key")), Reason::InvalidKey);
    QCOMPARE(KeyVerifier::reasonForDetail(QStringLiteral("API Key is inactive")), Reason::Inactive);
    QCOMPARE(KeyVerifier::reasonForDetail(QStringLiteral("API Key has expired")), Reason::Expired);
    QCOMPARE(KeyVerifier::reasonForDetail(QStringLiteral("Missing API Key")), Reason::Missing);
    QCOMPARE(KeyVerifier::reasonForDetail(QStringLiteral(" api key has expired. ")), Reason::Expired);
    QCOMPARE(KeyVerifier::reasonForDetail(QStringLiteral("Organization suspended")), Reason::Other);
    QCOMPARE(KeyVerifier::reasonForDetail(QString()), Reason::Other);
    // An unknown 403 detail still reads as a sentence and quotes the server.
    const QString unknown = KeyVerifier::messageFor(Reason::Other, QStringLiteral("Organization suspended"));
    QVERIFY(unknown.contains(QLatin1String("Organization suspended")));
    QVERIFY(unknown.startsWith(QLatin1String("The server refused this API key")));
    QCOMPARE(KeyVerifier::messageFor(Reason::Other), QStringLiteral("The server refused this API key."));
}

void TestKeyVerifier::closedPortIsUnreachable()
{
    const quint16 port = closedPort();
    KeyVerifier verifier;
    Spies spies(&verifier);
    QElapsedTimer timer;
    timer.start();
    verifier.verify(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), kKey);
    QVERIFY(spies.waitForOne());
    QCOMPARE(spies.unreachable.count(), 1);
    QCOMPARE(spies.total(), 1);
    const QString message = spies.unreachable.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
    QVERIFY2(message.startsWith(QLatin1String("Could not reach")), qPrintable(message));
    QVERIFY(timer.elapsed() < 5000);
}

void TestKeyVerifier::slowServerGetsTwoShortAttempts()
{
    m_server->setLatencyMs(3000);
    KeyVerifier verifier;
    verifier.setTimeoutMs(300);
    Spies spies(&verifier);
    QElapsedTimer timer;
    timer.start();
    verifier.verify(m_server->url(), kKey);
    QVERIFY(spies.waitForOne());
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(spies.unreachable.count(), 1);
    QVERIFY2(spies.unreachable.first().first().toString().contains(QLatin1String("did not answer in time")),
             qPrintable(spies.unreachable.first().first().toString()));
    QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
    QTest::qWait(500); // a third attempt would have arrived by now
    QCOMPARE(m_server->requestLog().size(), KeyVerifier::maxAttempts);
}

void TestKeyVerifier::serverErrorsAreUnreachableAfterTwoAttempts()
{
    m_server.reset();
    SandboxOptions options;
    options.apiKey = QString::fromLatin1(kKey);
    options.conversations = 5;
    options.failRate = 1.0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start(0));
    KeyVerifier verifier;
    Spies spies(&verifier);
    verifier.verify(m_server->url(), kKey);
    QVERIFY(spies.waitForOne());
    QCOMPARE(spies.unreachable.count(), 1);
    QVERIFY(spies.unreachable.first().first().toString().contains(QLatin1String("HTTP 500")));
    QTest::qWait(300);
    QCOMPARE(m_server->requestLog().size(), KeyVerifier::maxAttempts);
}

void TestKeyVerifier::plainHttpElsewhereIsRefusedWithoutARequest()
{
    // A listener that would see the request if the key were sent: reached through an address
    // of this machine that is not a loopback literal, so the http guard must refuse it.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::Any, 0));
    QString host;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            host = address.toString();
            break;
        }
    }
    if (host.isEmpty())
        host = QHostInfo::localHostName(); // a name, not a loopback literal, even if it resolves to one
    QTcpSocket reachability;
    reachability.connectToHost(host, listener.serverPort());
    const bool observable = reachability.waitForConnected(3000);
    reachability.abort();
    if (observable) {
        QVERIFY(listener.waitForNewConnection(3000));
        delete listener.nextPendingConnection();
    }

    KeyVerifier verifier;
    Spies spies(&verifier);
    verifier.verify(QUrl(QStringLiteral("http://%1:%2").arg(host).arg(listener.serverPort())), kKey);
    QVERIFY(spies.waitForOne());
    QCOMPARE(spies.refused.count(), 1);
    QCOMPARE(spies.refused.first().at(0).value<Reason>(), Reason::Insecure);
    QVERIFY(spies.refused.first().at(1).toString().contains(QLatin1String("https://")));
    QTest::qWait(300);
    if (observable)
        QVERIFY2(!listener.hasPendingConnections(), "the key was sent over plain http");
    else
        qWarning("no second address of this machine reaches the listener: only the refusal was checked");
}

void TestKeyVerifier::wrongServerIsRefused()
{
    KeyVerifier verifier;
    Spies spies(&verifier);
    // The sandbox, but under a path where no HyperRep API lives: 404.
    QUrl wrong = m_server->url();
    wrong.setPath(QStringLiteral("/not-the-api"));
    verifier.verify(wrong, kKey);
    QVERIFY(spies.waitForOne());
    QCOMPARE(spies.refused.count(), 1);
    QCOMPARE(spies.refused.first().at(0).value<Reason>(), Reason::WrongServer);
    QVERIFY(spies.refused.first().at(1).toString().contains(QLatin1String("Check the server address")));
    // No host at all.
    verifier.verify(QUrl(QStringLiteral("https://")), kKey);
    QVERIFY(spies.refused.wait(kWaitMs));
    QCOMPARE(spies.refused.last().at(0).value<Reason>(), Reason::WrongServer);
}

void TestKeyVerifier::cancelSilencesTheCheck()
{
    m_server->setLatencyMs(500);
    KeyVerifier verifier;
    Spies spies(&verifier);
    verifier.verify(m_server->url(), kKey);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestLog().size(), 1, kWaitMs);
    verifier.cancel();
    QVERIFY(!verifier.isRunning());
    QTest::qWait(1200);
    QCOMPARE(spies.total(), 0);
    // Cancelling an early refusal silences it too.
    verifier.verify(m_server->url(), QByteArray());
    verifier.cancel();
    QTest::qWait(100);
    QCOMPARE(spies.total(), 0);
}

void TestKeyVerifier::secondVerifyReplacesTheFirst()
{
    m_server->setLatencyMs(300);
    KeyVerifier verifier;
    Spies spies(&verifier);
    verifier.verify(m_server->url(), QByteArray("not-the-key"));
    verifier.verify(m_server->url(), kKey);
    QVERIFY(spies.waitForOne());
    QTest::qWait(800); // room for a stray answer to the first check
    QCOMPARE(spies.accepted.count(), 1);
    QCOMPARE(spies.total(), 1);
}

QTEST_GUILESS_MAIN(TestKeyVerifier)
#include "tst_key_verifier.moc"
