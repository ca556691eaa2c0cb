// The dashboards never contradict themselves. For several ranges (and a time
// zone far from UTC) the drill-down of every pipeline stage lists exactly as
// many sales as the stage's volume the server gave, and every agent's
// leaderboard row shows the same pipeline value, volume and sales rate as
// that agent's own tiles; the figures also equal what a client rebuilds from
// GET /sales by the rule the sandbox documents (created in the range, counted
// in the stage the sale is in now). Against a server that counts every stage
// a sale reached, the drill-down follows that rule instead. When a sale moves
// after the sales index was walked, the drill-down walks it again and agrees;
// when it cannot, it says so. A past range's pipeline is asked again, never
// kept for good. The demo gives a sales rate above zero for the last 7 and 30 days.
#include "AgentAnalytics.h"
#include "LeaderboardModel.h"
#include "PipelineModel.h"
#include "StageSalesModel.h"
#include "TeamLeaderboard.h"
#include "tst_dashboard_support.h"

using namespace repdesk;
using namespace repdesk::test;
using Preset = AnalyticsRange::Preset;
using Tile = KpiTileModel::Tile;
using Agreement = StageSalesModel::Agreement;

class TestDashboardAgreement : public QObject
{
    Q_OBJECT
    DashboardFixture d;

    // The stage counts a client rebuilds from the sales it walked.
    QHash<QString, int> countsFromSales(const DateRange &range, const QString &ownerId = {}) const
    {
        QHash<QString, int> counts;
        const QList<Sale> all = d.sales->allSales();
        for (const Sale &sale : all) {
            if (!sale.currentStatus || (!ownerId.isEmpty() && sale.ownerId != ownerId))
                continue;
            if (sale.createdAt >= range.start && sale.createdAt < range.end)
                ++counts[sale.currentStatus->label];
        }
        return counts;
    }

    void checkStages(DashboardSession *s, const QString &ownerId, const char *where)
    {
        PipelineModel *pipeline = s->pipeline();
        QCOMPARE(pipeline->state().value, FigureState::Loaded);
        QVERIFY(pipeline->rowCount() > 0);
        const QHash<QString, int> rebuilt = countsFromSales(s->current()->range().dateRange(), ownerId);
        for (int row = 0; row < pipeline->rowCount(); ++row) {
            const QString name = pipeline->stageName(row);
            const int volume = pipeline->index(row, PipelineModel::VolumeColumn).data(Qt::UserRole).toInt();
            s->openStage(name);
            const QString context = QStringLiteral("%1, %2, stage %3: volume %4, listed %5")
                                        .arg(QLatin1String(where), s->range().label(), name)
                                        .arg(volume)
                                        .arg(s->stageSales()->rowCount());
            QVERIFY2(s->stageSales()->rowCount() == volume, qPrintable(context));
            QVERIFY2(rebuilt.value(name) == volume, qPrintable(context));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.conversations = 400; // the demo's size: enough sales in every range
        QVERIFY(d.start(options));
    }
    void init() { QSettings().clear(); }

    void drillDownCountsEqualStageVolumes_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QByteArray>("zone");
        for (Preset preset : {Preset::Today, Preset::Last7Days, Preset::Last30Days, Preset::ThisQuarter,
                              Preset::LastQuarter}) {
            const QByteArray name = AnalyticsRange::presetKey(preset).toLatin1();
            QTest::newRow(name + " UTC") << int(preset) << QByteArray("UTC");
            QTest::newRow(name + " Pacific/Kiritimati") << int(preset) << QByteArray("Pacific/Kiritimati");
        }
    }

