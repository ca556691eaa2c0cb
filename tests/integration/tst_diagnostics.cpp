// Help > Copy diagnostics (issue 13): the report's content, the error log's ring buffer, the fault
// counters fed by every request, the logging categories' defaults, and above all that no API key
// (the account's, HYPERREP_API_KEY's, one Repdesk was never told about) is ever in the text, even
// when a server error, a URL or a setting carried it. Against repdesk-sandbox over loopback.
#include "Account.h"
#include "DiagnosticsReport.h"
#include "EnvironmentKey.h"
#include "ErrorLog.h"
#include "FaultCounters.h"
#include "LogCategories.h"
#include "Records.h"
#include "SandboxFixture.h"
#include "SecretRedactor.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

using namespace repdesk;
using namespace repdesk::test;

namespace {

QByteArray randomKey(const char *prefix)
{
    QByteArray key(prefix);
    for (int i = 0; i < 3; ++i)
        key += QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    return key;
}

// Every form a key could take in text: as is, percent-encoded, base64.
QStringList formsOf(const QByteArray &key)
{
    return {QString::fromUtf8(key), QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(key))),
            QString::fromLatin1(key.toBase64())};
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

private Q_SLOTS:
    void init()
    {
        ErrorLog::instance().clear();
        FaultCounters::instance().reset();
    }

    void keyNeverInTheReport()
    {
        QVERIFY(dir.isValid());
        const QByteArray accountKey = randomKey("hr_live_");
        const QByteArray environmentKey = randomKey("hr_env_");
        const QByteArray unknownKey = randomKey("hr_other_");

        // The environment's key, taken as main() takes it.
        qputenv("HYPERREP_API_KEY", environmentKey);
        QCOMPARE(EnvironmentKey::take("HYPERREP_API_KEY"), environmentKey);

        SandboxOptions options;
        options.apiKey = QString::fromUtf8(accountKey);
        options.conversations = 10;
        options.draftsToReview = false;
        SandboxServer server(options);
        QVERIFY(server.start(0));
        Account account(server.url(), accountKey);
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 20;
        fast.maxAttempts = 3;
        account.transport()->setRetryPolicy(fast);
        auto *client = static_cast<HyperRepProvider *>(account.provider())->client();
        const QString org = server.organizationIds().value(0);

        // A route whose path holds the key: the 404 names it in the log's request line.
        const auto missing = run(client->getConversation(org, QString::fromUtf8(accountKey)));
        QVERIFY(!missing.ok);
        // Server errors, retried: counted as retries, then one failed call of kind "server".
        server.injectFaults(10, 500);
        const auto failing = run(client->listConversations(org, ListQuery{5, {}, {}, {}}));
        QVERIFY(!failing.ok);
        QCOMPARE(failing.error.kind(), ApiError::Kind::Server);
        server.injectFaults(0, 500);
        const auto fine = run(client->listConversations(org, ListQuery{5, {}, {}, {}}));
        REQUIRE_OK(fine);
        // One 500, then the retry answers: a call that recovered.
        server.injectFaults(1, 500);
        const auto recovered = run(client->listConversations(org, ListQuery{5, {}, {}, {}}));
        REQUIRE_OK(recovered);

        // Errors whose text carries the keys, as a banner or a server's words might.
        ErrorLog::instance().record(QStringLiteral("banner"),
                                    QStringLiteral("The key %1 was refused").arg(QString::fromUtf8(accountKey)));
        ErrorLog::instance().record(QStringLiteral("api"), QStringLiteral("GET https://h.example/x?api_key=%1&k=%2 failed")
                                                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(environmentKey))),
                                                                    QString::fromLatin1(accountKey.toBase64())));
        ErrorLog::instance().record(QStringLiteral("api"),
                                    QStringLiteral("request headers: X-API-KEY: %1").arg(QString::fromUtf8(unknownKey)));
        ErrorLog::instance().record(QStringLiteral("api"), QStringLiteral("{\"token\": \"%1\"}").arg(QString::fromUtf8(unknownKey)));

        // Settings that hold a key by name, or inside a value.
        QSettings settings(dir.filePath(QStringLiteral("repdesk.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("accounts/1/server"), server.url().toString());
        settings.setValue(QStringLiteral("accounts/1/apiKey"), QString::fromUtf8(unknownKey));
        settings.setValue(QStringLiteral("accounts/2/server"),
                          QStringLiteral("https://me:%1@h.example").arg(QString::fromUtf8(environmentKey)));
        settings.setValue(QStringLiteral("accounts/2/label"), QStringLiteral("Key %1").arg(QString::fromUtf8(accountKey)));
        settings.setValue(QStringLiteral("general/pollSeconds"), 60);
        settings.sync();

        const QString report = DiagnosticsReport::build(settings, {QStringLiteral("Platform: test")});
        for (const QByteArray &key : {accountKey, environmentKey, unknownKey}) {
            for (const QString &form : formsOf(key))
                QVERIFY2(!report.contains(form), qPrintable(form + QStringLiteral(" in:\n") + report));
        }

        // And it still says what support needs.
        QVERIFY(report.contains(QStringLiteral("Repdesk %1").arg(QStringLiteral(REPDESK_VERSION))));
        QVERIFY(report.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
        QVERIFY(report.contains(QStringLiteral("OS: ")));
        QVERIFY(report.contains(QStringLiteral("Platform: test")));
        QVERIFY(report.contains(QStringLiteral("general/pollSeconds = 60")));
        QVERIFY(report.contains(QStringLiteral("accounts/1/apiKey = [redacted]")));
        QVERIFY(report.contains(server.url().toString()));
        QVERIFY(report.contains(QStringLiteral("The key [redacted] was refused")));
        QVERIFY(report.contains(QStringLiteral("X-API-KEY: [redacted]")));
        QVERIFY(report.contains(QStringLiteral("[api] GET /api/v2/organizations/")));
        QVERIFY(report.contains(QStringLiteral("server 1")));

        const FaultCounters::Snapshot counts = FaultCounters::instance().snapshot();
        QCOMPARE(counts.retries, qint64(2 + 1));         // the 500s: 3 attempts, 2 retries; then one more
        QCOMPARE(counts.requests, qint64(1 + 3 + 1 + 2)); // the 404, the three 500s, the good page, 500 + page
        QCOMPARE(counts.succeeded, qint64(2));
        QCOMPARE(counts.recovered, qint64(1));
        QCOMPARE(counts.failedByKind.value(QStringLiteral("server")), qint64(1));
        QCOMPARE(counts.failedByKind.value(QStringLiteral("not-found")), qint64(1));
        QVERIFY2(report.contains(QStringLiteral("Network this run: 7 requests on the wire, 3 retries, 2 calls succeeded "
                                                "(1 after retries)")),
                 qPrintable(report));
    }

    void errorLogIsARingBuffer()
    {
        for (int i = 0; i < ErrorLog::kCapacity + 10; ++i)
            ErrorLog::instance().record(QStringLiteral("api"), QStringLiteral("error %1").arg(i));
        const auto entries = ErrorLog::instance().entries();
        QCOMPARE(entries.size(), qsizetype(ErrorLog::kCapacity));
        QCOMPARE(entries.first().text, QStringLiteral("error 10"));
        QCOMPARE(entries.last().text, QStringLiteral("error %1").arg(ErrorLog::kCapacity + 9));
        QCOMPARE(ErrorLog::instance().total(), qint64(ErrorLog::kCapacity + 10));
        // The same error again keeps one row.
        ErrorLog::instance().record(QStringLiteral("api"), entries.last().text);
        QCOMPARE(ErrorLog::instance().entries().size(), qsizetype(ErrorLog::kCapacity));
        // A server answering with a page is cut.
        ErrorLog::instance().record(QStringLiteral("api"), QString(5000, QLatin1Char('x')));
        QVERIFY(ErrorLog::instance().entries().last().text.size() <= 500);
    }

    void secretNames_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::newRow("apiKey") << "accounts/1/apiKey" << true;
        QTest::newRow("api_key") << "api_key" << true;
        QTest::newRow("token") << "sync/accessToken" << true;
        QTest::newRow("password") << "proxy/password" << true;
        QTest::newRow("key") << "key" << true;
        QTest::newRow("server") << "accounts/1/server" << false;
        QTest::newRow("keyring") << "keyringChecked" << false;
        QTest::newRow("shortcut key") << "ui/lastKeyPressed" << false;
    }

    void secretNames()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(DiagnosticsReport::isSecretName(key), secret);
    }

    void categoriesAreQuietByDefault()
    {
        for (const QLoggingCategory *c : {&lcApi(), &lcStore(), &lcSync(), &lcUi(), &lcHtml(), &lcReview(), &lcAccount(),
                                          &lcModels(), &lcSales(), &lcDashboards(), &lcReply()}) {
            QVERIFY2(QByteArray(c->categoryName()).startsWith("repdesk."), c->categoryName());
            QVERIFY2(!c->isDebugEnabled(), c->categoryName());
            QVERIFY2(!c->isInfoEnabled(), c->categoryName());
            QVERIFY2(c->isWarningEnabled(), c->categoryName());
        }
        QCOMPARE(QByteArray(lcApi().categoryName()), QByteArray("repdesk.api"));
        QLoggingCategory::setFilterRules(QStringLiteral("repdesk.api.debug=true"));
        QVERIFY(lcApi().isDebugEnabled());
        QVERIFY(!lcStore().isDebugEnabled());
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!lcApi().isDebugEnabled());
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
