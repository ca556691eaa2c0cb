// CallQueue against the sandbox with latency, so calls overlap for real:
// never more than N in flight, started in the order queued, a cancelled
// waiting entry never reaches the server, a cancelled call in flight
// finishes as Cancelled, and a dead context drops its entry.
#include "CallQueue.h"
#include "VolumeStats.h"
#include "tst_dashboard_support.h"

using namespace repdesk;
using namespace repdesk::test;

class TestCallQueue : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    DateRange range;

    CallQueue::Factory volume(QList<int> *started, QList<ApiError::Kind> *finished, int id)
    {
        return [this, started, finished, id]() -> ApiCall * {
            started->append(id);
            auto *call = f.client()->getVolume(f.org, range);
            QObject::connect(call, &ApiCall::finished, call, [call, finished] { finished->append(call->error().kind()); });
            return call;
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.anchor = QDateTime::currentDateTimeUtc().addSecs(-120);
        QVERIFY(f.start(options));
        range = {QDateTime::currentDateTimeUtc().addDays(-7), QDateTime::currentDateTimeUtc().addSecs(-60)};
    }

    void atMostNInFlightInOrder()
    {
        f.server->setLatencyMs(120);
        CallQueue queue(3);
        QList<int> started;
        QList<ApiError::Kind> finished;
        int maxSeen = 0;
        connect(&queue, &CallQueue::callStarted, this, [&] { maxSeen = qMax(maxSeen, queue.inFlightCount()); });
        const int before = f.requestCount();
        for (int i = 0; i < 10; ++i)
            queue.enqueue(volume(&started, &finished, i));
        QCOMPARE(queue.inFlightCount(), 3);
        QCOMPARE(queue.pendingCount(), 7);
        QVERIFY(QTest::qWaitFor([&] { return queue.isIdle(); }, 20000));
        f.server->setLatencyMs(0);
        QCOMPARE(finished.size(), 10);
        QCOMPARE(started, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(queue.maxObservedInFlight(), 3);
        QCOMPARE(maxSeen, 3);
        QCOMPARE(f.requestCount() - before, 10);
        QCOMPARE(queue.startedCount(), quint64(10));
        for (ApiError::Kind kind : finished)
            QCOMPARE(kind, ApiError::Kind::None);
    }

    void cancellingWaitingAndRunningEntries()
    {
        f.server->setLatencyMs(150);
        CallQueue queue(2);
        QList<int> started;
        QList<ApiError::Kind> finished;
        const int before = f.requestCount();
        QList<CallQueue::Ticket> tickets;
        for (int i = 0; i < 5; ++i)
            tickets << queue.enqueue(volume(&started, &finished, i));
        QVERIFY(queue.isInFlight(tickets.at(0)));
        QVERIFY(queue.isQueued(tickets.at(3)));
        QVERIFY(queue.cancel(tickets.at(3)));    // waiting: never created
        QVERIFY(queue.cancel(tickets.at(0)));    // in flight: cancelled
        QVERIFY(!queue.cancel(tickets.at(3)));   // already gone
        QVERIFY(QTest::qWaitFor([&] { return queue.isIdle(); }, 20000));
        f.server->setLatencyMs(0);
        QCOMPARE(started, (QList<int>{0, 1, 2, 4}));
        QCOMPARE(finished.count(ApiError::Kind::Cancelled), 1);
        QCOMPARE(finished.count(ApiError::Kind::None), 3);
        QTest::qWait(200); // the cancelled request may still reach the server; the dropped one never does
        QVERIFY(f.requestCount() - before <= 4);
    }

    void cancelAllAndDeadContexts()
    {
        f.server->setLatencyMs(100);
        CallQueue queue(1);
        QList<int> started;
        QList<ApiError::Kind> finished;
        auto *context = new QObject;
        queue.enqueue(volume(&started, &finished, 0));
        queue.enqueue(volume(&started, &finished, 1), context);
        queue.enqueue(volume(&started, &finished, 2));
        delete context; // its entry is dropped when its turn comes
        QVERIFY(QTest::qWaitFor([&] { return queue.isIdle(); }, 20000));
        QCOMPARE(started, (QList<int>{0, 2}));

        QSignalSpy idle(&queue, &CallQueue::idle);
        for (int i = 10; i < 14; ++i)
            queue.enqueue(volume(&started, &finished, i));
        queue.cancelAll();
        QVERIFY(queue.isIdle());
        QVERIFY(idle.size() >= 1);
        QCOMPARE(started.last(), 10); // only the first had started
        f.server->setLatencyMs(0);
    }

    void aNullFactoryFreesItsSlot()
    {
        CallQueue queue(1);
        QList<int> started;
        QList<ApiError::Kind> finished;
        queue.enqueue([]() -> ApiCall * { return nullptr; });
        queue.enqueue(volume(&started, &finished, 7));
        QVERIFY(QTest::qWaitFor([&] { return queue.isIdle(); }, 20000));
        QCOMPARE(started, QList<int>{7});
    }
};

QTEST_GUILESS_MAIN(TestCallQueue)
#include "tst_call_queue.moc"
