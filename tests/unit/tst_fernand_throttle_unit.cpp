// RateWindow and RequestThrottle over a simulated clock: a minute (and more)
// walked in steps, with no real waiting and no timed assertion.
#include "RateWindow.h"
#include "RequestSpec.h"
#include "RequestThrottle.h"

#include <QSignalSpy>
#include <QTest>

using namespace repdesk;

namespace {
RequestSpec spec(const char *method)
{
    RequestSpec s;
    s.method = method;
    s.path = {QStringLiteral("conversations")};
    return s;
}
} // namespace

class TestFernandThrottleUnit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowAdmitsLimitThenWaitsForTheOldest()
    {
        RateWindow w(3, 60000);
        w.record(0);
        w.record(10000);
        w.record(20000);
        QCOMPARE(w.waitMs(30000), qint64(30000)); // the start at 0 leaves at 60000
        QCOMPARE(w.waitMs(60000), qint64(0));
        w.record(60000);
        QCOMPARE(w.waitMs(60000), qint64(10000)); // now the one at 10000 must leave first
        QCOMPARE(w.startsWithin(60000), 3);
    }

    void blockOutlastsTheWindow()
    {
        RateWindow w(5, 60000);
        w.blockUntil(45000);
        QCOMPARE(w.waitMs(1000), qint64(44000));
        w.blockUntil(10000); // never shortens
        QCOMPARE(w.waitMs(1000), qint64(44000));
        QCOMPARE(w.waitMs(45000), qint64(0));
    }

    void unlimitedWindowNeverWaits()
    {
        RateWindow w(0, 60000);
        for (int i = 0; i < 100; ++i)
            w.record(0);
        QCOMPARE(w.waitMs(0), qint64(0));
    }

    // A simulated minute and a half: 45 GETs and 12 writes wanted as fast as
    // possible. Every admitted start is recorded; in no 60 s window are there
    // more than 20 GET or 5 writes, nothing is lost, and reads never wait for writes.
    void simulatedMinuteNeverExceedsTheBudget()
    {
        qint64 now = 0;
        RequestThrottle::Limits limits; // Fernand's: 20 / 5 per 60 s
        limits.marginMs = 0;
        RequestThrottle throttle(limits);
        throttle.setClock([&now] { return now; });

        int readsLeft = 45, writesLeft = 12;
        QList<qint64> reads, writes;
        while ((readsLeft || writesLeft) && now <= 10 * 60000) {
            qint64 next = 60000;
            if (readsLeft) {
                const qint64 w = throttle.admit(spec("GET"));
                if (w == 0) {
                    reads << now;
                    --readsLeft;
                    continue;
                }
                next = qMin(next, w);
            }
            if (writesLeft) {
                const qint64 w = throttle.admit(spec("PATCH"));
                if (w == 0) {
                    writes << now;
                    --writesLeft;
                    continue;
                }
                next = qMin(next, w);
            }
            now += next; // the Transport's timer: wake when the first lane frees
        }
        QCOMPARE(reads.size(), 45);
        QCOMPARE(writes.size(), 12);
        const auto maxInWindow = [](const QList<qint64> &starts) {
            int most = 0;
            for (qint64 t : starts) {
                int n = 0;
                for (qint64 u : starts)
                    n += (u >= t && u < t + 60000) ? 1 : 0;
                most = qMax(most, n);
            }
            return most;
        };
        QCOMPARE(maxInWindow(reads), 20);
        QCOMPARE(maxInWindow(writes), 5);
        // As early as the budget allows: 20 at once, the next 20 a minute later, the last 5 at two minutes.
        QCOMPARE(reads.at(19), qint64(0));
        QCOMPARE(reads.at(20), qint64(60000));
        QCOMPARE(reads.at(40), qint64(120000));
        QCOMPARE(writes.at(4), qint64(0));
        QCOMPARE(writes.at(5), qint64(60000));
        QCOMPARE(writes.at(10), qint64(120000));
    }

    void rateLimitedBlocksOnlyItsLane()
    {
        qint64 now = 1000;
        RequestThrottle throttle(RequestThrottle::Limits{});
        throttle.setClock([&now] { return now; });
        QSignalSpy waits(&throttle, &RequestThrottle::waitChanged);
        throttle.noteRateLimited(spec("POST"), 30000);
        QCOMPARE(throttle.waitFor(RequestThrottle::Lane::Write), qint64(30000));
        QCOMPARE(throttle.waitFor(RequestThrottle::Lane::Read), qint64(0));
        QCOMPARE(throttle.waitSeconds(), 30);
        QVERIFY(!waits.isEmpty());
        QCOMPARE(waits.last().at(0).toInt(), 30);
        // An unknown reset waits one window.
        throttle.noteRateLimited(spec("GET"), -1);
        QCOMPARE(throttle.waitFor(RequestThrottle::Lane::Read), qint64(60000));
        now += 60000;
        throttle.reportWaiting(0);
        QCOMPARE(throttle.waitSeconds(), 0);
        QCOMPARE(waits.last().at(0).toInt(), 0);
    }

    void lanesByMethod()
    {
        QCOMPARE(RequestThrottle::laneOf(spec("GET")), RequestThrottle::Lane::Read);
        for (const char *m : {"POST", "PUT", "PATCH", "DELETE"})
            QCOMPARE(RequestThrottle::laneOf(spec(m)), RequestThrottle::Lane::Write);
    }
};

QTEST_GUILESS_MAIN(TestFernandThrottleUnit)
#include "tst_fernand_throttle_unit.moc"