    void drillDownCountsEqualStageVolumes()
    {
        QFETCH(int, preset);
        QFETCH(QByteArray, zone);
        auto s = d.session();
        s->setTimeZone(QTimeZone(zone));
        QVERIFY(s->setPreset(Preset(preset)));
        s->start();
        QVERIFY(waitSettled(s.get()));
        checkStages(s.get(), {}, "organization");
        QVERIFY(!QTest::currentTestFailed());

        // Each agent with sales in the range: their own stages.
        LeaderboardModel *board = s->leaderboard();
        QVERIFY(QTest::qWaitFor([board] { return board->rowCount() > 0 && board->loadedCount() == board->rowCount(); },
                                30000));
        int checked = 0;
        for (int row = 0; row < board->rowCount() && checked < 3; ++row) {
            if (board->value(row, LeaderboardModel::PipelineVolumeColumn).value_or(0) <= 0)
                continue;
            const QString agentId = board->agentId(row);
            s->openAgent(agentId);
            QVERIFY(waitSettled(s.get()));
            checkStages(s.get(), agentId, "agent");
            QVERIFY(!QTest::currentTestFailed());
            s->backToOrganization();
            ++checked;
        }
    }

    void leaderboardRowsEqualAgentTiles_data()
    {
        QTest::addColumn<int>("preset");
        for (Preset preset : {Preset::Last7Days, Preset::Last30Days, Preset::LastQuarter})
            QTest::newRow(AnalyticsRange::presetKey(preset).toLatin1()) << int(preset);
    }

    void leaderboardRowsEqualAgentTiles()
    {
        QFETCH(int, preset);
        auto s = d.session();
        QVERIFY(s->setPreset(Preset(preset)));
        s->start();
        QVERIFY(waitSettled(s.get()));
        LeaderboardModel *board = s->leaderboard();
        QVERIFY(board->rowCount() > 0);
        QCOMPARE(board->loadedCount(), board->rowCount());
        const QList<Agent> agents = board->agents();
        int withValue = 0;
        for (const Agent &agent : agents) {
            const int row = board->rowOf(agent.agentId);
            const auto boardValue = board->value(row, LeaderboardModel::PipelineValueColumn);
            const auto boardVolume = board->value(row, LeaderboardModel::PipelineVolumeColumn);
            const auto boardRate = board->value(row, LeaderboardModel::SalesRateColumn);
            s->openAgent(agent.agentId);
            QVERIFY(waitSettled(s.get()));
            const QString context = QStringLiteral("%1, %2").arg(agent.name, s->range().label());
            QVERIFY2(s->tiles()->value(Tile::PipelineValue) == boardValue, qPrintable(context));
            QVERIFY2(s->tiles()->value(Tile::SalesRate) == boardRate, qPrintable(context));
            QVERIFY2(double(s->pipeline()->totalVolume()) == boardVolume.value_or(-1), qPrintable(context));
            // What the tile and the row display, not only their raw values.
            QCOMPARE(s->tiles()->data(Tile::PipelineValue, KpiTileModel::ValueTextRole).toString(),
                     board->index(row, LeaderboardModel::PipelineValueColumn).data(Qt::DisplayRole).toString());
            withValue += boardValue.value_or(0) > 0 ? 1 : 0;
            s->backToOrganization();
        }
        QVERIFY(withValue > 0);
    }

    void aServerCountingStagesReachedIsFollowed()
    {
        // Another server, whose stages count every sale that reached them (the funnel the docs'
        // example fits): the drill-down lists those sales, not the ones now in the stage.
        DashboardFixture funnel;
        SandboxOptions options;
        options.conversations = 400;
        options.pipelineRule = SandboxOptions::PipelineRule::StagesReached;
        QVERIFY(funnel.start(options));
        auto s = funnel.session();
        QVERIFY(s->setPreset(Preset::LastQuarter));
        s->start();
        QVERIFY(waitSettled(s.get()));
        PipelineModel *pipeline = s->pipeline();
        QVERIFY(pipeline->rowCount() > 0);
        bool someMovedOn = false;
        for (int row = 0; row < pipeline->rowCount(); ++row) {
            const QString name = pipeline->stageName(row);
            s->openStage(name);
            StageSalesModel *stage = s->stageSales();
            // The first stage walks the index again (it predates the figure) before adopting a rule.
            QVERIFY(QTest::qWaitFor([stage] { return stage->agreement() == Agreement::Agrees; }, 20000));
            QCOMPARE(stage->rule(), PipelineRule::Rule::CreatedReachedStage);
            QCOMPARE(stage->rowCount(), pipeline->index(row, PipelineModel::VolumeColumn).data(Qt::UserRole).toInt());
            QCOMPARE(stage->figureVolume(), stage->rowCount());
            for (int i = 0; i < stage->rowCount(); ++i) {
                bool reached = false;
                for (const SaleStatus &status : stage->sale(i)->statusHistory)
                    reached = reached || status.label == name;
                QVERIFY(reached);
                someMovedOn = someMovedOn || stage->sale(i)->currentStatus->label != name;
            }
        }
        QVERIFY2(someMovedOn, "the rules differ on this data, or the test proves nothing");
    }

