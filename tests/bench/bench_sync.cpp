// The full reconciliation walk (InboxSync, limit 500) of a large organization,
// as the app runs it at every start and every 15 minutes: how long the UI
// thread stalls at once, and how long the walk takes. The sandbox serves from
// its own thread (as in `repdesk --demo`), so every stall measured is the
// client's: decoding, merging into the model, writing the cache.
//
// The stall is the longest gap between two turns of the event loop, seen by a
// 1 ms precise timer. Walks:
// - cold: an empty cache and list (a first start);
// - warm: a restart, the list painted from a cache that already holds every
//   conversation (what every later start and every 15-minute walk does).
//
// Run: build/tests/bench/bench_sync [conversations] [warm runs]   (defaults: 100000, 3)
// Generating the sandbox's conversations takes a while; set
// REPDESK_BENCH_SANDBOX_DIR to a folder to keep the generated data for the next run.
#include "Account.h"
#include "Cache.h"
#include "ConversationListModel.h"
#include "InboxProvider.h"
#include "InboxSync.h"
#include "SandboxHost.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace repdesk;

namespace {
// The longest gap between two timeouts of a 1 ms timer: while the UI thread
// works, no timer fires, so the gap is the stall the user would feel.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_over50 += now - m_lastNs > 50000000 ? 1 : 0;
            m_lastNs = now;
        });
    }
    void start()
    {
        m_longestNs = 0;
        m_over50 = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        // The tail after the last timeout counts too.
        const qint64 tail = m_clock.nsecsElapsed() - m_lastNs;
        m_longestNs = std::max(m_longestNs, tail);
        m_over50 += tail > 50000000 ? 1 : 0;
        return m_longestNs / 1e6;
    }
    int stallsOver50ms() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    int m_over50 = 0;
};

struct Sample
{
    double stallMs = 0;
    double totalMs = 0;
    int over50 = 0;
    int rows = 0;
    bool ok = false;
};

Sample walkOnce(InboxProvider *provider, Cache *cache, const QString &org, bool fromCache)
{
    ConversationListModel model;
    model.setSource(provider, cache, nullptr, org);
    if (fromCache)
        model.loadFromCache(); // as OrganizationSession::start() does, before the sync
    InboxSync sync;
    sync.setSource(provider, cache, &model, org);
    if (!sync.lastSync().isValid())
        sync.markSynced(QDateTime::currentDateTimeUtc());

    Sample sample;
    QEventLoop loop;
    QObject::connect(&sync, &InboxSync::finished, &loop, [&](const ApiError &error) {
        sample.ok = !error.isError();
        if (error.isError())
            std::fprintf(stderr, "walk failed: %s\n", qPrintable(error.message()));
        loop.quit();
    });
    StallMeter meter;
    QElapsedTimer total;
    // Let the event loop settle after loading the model, so its stall is not counted.
    QTimer::singleShot(50, &loop, [&] {
        meter.start();
        total.start();
        sync.syncNow();
    });
    loop.exec();
    sample.totalMs = total.nsecsElapsed() / 1e6;
    sample.stallMs = meter.stopMs();
    sample.over50 = meter.stallsOver50ms();
    sample.rows = model.itemRowCount();
    return sample;
}

void print(const char *what, const Sample &s)
{
    std::printf("%-5s walk: %6d rows, total %8.1f ms, longest UI stall %7.1f ms, stalls over 50 ms: %d%s\n", what,
                s.rows, s.totalMs, s.stallMs, s.over50, s.ok ? "" : " (FAILED)");
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int conversations = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    const int warmRuns = argc > 2 ? std::max(1, atoi(argv[2])) : 3;

    QTemporaryDir temp;
    const QString keptDir = qEnvironmentVariable("REPDESK_BENCH_SANDBOX_DIR");
    SandboxOptions options;
    options.apiKey = QStringLiteral("bench-key");
    options.conversations = conversations;
    options.anchor = QDateTime(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC);
    options.dataDir = keptDir.isEmpty() ? temp.filePath(QStringLiteral("sandbox"))
                                        : QStringLiteral("%1/%2").arg(keptDir).arg(conversations);
    QElapsedTimer generation;
    generation.start();
    SandboxHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "sandbox failed to start: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("sandbox ready with %d conversations in %.1f s\n", conversations, generation.elapsed() / 1000.0);

    Account account(host.url(), options.apiKey.toUtf8());
    QString org;
    {
        QEventLoop loop;
        auto *call = account.provider()->listOrganizations();
        QObject::connect(call, &ApiCall::finished, &loop, [&] {
            if (call->succeeded() && !call->result().items.isEmpty())
                org = call->result().items.first().organizationId;
            loop.quit();
        });
        loop.exec();
    }
    if (org.isEmpty()) {
        std::fprintf(stderr, "no organization\n");
        return 1;
    }

    {
        // The floor: the longest gap with nothing to do (a busy machine preempts the thread too).
        StallMeter idle;
        QEventLoop loop;
        idle.start();
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        std::printf("idle: longest gap over 2 s %.1f ms\n", idle.stopMs());
    }
    Cache cache(temp.filePath(QStringLiteral("cache")), QStringLiteral("bench"));
    if (!cache.openOrganization(org))
        return 1;
    const Sample cold = walkOnce(account.provider(), &cache, org, false);
    print("cold", cold);
    QList<Sample> warm;
    for (int i = 0; i < warmRuns; ++i) {
        warm << walkOnce(account.provider(), &cache, org, true);
        print("warm", warm.last());
    }
    const auto median = [&warm](double Sample::*field) {
        QList<double> v;
        for (const Sample &s : std::as_const(warm))
            v << s.*field;
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    std::printf("warm median: total %.1f ms, longest UI stall %.1f ms (cache holds %d)\n", median(&Sample::totalMs),
                median(&Sample::stallMs), cache.conversationCount());
    return cold.ok && std::all_of(warm.cbegin(), warm.cend(), [](const Sample &s) { return s.ok; }) ? 0 : 1;
}
