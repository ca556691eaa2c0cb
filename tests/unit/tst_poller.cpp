// Poller: scheduling, no overlapping polls, backoff on network failures,
// Retry-After on 429, state transitions and F5 coalescing. Delays are checked
// through currentDelayMs(), not wall time, except where the timer itself is tested.

#include "Poller.h"

#include <QSignalSpy>
#include <QtTest>

using namespace repdesk;

namespace {
ApiError networkError()
{
    return ApiError(ApiError::Kind::Network, QStringLiteral("connection refused"));
}

ApiError rateLimited(int retryAfterMs)
{
    ApiError e(ApiError::Kind::RateLimited, QString(), 429);
    e.setRetryAfterMs(retryAfterMs);
    return e;
}
} // namespace

class TestPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsAndClamping();
    void firstPollComesAfterOneInterval();
    void pollsPeriodically();
    void noOverlapWhileOutstanding();
    void pollNowPollsAtOnceAndCoalesces();
    void backoffDoublesUpToTheCap();
    void successRecoversTheInterval();
    void rateLimitWaitsRetryAfter();
    void rateLimitWithoutRetryAfterBacksOff();
    void authAndValidationKeepTheInterval();
    void stateTransitionsAreEmitted();
    void stopIgnoresLateReports();
};

void TestPoller::initTestCase()
{
    qRegisterMetaType<Poller::State>();
    Poller::allowShortIntervalsForTests(true);
}

void TestPoller::defaultsAndClamping()
{
    Poller::allowShortIntervalsForTests(false);
    Poller poller;
    QCOMPARE(poller.intervalMs(), 60000);
    QCOMPARE(poller.state(), Poller::State::Stopped);
    QCOMPARE(poller.currentDelayMs(), -1);
    poller.setIntervalMs(100);
    QCOMPARE(poller.intervalMs(), 5000);
    poller.setIntervalMs(120000);
    QCOMPARE(poller.intervalMs(), 120000);

    Poller::allowShortIntervalsForTests(true);
    poller.setIntervalMs(1);
    QCOMPARE(poller.intervalMs(), 10);
    poller.setIntervalMs(20);
    QCOMPARE(poller.intervalMs(), 20);
}

