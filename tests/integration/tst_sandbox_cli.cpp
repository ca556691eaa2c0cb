// The repdesk-sandbox executable: startup line, serving, clean shutdown, option and port errors.

#include "tst_sandbox_support.h"

#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace sandboxtest;

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensServesAndStops();
    void secondApiKey();
    void help();
    void invalidOptions_data();
    void invalidOptions();
    void portTaken();
    void loopbackOnly();

private:
    static QString exe() { return QStringLiteral(SANDBOX_EXE); }
};

void TestSandboxCli::listensServesAndStops()
{
    QProcess process;
    process.start(exe(), {"--port", "0", "--api-key", "cli-key", "--conversations", "20", "--seed", "5"});
    QVERIFY(process.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains('\n'), 20000);
    const QRegularExpression line(QStringLiteral("^Listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"));
    const auto match = line.match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));

    Client client(url, "cli-key");
    const Reply reply = client.get(QStringLiteral("/api/v2/organizations"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.data().size(), 2);
    QCOMPARE(client.send("GET", QStringLiteral("/api/v2/organizations"), {}, {}, nullptr).status, 200);
    const QByteArray wrong("sandbox-key");
    QCOMPARE(client.send("GET", QStringLiteral("/api/v2/organizations"), {}, {}, &wrong).status, 403);
    const QString org = reply.data().at(0).toObject().value(QStringLiteral("organization_id")).toString();
    QCOMPARE(client.get(orgPath(org, QStringLiteral("/conversations")), Client::query({{"limit", "500"}})).data().size(), 20);

    process.terminate(); // SIGTERM: a clean exit
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestSandboxCli::secondApiKey()
{
    QProcess process;
    process.start(exe(), {"--port", "0", "--api-key", "key-a", "--second-api-key", "key-b", "--conversations", "20"});
    QVERIFY(process.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains('\n'), 20000);
    const auto match = QRegularExpression(QStringLiteral("^Listening on (http://127\\.0\\.0\\.1:\\d+)\\n$")).match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    const QUrl url(match.captured(1));

    Client first(url, "key-a");
    Client second(url, "key-b");
    const QJsonArray orgsA = first.get(QStringLiteral("/api/v2/organizations")).data();
    const QJsonArray orgsB = second.get(QStringLiteral("/api/v2/organizations")).data();
    QCOMPARE(orgsA.size(), 2);
    QCOMPARE(orgsB.size(), 2);
    QCOMPARE(orgsA.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Roofing"));
    QCOMPARE(orgsB.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Bluebird Roofing & Solar"));
    const QString orgB = orgsB.at(0).toObject().value(QStringLiteral("organization_id")).toString();
    QCOMPARE(second.get(orgPath(orgB, QStringLiteral("/conversations")), Client::query({{"limit", "500"}})).data().size(), 30);
    const Reply foreign = first.get(orgPath(orgB, QStringLiteral("/conversations")));
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.detail(), QStringLiteral("Invalid organization_id"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCli::help()
{
    QProcess process;
    process.start(exe(), {"--help"});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    for (const char *option : {"--port", "--api-key", "--second-api-key", "--data-dir", "--seed", "--conversations", "--latency-ms", "--fail-rate",
                               "--rate-limit-every", "--malformed-rate", "--autosend-delay-ms", "--live-activity-ms"})
        QVERIFY2(out.contains(option), option);
    process.start(exe(), {"--version"});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCli::invalidOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    QTest::newRow("fail rate") << QStringList{"--fail-rate", "2"} << "fail-rate";
    QTest::newRow("port") << QStringList{"--port", "70000"} << "port";
    QTest::newRow("conversations") << QStringList{"--conversations", "many"} << "conversations";
    QTest::newRow("latency") << QStringList{"--latency-ms", "-5"} << "latency-ms";
    QTest::newRow("empty key") << QStringList{"--api-key", ""} << "api-key";
    QTest::newRow("second key same as first") << QStringList{"--api-key", "k", "--second-api-key", "k"} << "second-api-key";
    QTest::newRow("empty second key") << QStringList{"--second-api-key", ""} << "second-api-key";
    QTest::newRow("unknown") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("positional") << QStringList{"extra"} << "extra";
    // Loopback only, with no option to listen elsewhere (issue 13).
    QTest::newRow("host") << QStringList{"--host", "0.0.0.0"} << "host";
    QTest::newRow("listen") << QStringList{"--listen", "0.0.0.0"} << "listen";
    QTest::newRow("bind") << QStringList{"--bind=192.168.1.2"} << "bind";
}

void TestSandboxCli::invalidOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    QProcess process;
    process.start(exe(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains(mention.toUtf8()), err.constData());
}

void TestSandboxCli::portTaken()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost));
    QProcess process;
    process.start(exe(), {"--port", QString::number(blocker.serverPort())});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("Cannot listen on 127.0.0.1:" + QByteArray::number(blocker.serverPort())), err.constData());
}


// Issue 13: the sandbox answers on 127.0.0.1 only. Another address of this machine (where it has
// one) refuses the connection, so nothing on the network can use the demo key or its faults.
void TestSandboxCli::loopbackOnly()
{
    QProcess process;
    process.start(exe(), {"--port", "0", "--conversations", "5"});
    QVERIFY(process.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains('\n'), 20000);
    const auto match = QRegularExpression(QStringLiteral("^Listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"))
                           .match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    const quint16 port = quint16(match.captured(1).toUInt());

    QTcpSocket loopback;
    loopback.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(loopback.waitForConnected(10000));
    loopback.abort();

    QList<QHostAddress> others;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
            others << a;
    }
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv6Protocol && !a.isLinkLocal())
            others << a;
    }
    for (const QHostAddress &a : others) {
        QTcpSocket socket;
        socket.connectToHost(a, port);
        QVERIFY2(!socket.waitForConnected(5000), qPrintable(a.toString()));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    if (others.isEmpty())
        QSKIP("this machine has no address but loopback: only the loopback side was checked");
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
