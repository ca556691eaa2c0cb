// RetryLater: a failed read is asked again by itself after the server's Retry-After, else after a
// wait that doubles per failure in a row up to the longest; one wait per key; an answer or a
// refusal forgets the key; a gone context runs nothing.
#include "RetryLater.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace repdesk;

namespace {
// No jitter, so the waits can be compared.
RetryPolicy exact(int firstMs, int longestMs)
{
    RetryPolicy policy = RetryLater::backoff(firstMs, longestMs);
    policy.jitter = 0;
    return policy;
}

ApiError serverError()
{
    return ApiError::fromHttp(503, QByteArray());
}
} // namespace

class TestRetryLater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsDoubleUpToTheLongest()
    {
        RetryLater later(exact(100, 350));
        QList<int> waits;
        for (int i = 0; i < 4; ++i)
            waits << later.schedule(QStringLiteral("k"), -1, [] {});
        QCOMPARE(waits, (QList<int>{100, 200, 350, 350}));
        QCOMPARE(later.failuresInARow(QStringLiteral("k")), 4);
        // One wait per key: each schedule replaced the one before.
        QCOMPARE(later.waitingCount(), 1);
        // Another key has its own table.
        QCOMPARE(later.schedule(QStringLiteral("other"), -1, [] {}), 100);
        QCOMPARE(later.waitingCount(), 2);
    }

    void theJitterOnlyShortensAWait()
    {
        RetryLater later(RetryLater::backoff(1000, 1000));
        for (int i = 0; i < 20; ++i) {
            const int wait = later.schedule(QStringLiteral("k"), -1, [] {});
            QVERIFY2(wait >= 750 && wait <= 1000, qPrintable(QString::number(wait)));
        }
    }

    void retryAfterIsTakenAsItIs()
    {
        RetryLater later(exact(100, 350));
        ApiError limited = ApiError::fromHttp(429, QByteArray(), "2");
        QCOMPARE(limited.kind(), ApiError::Kind::RateLimited);
        QVERIFY(later.scheduleIfTransient(QStringLiteral("k"), limited, [] {}));
        // Not the table's first wait (100 ms): the server's two seconds.
        QCOMPARE(later.schedule(QStringLiteral("k"), limited.retryAfterMs(), [] {}), 2000);
    }

    void runsOnceAfterTheWaitAndMayScheduleAgain()
    {
        RetryLater later(exact(20, 20));
        int runs = 0;
        std::function<void()> again = [&] {
            ++runs;
            QVERIFY(!later.isWaiting(QStringLiteral("k"))); // the wait is over before it runs
            if (runs < 3)
                later.schedule(QStringLiteral("k"), -1, again);
        };
        QElapsedTimer clock;
        clock.start();
        later.schedule(QStringLiteral("k"), -1, again);
        QCOMPARE(runs, 0); // never at once
        QTRY_COMPARE_WITH_TIMEOUT(runs, 3, 5000);
        QVERIFY(clock.elapsed() >= 60);
        QTest::qWait(60);
        QCOMPARE(runs, 3);
        QCOMPARE(later.waitingCount(), 0);
    }

    void onlyFailuresTheServerMayGetOverAreAskedAgain()
    {
        RetryLater later(exact(20, 20));
        int runs = 0;
        const auto again = [&] { ++runs; };
        QVERIFY(later.scheduleIfTransient(QStringLiteral("503"), serverError(), again));
        QVERIFY(later.scheduleIfTransient(QStringLiteral("net"), ApiError(ApiError::Kind::Network, QString()), again));
        QVERIFY(later.scheduleIfTransient(QStringLiteral("slow"), ApiError(ApiError::Kind::Timeout, QString()), again));
        QVERIFY(!later.scheduleIfTransient(QStringLiteral("400"), ApiError::fromHttp(400, QByteArray()), again));
        QVERIFY(!later.scheduleIfTransient(QStringLiteral("403"), ApiError::fromHttp(403, QByteArray()), again));
        QVERIFY(!later.scheduleIfTransient(QStringLiteral("404"), ApiError::fromHttp(404, QByteArray()), again));
        QVERIFY(!later.scheduleIfTransient(QStringLiteral("ok"), ApiError(), again));
        QCOMPARE(later.waitingCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(runs, 3, 5000);
    }

    void anAnswerForgetsTheKey()
    {
        RetryLater later(exact(30, 1000));
        int runs = 0;
        later.schedule(QStringLiteral("k"), -1, [&] { ++runs; });
        later.schedule(QStringLiteral("k"), -1, [&] { ++runs; });
        QCOMPARE(later.failuresInARow(QStringLiteral("k")), 2);
        // The read worked (Retry asked at once): the wait goes, and the next failure starts over.
        QVERIFY(!later.scheduleIfTransient(QStringLiteral("k"), ApiError(), [&] { ++runs; }));
        QVERIFY(!later.isWaiting(QStringLiteral("k")));
        QCOMPARE(later.failuresInARow(QStringLiteral("k")), 0);
        QCOMPARE(later.schedule(QStringLiteral("k"), -1, [] {}), 30);
        later.succeeded(QStringLiteral("k"));
        QTest::qWait(100);
        QCOMPARE(runs, 0);
    }

    void clearDropsEveryWait()
    {
        RetryLater later(exact(30, 30));
        int runs = 0;
        for (const QString &key : {QStringLiteral("a"), QStringLiteral("b")})
            later.schedule(key, -1, [&] { ++runs; });
        later.clear();
        QCOMPARE(later.waitingCount(), 0);
        QCOMPARE(later.failuresInARow(QStringLiteral("a")), 0);
        QTest::qWait(100);
        QCOMPARE(runs, 0);
    }

    void aGoneContextRunsNothing()
    {
        RetryLater later(exact(30, 30));
        int runs = 0;
        auto context = std::make_unique<QObject>();
        later.schedule(QStringLiteral("k"), -1, [&] { ++runs; }, context.get());
        context.reset();
        QTest::qWait(100);
        QCOMPARE(runs, 0);
        QCOMPARE(later.waitingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRetryLater)
#include "tst_retry_later.moc"
