// Fernand's budget end to end: the client's RequestThrottle on the Transport
// against the sandbox's own limiter, over loopback. The window is 3 s instead
// of 60 s so the test takes seconds; the assertions count requests (never how
// long anything took), so a slow machine cannot make them fail.
#include "FernandConversation.h"
#include "FernandConversationUpdate.h"
#include "FernandFixture.h"

#include <QSignalSpy>

using namespace repdesk;
using namespace repdesk::test;

namespace {
constexpr qint64 kWindowMs = 3000;

// The most requests of one lane the server received in any window.
int mostInAnyWindow(const QList<FernandSandboxServer::LoggedRequest> &log, bool writes)
{
    QList<qint64> at;
    for (const auto &e : log)
        if ((e.request.method != QLatin1String("GET")) == writes)
            at << e.atMs;
    int most = 0;
    for (qint64 t : at) {
        int n = 0;
        for (qint64 u : at)
            n += (u >= t && u < t + kWindowMs) ? 1 : 0;
        most = qMax(most, n);
    }
    return most;
}

int count429(const QList<FernandSandboxServer::LoggedRequest> &log)
{
    int n = 0;
    for (const auto &e : log)
        n += e.request.status == 429 ? 1 : 0;
    return n;
}
} // namespace

class TestFernandThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 30 GET and 8 PATCH at once: all finish, none is dropped, each lane keeps
    // its order, the server never had to refuse one, and the status bar's
    // signal said that calls were waiting, then that none is.
    void burstIsQueuedInOrderAndNeverExceedsTheBudget()
    {
        FernandFixture f;
        FernandSandboxOptions options;
        options.conversations = 40;
        options.windowMs = kWindowMs;
        RequestThrottle::Limits limits;
        limits.windowMs = kWindowMs;
        limits.marginMs = 1000; // loopback receipt may lag the send a little
        QVERIFY(f.start(options, limits));
        QSignalSpy waits(f.provider, &InboxProvider::rateLimitWaitChanged);

        QList<int> readOrder, writeOrder;
        int finished = 0, failed = 0;
        QList<ApiCall *> calls;
        for (int i = 0; i < 30; ++i) {
            auto *call = f.client()->getConversation(QString::number(9001 + i));
            QObject::connect(call, &ApiCall::finished, [&, call, i] {
                ++finished;
                failed += call->succeeded() ? 0 : 1;
                readOrder << i;
            });
            if (i == 10) {
                // Writes in between: they must not wait for reads, nor reads for them.
                for (int k = 0; k < 8; ++k) {
                    FernandConversationUpdate u;
                    u.subject = QStringLiteral("Subject %1").arg(k);
                    auto *w = f.client()->updateConversation(QString::number(9001 + k), u);
                    QObject::connect(w, &ApiCall::finished, [&, w, k] {
                        ++finished;
                        failed += w->succeeded() ? 0 : 1;
                        writeOrder << k;
                    });
                }
            }
        }
        QVERIFY(QTest::qWaitFor([&] { return finished == 38; }, 60000));
        QCOMPARE(failed, 0);
        QList<int> inOrder;
        for (int i = 0; i < 30; ++i)
            inOrder << i;
        QCOMPARE(readOrder, inOrder);
        QCOMPARE(writeOrder, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));

        const auto log = f.server->requestLog();
        QCOMPARE(log.size(), 38); // nothing sent twice, nothing dropped
        QCOMPARE(count429(log), 0);
        QVERIFY(mostInAnyWindow(log, false) <= 20);
        QVERIFY(mostInAnyWindow(log, true) <= 5);
        // Calls did wait (30 > 20), and the wait was announced, then cleared.
        QVERIFY(!waits.isEmpty());
        bool announced = false;
        for (const auto &args : std::as_const(waits))
            announced = announced || args.at(0).toInt() > 0;
        QVERIFY(announced);
        QVERIFY(QTest::qWaitFor([&] { return f.provider->throttle()->waitSeconds() == 0; }, 10000));
        QCOMPARE(waits.last().at(0).toInt(), 0);
    }

    // A server stricter than the client's budget: its 429 with X-RateLimit-Reset
    // holds the lane until the reset, and the calls then succeed; none is lost.
    void serverLimitIsHonoured()
    {
        FernandFixture f;
        FernandSandboxOptions options;
        options.conversations = 10;
        options.windowMs = 2000;
        options.readsPerWindow = 3;
        RequestThrottle::Limits limits;
        limits.reads = 0; // the client does not know the server's limit: only 429 tells it
        QVERIFY(f.start(options, limits));
        QSignalSpy waits(f.provider, &InboxProvider::rateLimitWaitChanged);
        int ok = 0, done = 0;
        for (int i = 0; i < 5; ++i) {
            auto *call = f.client()->getConversation(QString::number(9001 + i));
            QObject::connect(call, &ApiCall::finished, [&, call] {
                ++done;
                ok += call->succeeded() ? 1 : 0;
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return done == 5; }, 30000));
        QCOMPARE(ok, 5);
        const auto log = f.server->requestLog();
        QVERIFY(count429(log) >= 1);
        int served = 0;
        for (const auto &e : log)
            served += e.request.status == 200 ? 1 : 0;
        QCOMPARE(served, 5);
        bool announced = false;
        for (const auto &args : std::as_const(waits))
            announced = announced || args.at(0).toInt() > 0;
        QVERIFY(announced);
        // The 429 carried Fernand's headers.
        QVERIFY(log.first().request.status == 200);
    }
};

QTEST_GUILESS_MAIN(TestFernandThrottle)
#include "tst_fernand_throttle.moc"
