#pragma once

// The fault matrix (ctest label `faults`): what every tst_faults_* test shares. A real
// repdesk-sandbox on loopback whose faults are switched on one by one and all together, account
// sessions of the real session core on it, a count of the client's retries, and one printed line
// of figures per run.
//
// Time scale: the client's own timers are configurable, so a "minute" is shortened 60 times. The
// poll interval (60 s in the app) is 1 s, the transport's backoff (400 ms doubling to 10 s) 9 ms
// doubling to 166 ms, the settle time of a send or create whose answer was lost (the transfer
// timeout, 30 s) 500 ms, and "the server gone for a minute" is kOutageMs = 1 s of refused
// connections: as in the app, the outage outlasts a whole retry ladder and at least one poll.
// ReplySends' checks (1 s) take 100 ms, a little under the sandbox's autosend delay (300 ms). The
// server's own Retry-After (1 s) and the 2 s latency are kept as they are: they are the server's.

#include "AccountSession.h"
#include "ApiCall.h"
#include "OrganizationSession.h"
#include "Poller.h"
#include "Records.h"
#include "ReplySends.h"
#include "SandboxFixture.h"
#include "SettingsKeys.h"

#include <QChildEvent>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <vector>

namespace repdesk::test {

// One fault of the matrix; rows combine them.
enum Fault : unsigned {
    Latency = 1u << 0,      // every answer 2 s late
    ServerErrors = 1u << 1, // 20% of requests answer 500
    RateLimit = 1u << 2,    // every 5th request answers 429 with Retry-After: 1
    Malformed = 1u << 3,    // 10% of answers are a 200 with broken JSON
    MidBody = 1u << 4,      // 10% of requests processed, their answer cut in the middle of its body
    DropAfter = 1u << 5,    // 10% of requests processed, then the connection dropped before any answer
    Restart = 1u << 6,      // the server restarts in the middle of the flow (every connection cut)
    Outage = 1u << 7,       // the server is gone for "a minute" (kOutageMs) in the middle of the flow
    AllFaults = (1u << 8) - 1,
};

constexpr int kTimeScale = 60;
constexpr int kPollIntervalMs = 60000 / kTimeScale;
constexpr int kOutageMs = 60000 / kTimeScale;
constexpr int kLatencyMs = 2000;

// The rows of a data-driven test: each fault alone, then all of them together.
inline void addFaultRows()
{
    QTest::addColumn<unsigned>("faults");
    QTest::newRow("latency 2s") << unsigned(Latency);
    QTest::newRow("5xx 20%") << unsigned(ServerErrors);
    QTest::newRow("429 every 5th") << unsigned(RateLimit);
    QTest::newRow("malformed JSON") << unsigned(Malformed);
    QTest::newRow("dropped mid-body") << unsigned(MidBody);
    QTest::newRow("processed then dropped") << unsigned(DropAfter);
    QTest::newRow("restart") << unsigned(Restart);
    QTest::newRow("server gone") << unsigned(Outage);
    QTest::newRow("all combined") << unsigned(AllFaults);
}

// Counts the retries of every call of a transport: each call is the transport's child, and says
// `retrying` before it waits to try again.
class RetryCounter : public QObject
{
public:
    explicit RetryCounter(Transport *transport) { transport->installEventFilter(this); }
    int retries = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded) {
            // Still being constructed as ApiCall: connect once its constructor is done (a retry
            // comes after an answer, so never before the event loop runs).
            QPointer<QObject> child = static_cast<QChildEvent *>(event)->child();
            QTimer::singleShot(0, this, [this, child] {
                if (auto *call = qobject_cast<ApiCall *>(child.data()))
                    connect(call, &ApiCall::retrying, this, [this] { ++retries; });
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

struct FaultFixture : SandboxFixture
{
    QTemporaryDir dir;
    std::vector<std::unique_ptr<Account>> accounts; // outlive the sessions made on them
    std::vector<std::unique_ptr<RetryCounter>> counters;
    int storages = 0;

    bool startFaults(SandboxOptions options, const QString &testName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RepdeskTests"));
        QCoreApplication::setApplicationName(testName);
        QSettings().clear();
        QSettings().setValue(SettingsKeys::pollIntervalSeconds(), 1);
        Poller::allowShortIntervalsForTests(true);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        options.anchor = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc());
        return dir.isValid() && start(options);
    }

    static RetryPolicy scaledRetries()
    {
        RetryPolicy p;
        p.baseDelayMs = 400 / kTimeScale + 3;
        p.maxDelayMs = 10000 / kTimeScale;
        return p;
    }

    void apply(unsigned faults)
    {
        server->setLatencyMs(faults & Latency ? kLatencyMs : 0);
        server->setFailRate(faults & ServerErrors ? 0.2 : 0.0);
        server->setRateLimitEvery(faults & RateLimit ? 5 : 0);
        server->setMalformedRate(faults & Malformed ? 0.1 : 0.0);
        server->setDropMidBodyRate(faults & MidBody ? 0.1 : 0.0);
        server->setDropAfterRate(faults & DropAfter ? 0.1 : 0.0);
    }
    // The rates may spare the few requests of a flow: the next one (the next POST for a drop after
    // processing) meets each fault switched on for sure.
    void hitNext(unsigned faults)
    {
        if (faults & ServerErrors)
            server->injectFaults(1, 500);
        else if (faults & RateLimit)
            server->injectFaults(1, 429, 1);
        else if (faults & Malformed)
            server->injectMalformed(1);
        else if (faults & MidBody)
            server->injectDropMidBody(1);
        if (faults & DropAfter)
            server->injectDropAfterProcessing(1, QStringLiteral("POST"));
    }
    // The faults that happen once, in the middle of a flow: a restart, then the outage.
    void midFlow(unsigned faults)
    {
        if (faults & Restart)
            server->interrupt(0);
        if (faults & Outage) {
            server->interrupt(kOutageMs);
            QTest::qWait(kOutageMs / 2);
        }
    }
    void clearFaults()
    {
        apply(0);
        server->injectFaults(0, 500);
        server->injectMalformed(0);
        server->injectDropMidBody(0);
        server->injectDropAfterProcessing(0);
        (void)QTest::qWaitFor([this] { return server->isListening(); }, 2 * kOutageMs + 1000);
    }

    // An account session on the sandbox, on a cold cache of its own, with `org` open; null if it did
    // not open. Its transport counts retries into the last of `counters`.
    std::unique_ptr<AccountSession> openAccount(bool waitForOrganization = true)
    {
        accounts.push_back(std::make_unique<Account>(server->url(), QByteArrayLiteral("test-key")));
        accounts.back()->transport()->setRetryPolicy(scaledRetries());
        counters.push_back(std::make_unique<RetryCounter>(accounts.back()->transport()));
        AccountSession::Identity id;
        id.label = QStringLiteral("Sandbox");
        id.server = server->url();
        id.storageId = QStringLiteral("faults-%1").arg(++storages);
        auto session = std::make_unique<AccountSession>(accounts.back()->provider(), id, dir.path());
        session->replySends()->setBaseDelayMs(100);
        session->replySends()->setSettleMs(30000 / kTimeScale);
        session->start(org);
        if (waitForOrganization
            && !QTest::qWaitFor([&] { return session->organization() && session->organization()->organizationId() == org; },
                                60000))
            return nullptr;
        return session;
    }
    int retries() const { return counters.empty() ? 0 : counters.back()->retries; }
};

// One line of figures per run, read by people and by README's Reliability table.
struct Figures
{
    int requests = 0;
    int retries = 0;
    int recoveries = 0; // models or flows that were in error or in doubt under the faults, recovered after
    int duplicates = 0;
    int lost = 0;       // characters of typed text neither on the server nor kept locally

    void print(const char *flow) const
    {
        std::printf("FAULTS %s [%s]: requests=%d retries=%d recoveries=%d duplicates=%d lost=%d\n", flow,
                    QTest::currentDataTag(), requests, retries, recoveries, duplicates, lost);
        std::fflush(stdout);
    }
};

} // namespace repdesk::test