    void salesRateIsAboveZeroForRecentRanges()
    {
        for (Preset preset : {Preset::Last7Days, Preset::Last30Days}) {
            auto s = d.session();
            QVERIFY(s->setPreset(preset));
            s->start();
            QVERIFY(waitSettled(s.get()));
            QVERIFY2(s->tiles()->value(Tile::SalesRate).value_or(0) > 0, qPrintable(s->range().label()));
            QVERIFY2(s->tiles()->value(Tile::SalesRate).value_or(1) < 1, qPrintable(s->range().label()));
        }
    }

    // From here on the tests move sales: the sandbox's data is no longer the generated set.

    void aSaleThatMovedAfterTheWalkIsFoundByWalkingAgain()
    {
        auto s = d.session();
        QVERIFY(s->setPreset(Preset::Last30Days));
        s->start();
        QVERIFY(waitSettled(s.get()));
        // A sale of the range that is not won yet, and the stage it is won into.
        const Sale *moving = nullptr;
        const QList<Sale> all = d.sales->allSales();
        for (const Sale &sale : all) {
            if (!moving && sale.currentStatus && sale.currentStatus->label != QLatin1String("Accepted")
                && sale.createdAt >= s->range().start())
                moving = &sale;
        }
        QVERIFY(moving);
        s->openStage(QStringLiteral("Accepted"));
        StageSalesModel *stage = s->stageSales();
        QVERIFY(QTest::qWaitFor([stage] { return stage->agreement() == Agreement::Agrees; }, 20000));
        const int won = stage->rowCount();
        QVERIFY(d.sales->isFresh()); // so it would not walk again by itself

        // The sale is won; F5 asks the figures again, and the chart counts one more.
        QVERIFY(d.f.server->simulateSaleMove(moving->saleId, QStringLiteral("Accepted")));
        const int before = d.f.requestCount();
        s->refresh();
        QVERIFY(waitSettled(s.get()));
        QVERIFY(QTest::qWaitFor([stage] { return stage->agreement() == Agreement::Agrees; }, 20000));
        QCOMPARE(stage->figureVolume(), won + 1);
        QCOMPARE(stage->rowCount(), won + 1);
        QVERIFY(stage->rowOfSale(moving->saleId) >= 0);
        QVERIFY2(d.count(QStringLiteral("/sales"), before) > 0, "the index was walked again");
    }

