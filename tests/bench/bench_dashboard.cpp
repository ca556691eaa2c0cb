// The dashboards on the paths a manager waits for:
// 1. a closed 12-week range, loaded once (12 week buckets, tiles, modality,
//    pipeline, leaderboard) and then again by a new session on the same
//    cache: how many requests each load makes, and how long until every
//    figure is shown;
// 2. a 20-agent leaderboard (and the organization's tiles and trends) built
//    from cached answers alone, against a server that is not there.
// Run: build/tests/bench/bench_dashboard [runs]   (prints one line per figure)
#include "AgentAnalytics.h"
#include "AnalyticsCodec.h"
#include "AnalyticsRequest.h"
#include "Account.h"
#include "Cache.h"
#include "CallQueue.h"
#include "DashboardSession.h"
#include "HyperRepProvider.h"
#include "KpiTileModel.h"
#include "LeaderboardModel.h"
#include "RetryPolicy.h"
#include "SalesIndex.h"
#include "SandboxServer.h"
#include "TrendModel.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace repdesk;

namespace {
struct Load
{
    int requests = 0;
    int analytics = 0;
    qint64 ms = 0;
};

Load load(SandboxServer &server, Account &account, Cache &cache, SalesIndex &sales, const QString &org,
          QDate first, QDate last)
{
    const int before = int(server.requestLog().size());
    QElapsedTimer timer;
    timer.start();
    DashboardSession session(account.provider(), &cache, &sales, org, QStringLiteral("bench"));
    session.setCustomRange(first, last);
    session.start();
    Load out;
    if (!QTest::qWaitFor([&] { return session.queue()->isIdle(); }, 60000))
        std::fprintf(stderr, "the load did not finish\n");
    out.ms = timer.elapsed();
    const auto log = server.requestLog();
    for (int i = before; i < log.size(); ++i) {
        ++out.requests;
        out.analytics += log.at(i).path.contains(QLatin1String("/analytics")) ? 1 : 0;
    }
    return out;
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RepdeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_dashboard"));
    QSettings().clear();
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    QTemporaryDir dir;

    // 1. Twelve closed weeks against the sandbox.
    SandboxOptions options;
    options.apiKey = QStringLiteral("bench-key");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.anchor = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc());
    SandboxServer server(options);
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    Account account(server.url(), QByteArrayLiteral("bench-key"));
    const QString org = server.organizationIds().value(0);
    Cache cache(dir.filePath(QStringLiteral("sandbox")), QStringLiteral("bench"));
    cache.openOrganization(org);
    SalesIndex sales;
    sales.setSource(account.provider(), &cache, org);
    sales.refresh(true);
    if (!QTest::qWaitFor([&] { return !sales.isLoading(); }, 60000))
        std::fprintf(stderr, "the sales walk did not finish\n");
    const QDate today = QDate::currentDate();
    const QDate lastSunday = today.addDays(-today.dayOfWeek());
    const QDate first = lastSunday.addDays(-12 * 7 + 1);
    const Load cold = load(server, account, cache, sales, org, first, lastSunday);
    QList<qint64> warm;
    Load again;
    for (int i = 0; i < runs; ++i) {
        again = load(server, account, cache, sales, org, first, lastSunday);
        warm << again.ms;
    }
    std::printf("12-week closed range, first load: %d requests (%d analytics), %lld ms\n", cold.requests,
                cold.analytics, static_cast<long long>(cold.ms));
    std::printf("12-week closed range, second load: %d requests (%d analytics), median %lld ms over %d\n",
                again.requests, again.analytics, static_cast<long long>(median(warm)), runs);

    // 2. Twenty agents from the cache alone; the server is gone.
    Cache offline(dir.filePath(QStringLiteral("offline")), QStringLiteral("bench"));
    const QString offlineOrg = QStringLiteral("HR_id_bench_org");
    offline.openOrganization(offlineOrg);
    QList<Agent> agents;
    for (int i = 0; i < 20; ++i)
        agents << Agent{QStringLiteral("HR_id_agent_%1").arg(i), QStringLiteral("Agent %1").arg(i, 2, 10, QLatin1Char('0')), {}};
    offline.upsertAgents(agents);
    const QDate closedLast = today.addDays(-1);
    const QDate closedFirst = closedLast.addDays(-29);
    const AnalyticsRange range = AnalyticsRange::custom(closedFirst, closedLast, QDateTime::currentDateTimeUtc());
    const QByteArray agentBody = R"({"conversations": {"conversationsRespondedTo": 42, "messagesSent": 118},
        "sales": {"pipeline": [{"name": "Qualified", "status": null, "volume": 24, "value": "28800.00"},
                               {"name": "Quoted", "status": "quote_sent", "volume": 18, "value": "21600.00"},
                               {"name": "Accepted", "status": "accepted", "volume": 11, "value": "13200.00"}],
                  "salesRate": 0.46}})";
    const CachedAnalytics agentEntry{QJsonDocument::fromJson(agentBody).toJson(QJsonDocument::Compact),
                                     QDateTime::currentDateTimeUtc(), true};
    for (const Agent &agent : agents) {
        AnalyticsRequest r;
        r.route = AnalyticsRequest::Route::AgentSummary;
        r.subject = agent.agentId;
        r.range = range.dateRange();
        offline.saveAnalytics(r.closedKey(), agentEntry);
    }
    Account dead(QUrl(QStringLiteral("http://127.0.0.1:9")), QByteArrayLiteral("bench-key"));
    dead.transport()->setRetryPolicy(RetryPolicy::none());
    QList<qint64> build;
    int loaded = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        DashboardSession session(dead.provider(), &offline, nullptr, offlineOrg, QStringLiteral("offline"));
        session.setCustomRange(closedFirst, closedLast);
        session.start();
        build << timer.nsecsElapsed() / 1000;
        loaded = session.leaderboard()->loadedCount();
        session.queue()->cancelAll();
    }
    std::printf("20-agent leaderboard from the cache: %d of 20 rows shown when start() returns, median %lld us over %d\n",
                loaded, static_cast<long long>(median(build)), runs);
    return 0;
}
