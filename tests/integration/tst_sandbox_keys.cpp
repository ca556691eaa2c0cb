// Keys revoked and restored mid-session (SandboxServer::setKeyState): every route answers that key
// with the documented 403, other keys are untouched, and Active brings the key back.

#include "SandboxServer.h"
#include "tst_sandbox_support.h"

#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace repdesk;
using namespace sandboxtest;

namespace {

const QByteArray kFirstKey("tenant-a-key");
const QByteArray kSecondKey("tenant-b-key");

SandboxOptions twoTenants()
{
    SandboxOptions options;
    options.apiKey = QString::fromLatin1(kFirstKey);
    options.secondApiKey = QString::fromLatin1(kSecondKey);
    options.conversations = 30;
    options.anchor = QDateTime(QDate(2026, 5, 30), QTime(12, 0), QTimeZone::utc());
    return options;
}

} // namespace

Q_DECLARE_METATYPE(repdesk::SandboxServer::KeyState)

class TestSandboxKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void keyStates_data();
    void keyStates();
    void lastStateWins();
    void anyKeyCanBeForced();
    void revokedMidWalk();
    void setFromAnotherThread();

private:
    Reply get(const QByteArray &key, const QString &path)
    {
        return m_client->send("GET", path, {}, {}, &key);
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
};

void TestSandboxKeys::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(twoTenants());
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    m_client = std::make_unique<Client>(m_server->url(), QByteArray());
}

void TestSandboxKeys::cleanup()
{
    // A failed test must not leave a key revoked for the next one.
    for (const QByteArray &key : {kFirstKey, kSecondKey, QByteArray("inactive-key"), QByteArray("made-up-key")})
        m_server->setKeyState(QString::fromLatin1(key), SandboxServer::KeyState::Active);
}

void TestSandboxKeys::keyStates_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("otherKey");
    QTest::addColumn<SandboxServer::KeyState>("state");
    QTest::addColumn<QString>("detail");
    for (const bool second : {true, false}) {
        const QByteArray key = second ? kSecondKey : kFirstKey;
        const QByteArray other = second ? kFirstKey : kSecondKey;
        const char *who = second ? "second key" : "first key";
        QTest::addRow("%s inactive", who) << key << other << SandboxServer::KeyState::Inactive << "API Key is inactive";
        QTest::addRow("%s expired", who) << key << other << SandboxServer::KeyState::Expired << "API Key has expired";
        QTest::addRow("%s invalid", who) << key << other << SandboxServer::KeyState::Invalid << "Invalid API Key";
    }
}

void TestSandboxKeys::keyStates()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, otherKey);
    QFETCH(SandboxServer::KeyState, state);
    QFETCH(QString, detail);
    const QString org = m_server->organizationIds(QString::fromLatin1(key)).value(0);
    const QStringList paths{QStringLiteral("/api/v2/organizations"), orgPath(org, QStringLiteral("/conversations")),
                            orgPath(org, QStringLiteral("/contacts")), orgPath(org, QStringLiteral("/audit-logs")),
                            QStringLiteral("/api/v1/solutions")};
    for (const QString &path : paths)
        QCOMPARE(get(key, path).status, 200);
    const auto contacts = [&] {
        Client owner(m_server->url(), key);
        return owner.all(orgPath(org, QStringLiteral("/contacts")), {}, 500).size();
    };
    const qsizetype contactsBefore = contacts();

    m_server->setKeyState(QString::fromLatin1(key), state);
    for (const QString &path : paths) {
        const Reply reply = get(key, path);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.detail(), detail);
    }
    const Reply write = m_client->send("POST", orgPath(org, QStringLiteral("/contacts")), {},
                                       QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Ghost")}}).toJson(), &key);
    QCOMPARE(write.status, 403);
    QCOMPARE(write.detail(), detail);
    QCOMPARE(get(otherKey, QStringLiteral("/api/v2/organizations")).status, 200); // only that key is refused
    QCOMPARE(m_server->organizationIds(QString::fromLatin1(key)).value(0), org); // its data is still there

    m_server->setKeyState(QString::fromLatin1(key), SandboxServer::KeyState::Active);
    for (const QString &path : paths)
        QCOMPARE(get(key, path).status, 200);
    QCOMPARE(contacts(), contactsBefore); // the refused POST wrote nothing
}

