// ApiError, RetryPolicy, RequestSpec and LaunchOptions: the pure parts of the client.
#include "ApiError.h"
#include "LaunchOptions.h"
#include "RequestSpec.h"
#include "RetryPolicy.h"
#include "TransportConfig.h"

#include <QLocale>
#include <QTimeZone>
#include <QTest>

using namespace repdesk;

class TestApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detailString()
    {
        const ApiError e = ApiError::fromHttp(403, "{\"detail\":\"API Key has expired\"}");
        QCOMPARE(e.kind(), ApiError::Kind::Auth);
        QCOMPARE(e.detail(), QStringLiteral("API Key has expired"));
        QVERIFY(e.message().contains(QLatin1String("API Key has expired")));
    }

    void detailArray()
    {
        const QByteArray body = "{\"detail\":[{\"loc\":[\"query\",\"limit\"],\"msg\":\"ensure this value is less than or equal to 500\",\"type\":\"value_error\"},{\"loc\":[\"body\",\"cc_emails\",0],\"msg\":\"not an email\",\"type\":\"x\"}]}";
        const ApiError e = ApiError::fromHttp(422, body);
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QCOMPARE(e.detail(), QStringLiteral("limit: ensure this value is less than or equal to 500; cc_emails.0: not an email"));
    }

    void detailOddShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("null") << QByteArray("{\"detail\":null}");
        QTest::newRow("number") << QByteArray("{\"detail\":42}");
        QTest::newRow("array of junk") << QByteArray("{\"detail\":[1,null,{\"loc\":5}]}");
        QTest::newRow("truncated") << QByteArray("{\"detail\":\"Inva");
    }
    void detailOddShapes()
    {
        QFETCH(QByteArray, body);
        const ApiError e = ApiError::fromHttp(500, body);
        QCOMPARE(e.kind(), ApiError::Kind::Server);
        QVERIFY(!e.message().isEmpty());
    }

    void fernandErrorField()
    {
        QCOMPARE(ApiError::fromHttp(404, "{\"error\":\"Conversation not found\"}").detail(),
                 QStringLiteral("Conversation not found"));
    }

    void routeHints()
    {
        const ApiError promoted = ApiError::fromHttp(
            404, "{\"detail\":\"Response draft was sent; use GET /api/v2/organizations/o1/conversations/c1/messages/m1.\"}");
        QVERIFY(promoted.pointsToMessages());
        QCOMPARE(promoted.routeHint(), QStringLiteral("/api/v2/organizations/o1/conversations/c1/messages/m1"));
        const ApiError draft = ApiError::fromHttp(
            404, "{\"detail\":\"This id is a message draft: use /api/v2/organizations/o1/message-drafts/d1\"}");
        QVERIFY(draft.pointsToMessageDrafts());
        QVERIFY(!draft.pointsToMessages());
        QVERIFY(!ApiError::fromHttp(404, "{\"detail\":\"Conversation not found\"}").pointsToMessages());
    }

    void kindsByStatus()
    {
        QCOMPARE(ApiError::fromHttp(400, {}).kind(), ApiError::Kind::Validation);
        QCOMPARE(ApiError::fromHttp(404, {}).kind(), ApiError::Kind::NotFound);
        QCOMPARE(ApiError::fromHttp(429, {}).kind(), ApiError::Kind::RateLimited);
        QCOMPARE(ApiError::fromHttp(503, {}, "5").kind(), ApiError::Kind::RateLimited);
        QCOMPARE(ApiError::fromHttp(503, {}).kind(), ApiError::Kind::Server);
        QVERIFY(ApiError::fromHttp(502, {}).isTransient());
        QVERIFY(!ApiError::fromHttp(422, {}).isTransient());
    }

    void retryAfter()
    {
        QCOMPARE(ApiError::parseRetryAfterMs("3"), 3000);
        QCOMPARE(ApiError::parseRetryAfterMs(" 0 "), 0);
        QCOMPARE(ApiError::parseRetryAfterMs("-4"), -1);
        QCOMPARE(ApiError::parseRetryAfterMs("soon"), -1);
        QCOMPARE(ApiError::parseRetryAfterMs(""), -1);
        const QDateTime in10 = QDateTime::currentDateTimeUtc().addSecs(10);
        const QByteArray date = QLocale::c().toString(in10, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        const int ms = ApiError::parseRetryAfterMs(date);
        QVERIFY2(ms > 8000 && ms <= 10000, qPrintable(QString::number(ms)));
        QCOMPARE(ApiError::parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT"), 0); // in the past: now
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.jitter = 0.5;
        for (int i = 0; i < 50; ++i) {
            const int d1 = p.delayForAttempt(1, -1);
            QVERIFY(d1 >= 50 && d1 <= 100);
            const int d3 = p.delayForAttempt(3, -1);
            QVERIFY(d3 >= 200 && d3 <= 400);
            QVERIFY(p.delayForAttempt(30, -1) <= 1000);
        }
        QCOMPARE(p.delayForAttempt(1, 2500), 2500);
    }

    void pathSegmentsAreEncoded()
    {
        RequestSpec spec;
        spec.path = {QStringLiteral("api"), QStringLiteral("v2"), QStringLiteral("organizations"),
                     QStringLiteral("gAAAA/b+c=="), QStringLiteral("é ?#")};
        QCOMPARE(spec.encodedPath(), QStringLiteral("/api/v2/organizations/gAAAA%2Fb%2Bc%3D%3D/%C3%A9%20%3F%23"));
        spec.addQuery(QStringLiteral("cursor"), QStringLiteral("a+b&c"));
        spec.addQuery(QStringLiteral("limit"), 0);
        spec.addQuery(QStringLiteral("start_date"), QDateTime(QDate(2026, 4, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(spec.encodedQuery(), QStringLiteral("cursor=a%2Bb%26c&start_date=2026-04-01T00%3A00%3A00Z"));
        QVERIFY(!spec.describe().contains(QLatin1String("a%2Bb")));
    }

    void httpsOnlyOffLoopback()
    {
        QVERIFY(TransportConfig::isSecureOrLoopback(QUrl(QStringLiteral("https://api.hyperrep.ai"))));
        QVERIFY(TransportConfig::isSecureOrLoopback(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
        QVERIFY(TransportConfig::isSecureOrLoopback(QUrl(QStringLiteral("http://[::1]:8080"))));
        QVERIFY(TransportConfig::isSecureOrLoopback(QUrl(QStringLiteral("http://localhost"))));
        QVERIFY(!TransportConfig::isSecureOrLoopback(QUrl(QStringLiteral("http://api.hyperrep.ai"))));
        QVERIFY(!TransportConfig::isSecureOrLoopback(QUrl(QStringLiteral("http://10.0.0.1"))));
        QVERIFY(!TransportConfig::isSecureOrLoopback(QUrl(QStringLiteral("ftp://127.0.0.1"))));
    }

    void launchOptions()
    {
        const auto demo = LaunchOptions::parse({QStringLiteral("repdesk"), QStringLiteral("--demo")});
        QVERIFY(demo.error.isEmpty());
        QVERIFY(demo.demo);
        QCOMPARE(demo.server, QUrl(QStringLiteral("https://api.hyperrep.ai")));

        const auto custom = LaunchOptions::parse({QStringLiteral("repdesk"), QStringLiteral("--server"),
                                                  QStringLiteral("https://eu.example.com"),
                                                  QStringLiteral("--organization"), QStringLiteral("HR_id_1")});
        QVERIFY(custom.error.isEmpty());
        QCOMPARE(custom.server.host(), QStringLiteral("eu.example.com"));
        QCOMPARE(custom.organization, QStringLiteral("HR_id_1"));

        QVERIFY(!LaunchOptions::parse({QStringLiteral("repdesk"), QStringLiteral("--server"),
                                       QStringLiteral("http://api.hyperrep.ai")}).error.isEmpty());
        QVERIFY(!LaunchOptions::parse({QStringLiteral("repdesk"), QStringLiteral("--bogus")}).error.isEmpty());
        QVERIFY(LaunchOptions::parse({QStringLiteral("repdesk"), QStringLiteral("--help")}).helpRequested);
        QVERIFY(LaunchOptions::parse({QStringLiteral("repdesk"), QStringLiteral("--version")}).versionRequested);
        QVERIFY(demo.helpText.contains(QLatin1String("--organization")));
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