    void whenTheSalesCannotBeWalkedAgainThePageSaysTheyDiffer()
    {
        auto s = d.session();
        QVERIFY(s->setPreset(Preset::Last30Days));
        s->start();
        QVERIFY(waitSettled(s.get()));
        s->openStage(QStringLiteral("Lost"));
        StageSalesModel *stage = s->stageSales();
        QVERIFY(QTest::qWaitFor([stage] { return stage->agreement() == Agreement::Agrees; }, 20000));
        // Every name of the stage is known by now: the walk is the only request to come.
        QVERIFY(QTest::qWaitFor([stage] {
            for (int row = 0; row < stage->rowCount(); ++row) {
                if (stage->index(row, StageSalesModel::CompanyColumn).data(StageSalesModel::NameStateRole).toInt()
                    == int(StageSalesModel::NameState::Loading))
                    return false;
            }
            return true;
        }, 20000));
        const int lost = stage->rowCount();
        const Sale *moving = nullptr;
        const QList<Sale> all = d.sales->allSales();
        for (const Sale &sale : all) {
            if (!moving && sale.currentStatus && sale.currentStatus->label == QLatin1String("Qualified")
                && sale.createdAt >= s->range().start())
                moving = &sale;
        }
        QVERIFY(moving);
        QVERIFY(d.f.server->simulateSaleMove(moving->saleId, QStringLiteral("Lost")));
        // Back on the dashboard (no stage open) while F5 asks the figures again.
        s->openStage(QString());
        s->refresh();
        QVERIFY(waitSettled(s.get()));
        // The walk the drill-down asks for is refused: it cannot rebuild the figure, and says so.
        const int before = d.f.requestCount();
        d.f.server->injectFaults(1, 404);
        s->openStage(QStringLiteral("Lost"));
        QVERIFY(QTest::qWaitFor([stage] { return stage->agreement() == Agreement::Differs; }, 20000));
        QCOMPARE(stage->figureVolume(), lost + 1);
        QCOMPARE(stage->rowCount(), lost);
        QCOMPARE(stage->rule(), PipelineRule::kFallback);
        QCOMPARE(d.count(QStringLiteral("/sales"), before), 1); // once per figure, not again and again
        // The next figure (F5) may walk again; now it works.
        s->refresh();
        QVERIFY(QTest::qWaitFor([stage] { return stage->agreement() == Agreement::Agrees; }, 20000));
        QCOMPARE(stage->rowCount(), lost + 1);
    }

    void aPastRangesPipelineIsAskedAgainAndTheTeamAgrees()
    {
        {
            auto s = d.session();
            QVERIFY(s->setPreset(Preset::LastQuarter));
            s->start();
            QVERIFY(waitSettled(s.get()));
            QVERIFY(s->range().isClosed());
        }
        // Last quarter is over, but its sales move on: one of them is won today.
        auto s = d.session();
        QVERIFY(s->setPreset(Preset::LastQuarter));
        const DateRange range = s->range().dateRange();
        const Sale *moving = nullptr;
        const QList<Sale> all = d.sales->allSales();
        for (const Sale &sale : all) {
            if (!moving && sale.currentStatus && sale.currentStatus->label != QLatin1String("Accepted")
                && sale.createdAt >= range.start && sale.createdAt < range.end)
                moving = &sale;
        }
        QVERIFY(moving);
        const QString agentId = moving->ownerId;
        QVERIFY(d.f.server->simulateSaleMove(moving->saleId, QStringLiteral("Accepted")));
        auto expected = run(d.f.client()->getAgentAnalytics(d.f.org, agentId, range));
        REQUIRE_OK(expected);

        // The next start asks the pipelines again rather than showing the first answer for good.
        const int before = d.f.requestCount();
        s->start();
        QVERIFY(waitSettled(s.get()));
        LeaderboardModel *board = s->leaderboard();
        const int row = board->rowOf(agentId);
        QVERIFY(row >= 0);
        QCOMPARE(board->value(row, LeaderboardModel::SalesRateColumn).value_or(-1),
                 expected.value->sales.salesRate.value_or(-1));
        QVERIFY(d.count(QStringLiteral("/analytics/sales"), before) > 0);
        // The sales index was walked before the sale moved: the drill-down walks it again. (With
        // some minutes' demo data the old index rebuilt the new figure by another rule, and the
        // drill-down adopted it without walking: tst_stage_sales_rule builds that case on purpose.)
        s->openStage(QStringLiteral("Accepted"));
        QVERIFY(QTest::qWaitFor([&s] { return s->stageSales()->agreement() == Agreement::Agrees; }, 20000));
        QVERIFY(s->stageSales()->rowOfSale(moving->saleId) >= 0);
        s->openAgent(agentId);
        QVERIFY(waitSettled(s.get()));
        QCOMPARE(s->tiles()->value(Tile::SalesRate), board->value(row, LeaderboardModel::SalesRateColumn));
        QCOMPARE(s->tiles()->value(Tile::PipelineValue), board->value(row, LeaderboardModel::PipelineValueColumn));
    }
};

QTEST_GUILESS_MAIN(TestDashboardAgreement)
#include "tst_dashboard_agreement.moc"