void TestPoller::firstPollComesAfterOneInterval()
{
    Poller poller;
    poller.setIntervalMs(400);
    QSignalSpy polls(&poller, &Poller::pollRequested);
    poller.start();
    QCOMPARE(poller.state(), Poller::State::Online);
    QCOMPARE(poller.currentDelayMs(), 400);
    QCOMPARE(polls.size(), 0);
    QTest::qWait(50);
    QCOMPARE(polls.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(polls.size(), 1, 2000);
    QVERIFY(poller.isPollOutstanding());
    QCOMPARE(poller.currentDelayMs(), -1);
}

void TestPoller::pollsPeriodically()
{
    Poller poller;
    poller.setIntervalMs(20);
    QSignalSpy polls(&poller, &Poller::pollRequested);
    // The owner answers at once, as a quick sync would.
    connect(&poller, &Poller::pollRequested, &poller, &Poller::reportSuccess);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(polls.size() >= 4, 3000);
    QCOMPARE(poller.state(), Poller::State::Online);
    QCOMPARE(poller.currentDelayMs(), 20);
}

void TestPoller::noOverlapWhileOutstanding()
{
    Poller poller;
    poller.setIntervalMs(10);
    QSignalSpy polls(&poller, &Poller::pollRequested);
    poller.start();
    QTRY_COMPARE_WITH_TIMEOUT(polls.size(), 1, 2000);
    // Many intervals pass while the sync runs: still one poll.
    QTest::qWait(150);
    QCOMPARE(polls.size(), 1);
    poller.reportSuccess();
    QCOMPARE(poller.currentDelayMs(), 10);
    QTRY_COMPARE_WITH_TIMEOUT(polls.size(), 2, 2000);
}

void TestPoller::pollNowPollsAtOnceAndCoalesces()
{
    Poller poller;
    poller.setIntervalMs(5000);
    QSignalSpy polls(&poller, &Poller::pollRequested);
    poller.pollNow();
    QCOMPARE(polls.size(), 0); // stopped: nothing to do

    poller.start();
    poller.pollNow();
    QCOMPARE(polls.size(), 1);
    poller.pollNow();
    poller.pollNow();
    QCOMPARE(polls.size(), 1);
    poller.reportSuccess();
    QCOMPARE(poller.currentDelayMs(), 5000);
    poller.pollNow();
    QCOMPARE(polls.size(), 2);
}

void TestPoller::backoffDoublesUpToTheCap()
{
    Poller poller;
    poller.setIntervalMs(1000);
    QSignalSpy polls(&poller, &Poller::pollRequested);
    poller.start();
    qint64 nominal = 1000;
    for (int failure = 1; failure <= 12; ++failure) {
        poller.pollNow();
        QCOMPARE(polls.size(), failure);
        poller.reportFailure(failure % 2 ? networkError() : ApiError(ApiError::Kind::Timeout, QString()));
        QCOMPARE(poller.state(), Poller::State::Offline);
        nominal = qMin<qint64>(nominal * 2, Poller::kMaximumBackoffMs);
        const int delay = poller.currentDelayMs();
        // Jitter only shortens, by at most a fifth.
        QVERIFY2(delay <= nominal && delay >= nominal * 4 / 5,
                 qPrintable(QStringLiteral("failure %1: %2 vs %3").arg(failure).arg(delay).arg(nominal)));
    }
    QCOMPARE(nominal, qint64(Poller::kMaximumBackoffMs));
    QVERIFY(poller.currentDelayMs() <= Poller::kMaximumBackoffMs);
}

void TestPoller::successRecoversTheInterval()
{
    Poller poller;
    poller.setIntervalMs(20);
    QSignalSpy polls(&poller, &Poller::pollRequested);
    poller.start();
    poller.pollNow();
    poller.reportFailure(networkError());
    poller.pollNow(); // F5 while offline: try at once
    QCOMPARE(polls.size(), 2);
    poller.reportFailure(networkError());
    QVERIFY(poller.currentDelayMs() >= 64);
    poller.pollNow();
    poller.reportSuccess();
    QCOMPARE(poller.state(), Poller::State::Online);
    QCOMPARE(poller.currentDelayMs(), 20);
    // The backoff starts over after a success.
    poller.pollNow();
    poller.reportFailure(networkError());
    QVERIFY(poller.currentDelayMs() <= 40 && poller.currentDelayMs() >= 32);
}

void TestPoller::rateLimitWaitsRetryAfter()
{
    Poller poller;
    poller.setIntervalMs(20);
    QSignalSpy polls(&poller, &Poller::pollRequested);
    poller.start();
    poller.pollNow();
    poller.reportFailure(rateLimited(150));
    QCOMPARE(poller.state(), Poller::State::RateLimited);
    QCOMPARE(poller.currentDelayMs(), 150);
    // F5 cannot jump the server's wait.
    poller.pollNow();
    QCOMPARE(polls.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(polls.size(), 2, 2000);
    poller.reportSuccess();
    QCOMPARE(poller.state(), Poller::State::Online);

    // 503 with Retry-After arrives as RateLimited too.
    poller.pollNow();
    ApiError unavailable = ApiError::fromHttp(503, QByteArray(), QByteArray("2"));
    poller.reportFailure(unavailable);
    QCOMPARE(poller.state(), Poller::State::RateLimited);
    QCOMPARE(poller.currentDelayMs(), 2000);
}

void TestPoller::rateLimitWithoutRetryAfterBacksOff()
{
    Poller poller;
    poller.setIntervalMs(1000);
    poller.start();
    poller.pollNow();
    poller.reportFailure(rateLimited(-1));
    QCOMPARE(poller.state(), Poller::State::RateLimited);
    QVERIFY(poller.currentDelayMs() >= 1600 && poller.currentDelayMs() <= 2000);
    poller.pollNow(); // ignored: waiting
    QVERIFY(!poller.isPollOutstanding());
}

void TestPoller::authAndValidationKeepTheInterval()
{
    Poller poller;
    poller.setIntervalMs(1000);
    QSignalSpy states(&poller, &Poller::stateChanged);
    poller.start();
    QCOMPARE(states.size(), 1);
    poller.pollNow();
    poller.reportFailure(ApiError::fromHttp(403, QByteArray("{\"detail\": \"Invalid API Key\"}")));
    QCOMPARE(poller.state(), Poller::State::Online);
    QCOMPARE(poller.currentDelayMs(), 1000);
    poller.pollNow();
    poller.reportFailure(ApiError::fromHttp(422, QByteArray("{\"detail\": [{\"msg\": \"bad\"}]}")));
    QCOMPARE(poller.currentDelayMs(), 1000);

    // Offline stays Offline on an auth error; the delay goes back to the interval.
    poller.pollNow();
    poller.reportFailure(networkError());
    poller.pollNow();
    poller.reportFailure(ApiError::fromHttp(403, QByteArray()));
    QCOMPARE(poller.state(), Poller::State::Offline);
    QCOMPARE(poller.currentDelayMs(), 1000);
    QCOMPARE(states.size(), 2);

    // 5xx backs off without calling the network down.
    poller.pollNow();
    poller.reportSuccess();
    poller.pollNow();
    poller.reportFailure(ApiError::fromHttp(500, QByteArray()));
    QCOMPARE(poller.state(), Poller::State::Online);
    QVERIFY(poller.currentDelayMs() >= 1600);
}

void TestPoller::stateTransitionsAreEmitted()
{
    Poller poller;
    poller.setIntervalMs(1000);
    QSignalSpy states(&poller, &Poller::stateChanged);
    poller.start();
    poller.pollNow();
    poller.reportFailure(networkError());
    poller.pollNow();
    poller.reportFailure(networkError()); // no change: no signal
    poller.pollNow();
    poller.reportFailure(rateLimited(5000));
    poller.reportSuccess();
    poller.stop();
    const QList<Poller::State> expected{Poller::State::Online, Poller::State::Offline, Poller::State::RateLimited,
                                        Poller::State::Online, Poller::State::Stopped};
    QCOMPARE(states.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(states.at(i).first().value<Poller::State>(), expected.at(i));
    QCOMPARE(poller.currentDelayMs(), -1);
}

void TestPoller::stopIgnoresLateReports()
{
    Poller poller;
    poller.setIntervalMs(10);
    QSignalSpy polls(&poller, &Poller::pollRequested);
    poller.start();
    poller.pollNow();
    poller.stop();
    poller.reportSuccess();
    poller.reportFailure(networkError());
    QCOMPARE(poller.state(), Poller::State::Stopped);
    QTest::qWait(60);
    QCOMPARE(polls.size(), 1);

    // A restart begins clean: normal interval, no outstanding poll.
    poller.start();
    QCOMPARE(poller.currentDelayMs(), 10);
    QVERIFY(!poller.isPollOutstanding());
    QTRY_COMPARE_WITH_TIMEOUT(polls.size(), 2, 2000);
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