void TestSandboxKeys::lastStateWins()
{
    const QString key = QString::fromLatin1(kSecondKey);
    m_server->setKeyState(key, SandboxServer::KeyState::Inactive);
    m_server->setKeyState(key, SandboxServer::KeyState::Expired);
    QCOMPARE(get(kSecondKey, QStringLiteral("/api/v2/organizations")).detail(), QStringLiteral("API Key has expired"));
    m_server->setKeyState(key, SandboxServer::KeyState::Invalid);
    QCOMPARE(get(kSecondKey, QStringLiteral("/api/v2/organizations")).detail(), QStringLiteral("Invalid API Key"));
    m_server->setKeyState(key, SandboxServer::KeyState::Active);
    m_server->setKeyState(key, SandboxServer::KeyState::Active); // twice is harmless
    QCOMPARE(get(kSecondKey, QStringLiteral("/api/v2/organizations")).status, 200);
}

void TestSandboxKeys::anyKeyCanBeForced()
{
    // A key the server never issued, and the fixed "inactive-key": a state overrides, Active
    // returns them to what they were.
    const QByteArray madeUp("made-up-key");
    m_server->setKeyState(QString::fromLatin1(madeUp), SandboxServer::KeyState::Expired);
    QCOMPARE(get(madeUp, QStringLiteral("/api/v2/organizations")).detail(), QStringLiteral("API Key has expired"));
    m_server->setKeyState(QString::fromLatin1(madeUp), SandboxServer::KeyState::Active);
    const Reply unknown = get(madeUp, QStringLiteral("/api/v2/organizations"));
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.detail(), QStringLiteral("Invalid API Key"));

    const QByteArray fixed("inactive-key");
    m_server->setKeyState(QString::fromLatin1(fixed), SandboxServer::KeyState::Expired);
    QCOMPARE(get(fixed, QStringLiteral("/api/v2/organizations")).detail(), QStringLiteral("API Key has expired"));
    m_server->setKeyState(QString::fromLatin1(fixed), SandboxServer::KeyState::Active);
    QCOMPARE(get(fixed, QStringLiteral("/api/v2/organizations")).detail(), QStringLiteral("API Key is inactive"));
}

void TestSandboxKeys::revokedMidWalk()
{
    Client client(m_server->url(), kSecondKey);
    const QString path = orgPath(m_server->organizationIds(QString::fromLatin1(kSecondKey)).at(0), QStringLiteral("/conversations"));
    const Reply page1 = client.get(path, Client::query({{"limit", "10"}}));
    QCOMPARE(page1.status, 200);
    const QString cursor = page1.pagination().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const QUrlQuery next = Client::query({{"limit", "10"}, {"cursor", cursor}});

    m_server->setKeyState(QString::fromLatin1(kSecondKey), SandboxServer::KeyState::Expired);
    const Reply refused = client.get(path, next);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.detail(), QStringLiteral("API Key has expired"));

    m_server->setKeyState(QString::fromLatin1(kSecondKey), SandboxServer::KeyState::Active);
    const Reply page2 = client.get(path, next); // the cursor outlived the revocation
    QCOMPARE(page2.status, 200);
    QCOMPARE(page2.data().size(), 10);
    QSet<QString> seen;
    for (const QJsonValue &item : page1.data())
        seen.insert(item.toObject().value(QStringLiteral("conversation_id")).toString());
    for (const QJsonValue &item : page2.data())
        QVERIFY(!seen.contains(item.toObject().value(QStringLiteral("conversation_id")).toString()));
}

void TestSandboxKeys::setFromAnotherThread()
{
    // The server serves on its own thread, as SandboxHost runs it; the test drives it from this one.
    QThread thread;
    QObject worker;
    worker.moveToThread(&thread);
    thread.start();
    SandboxServer *server = nullptr;
    // The server and its SQLite connection must die on the thread that made them, even if a check fails.
    const auto stop = qScopeGuard([&] {
        QMetaObject::invokeMethod(&worker, [&] { delete server; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    });
    bool started = false;
    QMetaObject::invokeMethod(&worker, [&] {
        server = new SandboxServer(twoTenants());
        started = server->start();
    }, Qt::BlockingQueuedConnection);
    QVERIFY(started);

    Client client(server->url(), kSecondKey);
    const Reply listed = client.get(QStringLiteral("/api/v2/organizations"));
    QCOMPARE(listed.status, 200);
    QStringList ids;
    for (const QJsonValue &org : listed.data())
        ids.append(org.toObject().value(QStringLiteral("organization_id")).toString());
    QCOMPARE(server->organizationIds(QString::fromLatin1(kSecondKey)), ids);
    server->setKeyState(QString::fromLatin1(kSecondKey), SandboxServer::KeyState::Inactive);
    const Reply refused = client.get(QStringLiteral("/api/v2/organizations"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.detail(), QStringLiteral("API Key is inactive"));
    server->setKeyState(QString::fromLatin1(kSecondKey), SandboxServer::KeyState::Active);
    QCOMPARE(client.get(QStringLiteral("/api/v2/organizations")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxKeys)
#include "tst_sandbox_keys.moc"
