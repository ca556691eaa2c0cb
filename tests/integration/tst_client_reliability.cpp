// Retries, Retry-After, timeouts, cancellation and the per-host cap, counted
// on the sandbox's request log.
#include "Records.h"
#include "SandboxFixture.h"

#include <QTimer>

using namespace repdesk;
using namespace repdesk::test;

class TestClientReliability : public QObject
{
    Q_OBJECT
    SandboxFixture f;

    void useFastRetries(int maxAttempts = 4)
    {
        RetryPolicy p;
        p.baseDelayMs = 20;
        p.maxDelayMs = 100;
        p.maxAttempts = maxAttempts;
        f.account->transport()->setRetryPolicy(p);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }
    void init()
    {
        useFastRetries();
        f.server->setLatencyMs(0);
        f.server->clearRequestLog();
    }

    void getIsRetriedOn500()
    {
        f.server->injectFaults(2, 500);
        auto r = run(f.client()->listOrganizations());
        REQUIRE_OK(r);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(f.requestCount(), 3);
    }

    void getGivesUpAfterMaxAttempts()
    {
        useFastRetries(3);
        f.server->injectFaults(5, 503);
        auto r = run(f.client()->listOrganizations());
        QCOMPARE(r.error.kind(), ApiError::Kind::Server);
        QCOMPARE(r.error.httpStatus(), 503);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(f.requestCount(), 3);
        f.server->injectFaults(0, 0);
    }

    void droppedConnectionIsRetried()
    {
        // QNetworkAccessManager itself resends once or twice on a connection that
        // closes before answering; three drops outlast that, so our retry shows.
        f.server->injectFaults(3, 0);
        auto r = run(f.client()->listOrganizations());
        REQUIRE_OK(r);
        QVERIFY2(r.attempts >= 2, qPrintable(QString::number(r.attempts)));
    }

    void retryAfterSecondsIsHonoured()
    {
        f.server->injectFaults(1, 429, 1);
        auto r = run(f.client()->listOrganizations());
        REQUIRE_OK(r);
        QCOMPARE(r.attempts, 2);
        QVERIFY2(r.elapsedMs >= 900, qPrintable(QString::number(r.elapsedMs)));
    }

    void retryAfterHttpDateIsHonoured()
    {
        f.server->injectFaults(1, 429, 2, true);
        auto r = run(f.client()->listOrganizations());
        REQUIRE_OK(r);
        QCOMPARE(r.attempts, 2);
        // An HTTP date has one-second resolution: expect at least ~1 s of waiting.
        QVERIFY2(r.elapsedMs >= 900, qPrintable(QString::number(r.elapsedMs)));
    }

    void tooLongRetryAfterIsReported()
    {
        RetryPolicy p;
        p.maxRetryAfterMs = 1000;
        f.account->transport()->setRetryPolicy(p);
        f.server->injectFaults(1, 429, 120);
        auto r = run(f.client()->listOrganizations());
        QCOMPARE(r.error.kind(), ApiError::Kind::RateLimited);
        QCOMPARE(r.error.retryAfterMs(), 120000);
        QCOMPARE(r.attempts, 1);
    }

    void createIsNotRetriedOnServerErrorOrDrop()
    {
        MessageDraftCreateRequest req;
        req.subject = QStringLiteral("Only once");
        req.toEmail = QStringLiteral("once@example.com");
        f.server->injectFaults(1, 500);
        auto r = run(f.client()->createMessageDraft(f.org, req));
        QCOMPARE(r.error.kind(), ApiError::Kind::Server);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(f.requestCount(), 1);

        f.server->clearRequestLog();
        f.server->injectFaults(3, 0);
        auto dropped = run(f.client()->createMessageDraft(f.org, req));
        QCOMPARE(dropped.error.kind(), ApiError::Kind::Network);
        QCOMPARE(dropped.attempts, 1); // Repdesk never re-sends a create after a drop
        f.server->injectFaults(0, 0);
    }

    void createIsRetriedOn429()
    {
        MessageDraftCreateRequest req;
        req.subject = QStringLiteral("Not processed yet");
        req.toEmail = QStringLiteral("later@example.com");
        f.server->injectFaults(1, 429, 0);
        auto r = run(f.client()->createMessageDraft(f.org, req));
        REQUIRE_OK(r);
        QCOMPARE(r.attempts, 2);
    }

    void responseDraftSaveIsRetried()
    {
        auto convs = run(f.client()->listConversations(f.org, ListQuery{1, {}, {}, {}}));
        REQUIRE_OK(convs);
        ResponseDraftSaveRequest req;
        req.bodyHtml = QStringLiteral("<p>overwrites, so retrying is safe</p>");
        f.server->injectFaults(1, 502);
        auto r = run(f.client()->saveResponseDraft(f.org, convs.value->items.first().conversationId, req));
        REQUIRE_OK(r);
        QCOMPARE(r.attempts, 2);
    }

    void transferTimeout()
    {
        TransportConfig config = f.account->transport()->config();
        config.transferTimeoutMs = 300;
        config.retry = RetryPolicy::none();
        Transport slow(config);
        HyperRepClient client(&slow);
        f.server->setLatencyMs(3000);
        auto r = run(client.listOrganizations());
        QCOMPARE(r.error.kind(), ApiError::Kind::Timeout);
        QVERIFY(r.elapsedMs < 2500);
    }

    void cancellation()
    {
        f.server->setLatencyMs(2000);
        auto *call = f.client()->listOrganizations();
        QTimer::singleShot(50, call, [call] { call->cancel(); });
        auto r = run(call);
        QCOMPARE(r.error.kind(), ApiError::Kind::Cancelled);
        QVERIFY(r.elapsedMs < 1500);
        QCOMPARE(f.account->transport()->activeCount(), 0);
    }

    void cancelDuringRetryWait()
    {
        RetryPolicy p;
        p.baseDelayMs = 5000;
        f.account->transport()->setRetryPolicy(p);
        f.server->injectFaults(1, 500);
        auto *call = f.client()->listOrganizations();
        QSignalSpy retrying(call, &ApiCall::retrying);
        ApiError::Kind kind = ApiError::Kind::None;
        bool finished = false;
        connect(call, &ApiCall::finished, this, [&] {
            finished = true;
            kind = call->error().kind();
        });
        QVERIFY(retrying.wait(5000));
        call->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 1000);
        QCOMPARE(kind, ApiError::Kind::Cancelled);
        QCOMPARE(f.requestCount(), 1);
        QCOMPARE(f.account->transport()->activeCount(), 0);
        QCOMPARE(f.account->transport()->queuedCount(), 0);
    }

    void concurrencyIsCappedPerHost()
    {
        f.server->setLatencyMs(150);
        Transport *t = f.account->transport();
        int maxActive = 0;
        QList<ApiCall *> calls;
        int done = 0;
        for (int i = 0; i < 10; ++i) {
            ApiCall *c = f.client()->listOrganizations();
            QObject::connect(c, &ApiCall::finished, [&done] { ++done; });
            calls << c;
        }
        QTimer probe;
        QObject::connect(&probe, &QTimer::timeout, [&] { maxActive = qMax(maxActive, t->activeCount()); });
        probe.start(5);
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 15000);
        QVERIFY(maxActive >= 2);
        QVERIFY2(maxActive <= t->config().maxRequestsPerHost, qPrintable(QString::number(maxActive)));
    }
};

QTEST_GUILESS_MAIN(TestClientReliability)
#include "tst_client_reliability.moc"
