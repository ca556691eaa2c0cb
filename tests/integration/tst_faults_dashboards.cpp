// Fault matrix, dashboards: an organization's dashboards opened while the sandbox misbehaves (each
// fault alone, then all together) with F5 pressed under the faults and the server restarting or
// gone in the middle. Once the faults stop, every figure must come back by itself, without F5 or
// Retry: each tile (both periods), each trend bucket, the pipeline, the modality table, the team
// leaderboard (its agent list and every row) and the legacy page's check, with nothing left in
// flight or waiting. Figures in error along the way are counted as recoveries. Prints one line of
// figures per run.
#include "DashboardSession.h"
#include "KpiTileModel.h"
#include "LeaderboardModel.h"
#include "LegacyAnalytics.h"
#include "ModalityModel.h"
#include "PipelineModel.h"
#include "RetryLater.h"
#include "TrendModel.h"
#include "tst_faults_support.h"

#include <QSet>

using namespace repdesk;
using namespace repdesk::test;

class TestFaultsDashboards : public QObject
{
    Q_OBJECT
    FaultFixture f;

    // The figures in error now, by name.
    static QSet<QString> failed(DashboardSession *s)
    {
        QSet<QString> out;
        KpiTileModel *tiles = s->tiles();
        for (KpiTileModel::Tile tile : tiles->tiles()) {
            for (KpiTileModel::Period period : {KpiTileModel::Period::Current, KpiTileModel::Period::Previous}) {
                if (tiles->state(tile, period).value == FigureState::Error)
                    out << QStringLiteral("tile %1/%2").arg(int(tile)).arg(int(period));
            }
        }
        for (int row = 0; row < s->trends()->rowCount(); ++row) {
            if (s->trends()->state(row).value == FigureState::Error)
                out << QStringLiteral("bucket %1").arg(row);
        }
        if (s->pipeline()->state().value == FigureState::Error)
            out << QStringLiteral("pipeline");
        if (s->modality() && s->modality()->state().value == FigureState::Error)
            out << QStringLiteral("modality");
        LeaderboardModel *board = s->leaderboard();
        if (board->agentsState().value == FigureState::Error)
            out << QStringLiteral("agents");
        for (int row = 0; row < board->rowCount(); ++row) {
            if (board->state(row).value == FigureState::Error)
                out << QStringLiteral("agent ") + board->agentId(row);
        }
        if (s->legacy()->availability() == LegacyAnalytics::Availability::Error)
            out << QStringLiteral("legacy");
        return out;
    }

    // Every figure loaded, nothing in flight, nothing waiting to be asked again.
    static bool healthy(DashboardSession *s)
    {
        if (!s->queue()->isIdle() || s->recoveringCount() > 0 || !failed(s).isEmpty())
            return false;
        KpiTileModel *tiles = s->tiles();
        for (KpiTileModel::Tile tile : tiles->tiles()) {
            if (tiles->state(tile).value != FigureState::Loaded
                || tiles->state(tile, KpiTileModel::Period::Previous).value != FigureState::Loaded)
                return false;
        }
        LeaderboardModel *board = s->leaderboard();
        return s->trends()->isComplete() && s->pipeline()->state().value == FigureState::Loaded
            && s->modality()->state().value == FigureState::Loaded && board->rowCount() > 0
            && board->loadedCount() == board->rowCount() && board->agentsState().value == FigureState::Loaded
            && s->legacy()->availability() == LegacyAnalytics::Availability::Available;
    }

    static QString why(DashboardSession *s)
    {
        return QStringLiteral("in flight=%1 waiting=%2 recovering=%3 failed=[%4] legacy=%5 rows=%6/%7 tile error=%8")
            .arg(s->queue()->inFlightCount())
            .arg(s->queue()->pendingCount())
            .arg(s->recoveringCount())
            .arg(QStringList(failed(s).values()).join(QStringLiteral(", ")))
            .arg(int(s->legacy()->availability()))
            .arg(s->leaderboard()->loadedCount())
            .arg(s->leaderboard()->rowCount())
            .arg(s->tiles()->state(KpiTileModel::Tile::ResponseRate).errorText);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.liveActivityMs = 0;
        QVERIFY(f.startFaults(o, QStringLiteral("tst_faults_dashboards")));
    }

    void init() { f.clearFaults(); }

    void dashboardsRecoverByThemselves_data() { addFaultRows(); }
    void dashboardsRecoverByThemselves()
    {
        QFETCH(unsigned, faults);
        auto account = f.openAccount();
        QVERIFY(account);
        OrganizationSession *o = account->organization();
        f.server->clearRequestLog();
        f.apply(faults);
        f.hitNext(faults); // the first figure asked

        DashboardSession *s = o->dashboards();
        QVERIFY(s);
        // The app's recovery (2 s doubling to a minute) on the matrix's time scale.
        s->setRecoveryPolicy(RetryLater::backoff(2000 / kTimeScale, 60000 / kTimeScale));
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Last7Days));
        QSet<QString> everFailed;
        QTimer sample;
        connect(&sample, &QTimer::timeout, this, [&] { everFailed += failed(s); });
        sample.start(20);
        s->start();
        s->legacy()->load(); // the legacy page shown too
        // Whatever the faults let through within a reader's patience; failures are expected.
        (void)QTest::qWaitFor([&] { return s->queue()->isIdle(); }, 15000);
        f.midFlow(faults);
        f.hitNext(faults);
        s->refresh(); // F5, still under the faults
        QTest::qWait(500);

        f.clearFaults();
        // By itself: no F5, no Retry. The longest wait of the recovery (a scaled minute), a 2 s answer.
        const bool recovered = QTest::qWaitFor([&] { return healthy(s); }, 30000);
        sample.stop();
        QVERIFY2(recovered, qPrintable(why(s)));

        Figures figures;
        figures.requests = f.requestCount();
        figures.retries = f.retries();
        figures.recoveries = int(everFailed.size());
        QSet<QString> agents;
        for (int row = 0; row < s->leaderboard()->rowCount(); ++row) {
            figures.duplicates += agents.contains(s->leaderboard()->agentId(row)) ? 1 : 0;
            agents << s->leaderboard()->agentId(row);
        }
        figures.print("dashboards");
        QCOMPARE(figures.duplicates, 0);
        account.reset();
    }
};

QTEST_GUILESS_MAIN(TestFaultsDashboards)
#include "tst_faults_dashboards.moc"
