// Faults against the sandbox: a route that keeps answering 500 marks only
// what it feeds as Error (the other tiles, trends and tables load), and its
// retry asks only that route again; a failed leaderboard row keeps its last
// figures and retries alone; offline, every figure already shown stays; a
// failure the server may get over is asked again by itself, a refusal is not.
#include "LeaderboardModel.h"
#include "ModalityModel.h"
#include "PipelineModel.h"
#include "ResponseRateStats.h"
#include "RetryLater.h"
#include "RetryPolicy.h"
#include "TeamLeaderboard.h"
#include "tst_dashboard_support.h"

using namespace repdesk;
using namespace repdesk::test;
using Tile = KpiTileModel::Tile;

namespace {
// Enough 500s to exhaust every retry of one request.
int attempts()
{
    return RetryPolicy().maxAttempts;
}
} // namespace

class TestDashboardFaults : public QObject
{
    Q_OBJECT
    DashboardFixture d;

private Q_SLOTS:
    void initTestCase() { QVERIFY(d.start()); }

    void aFailingRouteMarksOnlyWhatItFeeds()
    {
        auto s = d.session(QStringLiteral("route"));
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Last7Days));
        // One request at a time: the first asked (the response rate of the range) meets every 500.
        s->queue()->setMaxInFlight(1);
        d.f.server->injectFaults(attempts(), 500);
        s->start();
        QVERIFY(waitSettled(s.get()));

        KpiTileModel *tiles = s->tiles();
        QCOMPARE(tiles->state(Tile::ResponseRate).value, FigureState::Error);
        QVERIFY(!tiles->data(Tile::ResponseRate, KpiTileModel::ErrorTextRole).toString().isEmpty());
        QVERIFY(!tiles->data(Tile::ResponseRate, KpiTileModel::ValueRole).isValid());
        QVERIFY(tiles->data(Tile::ResponseRate, KpiTileModel::ChangeTextRole).toString().isEmpty());
        // Its previous period was its own request, and every other route was fine.
        QCOMPARE(tiles->state(Tile::ResponseRate, KpiTileModel::Period::Previous).value, FigureState::Loaded);
        for (Tile tile : {Tile::ResponseTime, Tile::MessagesReceived, Tile::MessagesSent, Tile::Conversations, Tile::SalesRate})
            QCOMPARE(tiles->state(tile).value, FigureState::Loaded);
        QCOMPARE(s->modality()->state().value, FigureState::Loaded);
        QCOMPARE(s->pipeline()->state().value, FigureState::Loaded);
        QVERIFY(s->trends()->isComplete());
        QCOMPARE(s->leaderboard()->loadedCount(), s->leaderboard()->rowCount());

        // Retry asks that route, for that period, and nothing else.
        const int before = d.f.requestCount();
        tiles->retry(tiles->rowOf(Tile::ResponseRate));
        QVERIFY(waitSettled(s.get()));
        const auto log = d.log();
        QCOMPARE(log.size() - before, 1);
        QVERIFY(log.last().path.endsWith(QStringLiteral("/analytics/conversations/response-rate")));
        QCOMPARE(tiles->state(Tile::ResponseRate).value, FigureState::Loaded);
        auto expected = run(d.f.client()->getResponseRate(d.f.org, s->range().dateRange()));
        REQUIRE_OK(expected);
        QCOMPARE(tiles->value(Tile::ResponseRate).value_or(-1), expected.value->responseRate.value_or(-1));
        QVERIFY(!tiles->data(Tile::ResponseRate, KpiTileModel::ChangeTextRole).toString().isEmpty());

        // A retry of a loaded route asks nothing.
        const int loaded = d.f.requestCount();
        tiles->retry(tiles->rowOf(Tile::ResponseTime));
        QTest::qWait(50);
        QCOMPARE(d.f.requestCount(), loaded);
    }

    void aFailedRowKeepsItsFiguresAndRetriesAlone()
    {
        auto s = d.session(QStringLiteral("row"));
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Last7Days));
        s->start();
        QVERIFY(waitSettled(s.get()));
        LeaderboardModel *board = s->leaderboard();
        QVERIFY(board->rowCount() > 1);
        const auto shown = board->value(0, LeaderboardModel::MessagesSentColumn);
        QVERIFY(shown);

        // The leaderboard asks again, one at a time: its first row meets every 500.
        s->queue()->setMaxInFlight(1);
        d.f.server->injectFaults(attempts(), 500);
        s->team()->refresh(s->range());
        QVERIFY(waitSettled(s.get()));
        QCOMPARE(board->state(0).value, FigureState::Error);
        QVERIFY(!board->index(0, 0).data(LeaderboardModel::ErrorTextRole).toString().isEmpty());
        QCOMPARE(board->value(0, LeaderboardModel::MessagesSentColumn), shown); // still shown
        for (int row = 1; row < board->rowCount(); ++row)
            QCOMPARE(board->state(row).value, FigureState::Loaded);

        const int before = d.f.requestCount();
        board->retry(0);
        QVERIFY(waitSettled(s.get()));
        QCOMPARE(d.f.requestCount() - before, 1);
        QVERIFY(d.log().last().path.contains(board->agentId(0)));
        QCOMPARE(board->state(0).value, FigureState::Loaded);
    }

    // Issue 13: "every view recovers by itself once the faults stop". The tile's failure says it
    // will be asked again, and it is, once, with nobody pressing Retry; the leaderboard row too.
    void aTransientFailureIsAskedAgainByItself()
    {
        auto s = d.session(QStringLiteral("recover"));
        // Long enough to see the failure while the rest of the load goes on (one request at a time).
        s->setRecoveryPolicy(RetryLater::backoff(1000, 1000));
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Today));
        s->queue()->setMaxInFlight(1);
        d.f.server->injectFaults(attempts(), 500);
        const int before = d.f.requestCount();
        s->start();
        KpiTileModel *tiles = s->tiles();
        QTRY_COMPARE_WITH_TIMEOUT(tiles->state(Tile::ResponseRate).value, FigureState::Error, 10000);
        const QString why = tiles->data(Tile::ResponseRate, KpiTileModel::ErrorTextRole).toString();
        QVERIFY2(why.contains(QStringLiteral("HTTP 500")) && why.endsWith(QStringLiteral("Repdesk asks again by itself.")),
                 qPrintable(why));
        QVERIFY(s->recoveringCount() >= 1);

        // Nobody presses Retry: the figure loads by itself, with one more request for it (the
        // last of its route, after its previous period's) than the transport's attempts.
        QTRY_COMPARE_WITH_TIMEOUT(tiles->state(Tile::ResponseRate).value, FigureState::Loaded, 10000);
        QVERIFY(waitSettled(s.get()));
        QList<SandboxRequestRecord> current;
        const auto all = d.log();
        for (int i = before; i < all.size(); ++i) {
            if (all.at(i).path.endsWith(QStringLiteral("/analytics/conversations/response-rate")))
                current << all.at(i);
        }
        QVERIFY(!current.isEmpty());
        const SandboxRequestRecord reasked = current.last();
        const auto sameDates = [&reasked](const SandboxRequestRecord &r) {
            return DashboardFixture::query(r, QStringLiteral("start_date")) == DashboardFixture::query(reasked, QStringLiteral("start_date"))
                && DashboardFixture::query(r, QStringLiteral("end_date")) == DashboardFixture::query(reasked, QStringLiteral("end_date"));
        };
        QCOMPARE(int(std::count_if(current.begin(), current.end(), sameDates)), attempts() + 1);
        QVERIFY(tiles->data(Tile::ResponseRate, KpiTileModel::ErrorTextRole).toString().isEmpty());
        QCOMPARE(s->recoveringCount(), 0);

        // A leaderboard row the same way.
        LeaderboardModel *board = s->leaderboard();
        QVERIFY(board->rowCount() > 0);
        d.f.server->injectFaults(attempts(), 503);
        s->team()->refresh(s->range());
        QTRY_COMPARE_WITH_TIMEOUT(board->state(0).value, FigureState::Error, 10000);
        QVERIFY(board->state(0).errorText.endsWith(QStringLiteral("Repdesk asks again by itself.")));
        QTRY_COMPARE_WITH_TIMEOUT(board->state(0).value, FigureState::Loaded, 10000);
        QVERIFY(waitSettled(s.get()));
        QCOMPARE(s->recoveringCount(), 0);
    }

    // A 429 is asked again after the server's Retry-After, not sooner; a new range drops the wait.
    void aRateLimitWaitsForRetryAfterAndANewRangeDropsIt()
    {
        auto s = d.session(QStringLiteral("limited"));
        s->setRecoveryPolicy(RetryLater::backoff(50, 50));
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Today));
        s->queue()->setMaxInFlight(1);
        d.f.server->injectFaults(attempts(), 429, 1);
        s->start();
        KpiTileModel *tiles = s->tiles();
        QTRY_COMPARE_WITH_TIMEOUT(tiles->state(Tile::ResponseRate).value, FigureState::Error, 15000);
        QCOMPARE(s->recoveringCount(), 1);
        QTest::qWait(400); // well past the policy's 50 ms, before the server's second
        QCOMPARE(tiles->state(Tile::ResponseRate).value, FigureState::Error);
        QTRY_COMPARE_WITH_TIMEOUT(tiles->state(Tile::ResponseRate).value, FigureState::Loaded, 10000);
        QVERIFY(waitSettled(s.get()));

        // Failed again, then the user picks another range: the old figure is not asked for.
        s->setRecoveryPolicy(RetryLater::backoff(DashboardFixture::kHourMs, DashboardFixture::kHourMs));
        d.f.server->injectFaults(attempts(), 500);
        s->refresh();
        QVERIFY(waitSettled(s.get()));
        QCOMPARE(tiles->state(Tile::ResponseRate).value, FigureState::Error);
        QCOMPARE(s->recoveringCount(), 1);
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Last30Days));
        QCOMPARE(s->recoveringCount(), 0);
        QVERIFY(waitSettled(s.get()));
    }

    // The server refused the request (a 400): asking again would get the same answer.
    void aRefusalIsNotAskedAgain()
    {
        auto s = d.session(QStringLiteral("refused"));
        s->setRecoveryPolicy(RetryLater::backoff(50, 50));
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Last7Days));
        s->queue()->setMaxInFlight(1);
        d.f.server->injectFaults(1, 400);
        s->start();
        QVERIFY(waitSettled(s.get()));
        KpiTileModel *tiles = s->tiles();
        QCOMPARE(tiles->state(Tile::ResponseRate).value, FigureState::Error);
        QVERIFY(!tiles->data(Tile::ResponseRate, KpiTileModel::ErrorTextRole).toString().contains(QStringLiteral("by itself")));
        QCOMPARE(s->recoveringCount(), 0);
        const int before = d.f.requestCount();
        QTest::qWait(300);
        QCOMPARE(d.f.requestCount(), before);
        QCOMPARE(tiles->state(Tile::ResponseRate).value, FigureState::Error);
    }

    void offlineTheShownFiguresStay()
    {
        auto s = d.session(QStringLiteral("offline"));
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Today));
        s->start();
        QVERIFY(waitSettled(s.get()));
        KpiTileModel *tiles = s->tiles();
        const auto sent = tiles->value(Tile::MessagesSent);
        const QDateTime fetched = tiles->data(Tile::MessagesSent, KpiTileModel::FetchedAtRole).toDateTime();
        QVERIFY(sent);

        // Every connection drops from now on: no answer reaches the app.
        d.f.server->injectFaults(100000, 0);
        s->refresh();
        QVERIFY(waitSettled(s.get()));
        d.f.server->injectFaults(0, 0);
        for (int row = 0; row < tiles->rowCount(); ++row) {
            QCOMPARE(tiles->index(row).data(KpiTileModel::StateRole).toInt(), int(FigureState::Error));
            QVERIFY(tiles->index(row).data(KpiTileModel::ValueRole).isValid());
        }
        QCOMPARE(tiles->value(Tile::MessagesSent), sent);
        QCOMPARE(tiles->data(Tile::MessagesSent, KpiTileModel::FetchedAtRole).toDateTime(), fetched);
        QCOMPARE(s->trends()->state(0).value, FigureState::Error);
        QVERIFY(s->trends()->value(0, TrendModel::SentColumn).has_value());

        // Back online: F5 brings every figure back to Loaded.
        s->refresh();
        QVERIFY(waitSettled(s.get()));
        QCOMPARE(tiles->state(Tile::MessagesSent).value, FigureState::Loaded);
        QVERIFY(tiles->data(Tile::MessagesSent, KpiTileModel::FetchedAtRole).toDateTime() >= fetched);
    }
};

QTEST_GUILESS_MAIN(TestDashboardFaults)
#include "tst_dashboard_faults.moc"
