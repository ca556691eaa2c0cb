// The team leaderboard and the agent scope against the sandbox: every agent
// gets a row whose figures equal the sandbox's agent analytics; the rows are
// loaded through the CallQueue, never more than 4 at once, and fill in one by
// one; opening an agent scopes tiles, trends, pipeline and lists to them, and
// going back shows the organization as it was without asking again. A newer
// answer on the agent's page about their sales updates their row too (only
// theirs, and only when it differs).
#include "AgentAnalytics.h"
#include "AgentConversationListModel.h"
#include "AgentConversationStats.h"
#include "AgentSaleListModel.h"
#include "LeaderboardModel.h"
#include "PipelineModel.h"
#include "TeamLeaderboard.h"
#include "tst_dashboard_support.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>

using namespace repdesk;
using namespace repdesk::test;
using Tile = KpiTileModel::Tile;

class TestDashboardTeam : public QObject
{
    Q_OBJECT
    DashboardFixture d;
    std::unique_ptr<DashboardSession> s;
    QList<Agent> agents;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(d.start());
        auto listed = run(d.f.client()->listAgents(d.f.org, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(listed);
        agents = listed.value->items;
        // More agents than slots, or the cap proves nothing.
        QVERIFY2(agents.size() > DashboardSession::kMaxInFlight, qPrintable(QString::number(agents.size())));
    }

    void leaderboardFillsRowByRowWithAtMostFourInFlight()
    {
        d.f.server->setLatencyMs(150); // answers overlap: each takes a while
        s = d.session();
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Last30Days));
        LeaderboardModel *board = s->leaderboard();
        QList<int> loadedAt; // loadedCount() after each row update that completed a row
        QElapsedTimer clock;
        QList<qint64> times;
        // The lambda reads this function's locals: its connection must end with them, not live on
        // into the next test while the leaderboard keeps updating rows.
        QObject watching;
        connect(board, &LeaderboardModel::rowUpdated, &watching, [&](int row) {
            if (board->state(row).value == FigureState::Loaded && !board->state(row).refreshing) {
                loadedAt << board->loadedCount();
                times << clock.elapsed();
            }
        });
        const int before = d.f.requestCount();
        clock.start();
        s->start();
        QVERIFY(waitSettled(s.get(), 60000));
        d.f.server->setLatencyMs(0);

        QCOMPARE(board->rowCount(), agents.size());
        QCOMPARE(board->loadedCount(), agents.size());
        // The queue held everything to 4 at once, and reached 4: the requests did overlap.
        QCOMPARE(s->queue()->maxObservedInFlight(), DashboardSession::kMaxInFlight);
        // One request per agent.
        int agentRequests = 0;
        const auto log = d.log();
        for (int i = before; i < log.size(); ++i)
            agentRequests += log.at(i).path.endsWith(QStringLiteral("/analytics")) && log.at(i).path.contains(QStringLiteral("/agents/")) ? 1 : 0;
        QCOMPARE(agentRequests, agents.size());
        // Row by row: each completed row added exactly one to the loaded count, and not all at once.
        QCOMPARE(loadedAt.size(), agents.size());
        for (int i = 0; i < loadedAt.size(); ++i)
            QCOMPARE(loadedAt.at(i), i + 1);
        QVERIFY2(times.last() - times.first() >= 100, qPrintable(QString::number(times.last() - times.first())));
    }

    void rowsEqualTheSandboxsAgentAnalytics()
    {
        LeaderboardModel *board = s->leaderboard();
        for (const Agent &agent : agents) {
            const int row = board->rowOf(agent.agentId);
            QVERIFY(row >= 0);
            auto expected = run(d.f.client()->getAgentAnalytics(d.f.org, agent.agentId, s->range().dateRange()));
            REQUIRE_OK(expected);
            const AgentAnalytics &a = *expected.value;
            QCOMPARE(board->value(row, LeaderboardModel::RespondedToColumn).value_or(-1),
                     double(a.conversations.conversationsRespondedTo));
            QCOMPARE(board->value(row, LeaderboardModel::MessagesSentColumn).value_or(-1), double(a.conversations.messagesSent));
            QCOMPARE(board->value(row, LeaderboardModel::PipelineVolumeColumn).value_or(-1),
                     double(PipelineModel::totalVolume(a.sales)));
            QCOMPARE(board->value(row, LeaderboardModel::PipelineValueColumn).value_or(-1),
                     PipelineModel::totalValue(a.sales).value_or(-1));
            QCOMPARE(board->value(row, LeaderboardModel::SalesRateColumn).value_or(-1), a.sales.salesRate.value_or(-1));
            QCOMPARE(board->index(row, LeaderboardModel::AgentColumn).data(LeaderboardModel::AgentIdRole).toString(),
                     agent.agentId);
        }
    }

    void sortsByRawValues()
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(s->leaderboard());
        proxy.setSortRole(Qt::UserRole);
        proxy.sort(LeaderboardModel::MessagesSentColumn, Qt::DescendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            QVERIFY(proxy.index(row - 1, LeaderboardModel::MessagesSentColumn).data(Qt::UserRole).toDouble()
                    >= proxy.index(row, LeaderboardModel::MessagesSentColumn).data(Qt::UserRole).toDouble());
        }
        QVERIFY(!proxy.index(0, LeaderboardModel::MessagesSentColumn).data(Qt::DisplayRole).toString().isEmpty());
    }

    void openingAnAgentScopesEverythingToThem()
    {
        // The busiest agent, so their figures are not all zero.
        LeaderboardModel *board = s->leaderboard();
        int busiest = 0;
        for (int row = 1; row < board->rowCount(); ++row) {
            if (board->value(row, LeaderboardModel::MessagesSentColumn) > board->value(busiest, LeaderboardModel::MessagesSentColumn))
                busiest = row;
        }
        const QString agentId = board->agentId(busiest);
        ScopeDashboard *org = s->organization();
        const double orgReceived = *org->tiles()->value(Tile::MessagesReceived);
        const int before = d.f.requestCount();

        s->openAgent(agentId);
        QCOMPARE(s->scope(), DashboardSession::Scope::Agent);
        QCOMPARE(s->agentId(), agentId);
        QVERIFY(!s->agentName().isEmpty());
        QVERIFY(waitSettled(s.get()));
        QVERIFY(QTest::qWaitFor([this] {
            return s->agentConversations()->fetchState() != PagedListModel::FetchState::Loading
                && s->agentSales()->fetchState() != PagedListModel::FetchState::Loading;
        }, 20000));

        KpiTileModel *tiles = s->tiles();
        QCOMPARE(tiles->tiles(), (QList<Tile>{Tile::RespondedTo, Tile::MessagesSent, Tile::SalesRate, Tile::PipelineValue}));
        auto conversations = run(d.f.client()->getAgentConversationAnalytics(d.f.org, agentId, s->range().dateRange()));
        auto sales = run(d.f.client()->getAgentSalesAnalytics(d.f.org, agentId, s->range().dateRange()));
        auto previous = run(d.f.client()->getAgentConversationAnalytics(d.f.org, agentId, s->range().previous().dateRange()));
        REQUIRE_OK(conversations);
        REQUIRE_OK(sales);
        REQUIRE_OK(previous);
        QVERIFY(conversations.value->messagesSent > 0);
        QCOMPARE(*tiles->value(Tile::RespondedTo), double(conversations.value->conversationsRespondedTo));
        QCOMPARE(*tiles->value(Tile::MessagesSent), double(conversations.value->messagesSent));
        QCOMPARE(*tiles->value(Tile::MessagesSent, KpiTileModel::Period::Previous), double(previous.value->messagesSent));
        QCOMPARE(tiles->value(Tile::SalesRate).value_or(-1), sales.value->salesRate.value_or(-1));
        QCOMPARE(tiles->value(Tile::PipelineValue).value_or(-1), PipelineModel::totalValue(*sales.value).value_or(-1));
        QCOMPARE(s->pipeline()->rowCount(), sales.value->pipeline.size());
        QVERIFY(s->modality() != nullptr); // the organization's; the agent scope has none
        QVERIFY(s->current()->modality() == nullptr);

        // Trends: the agent's series only.
        TrendModel *trends = s->trends();
        QVERIFY(trends->isComplete());
        QVERIFY(!trends->hasSeries(TrendModel::ResponseRateColumn));
        QVERIFY(!trends->index(0, TrendModel::ResponseRateColumn).data(Qt::UserRole).isValid());
        double sent = 0;
        for (int row = 0; row < trends->rowCount(); ++row)
            sent += trends->value(row, TrendModel::SentColumn).value_or(0);
        QCOMPARE(sent, double(conversations.value->messagesSent)); // buckets partition the range

        // Their conversations and sales, first page as the routes list them.
        auto firstConversations = run(d.f.client()->listAgentConversations(d.f.org, agentId, ListQuery{50, {}, {}, {}}));
        REQUIRE_OK(firstConversations);
        QCOMPARE(s->agentConversations()->itemRowCount(), firstConversations.value->items.size());
        if (!firstConversations.value->items.isEmpty())
            QCOMPARE(s->agentConversations()->index(0).data(AgentConversationListModel::ConversationIdRole).toString(),
                     firstConversations.value->items.first().conversationId);
        auto firstSales = run(d.f.client()->listAgentSales(d.f.org, agentId, ListQuery{50, {}, {}, {}}));
        REQUIRE_OK(firstSales);
        QCOMPARE(s->agentSales()->itemRowCount(), firstSales.value->items.size());
        for (int row = 0; row < s->agentSales()->itemRowCount(); ++row)
            QVERIFY(s->agentSales()->sale(row)->ownerId == agentId);

        // Agent routes only: the organization's figures were not asked again.
        const auto log = d.log();
        for (int i = before; i < log.size(); ++i) {
            if (DashboardFixture::isAnalytics(log.at(i)))
                QVERIFY2(log.at(i).path.contains(agentId), qPrintable(log.at(i).path));
        }

        // Back: the organization as it was, at once, without a request.
        const int back = d.f.requestCount();
        s->backToOrganization();
        QCOMPARE(s->scope(), DashboardSession::Scope::Organization);
        QCOMPARE(s->current(), org);
        QCOMPARE(*s->tiles()->value(Tile::MessagesReceived), orgReceived);
        QCOMPARE(s->tiles()->data(Tile::MessagesReceived, KpiTileModel::StateRole).toInt(), int(FigureState::Loaded));
        QTest::qWait(100);
        QCOMPARE(d.f.requestCount(), back);
    }

    // Moves a sale: the sandbox's data is no longer the generated set after this one.
    void anAgentsNewerSalesFiguresUpdateTheirRowOnly()
    {
        LeaderboardModel *board = s->leaderboard();
        // A sale of the range that is not won yet: winning it raises its owner's sales rate. The demo
        // data is anchored at the minute the test starts, and some minutes' last 30 days hold none:
        // then the last quarter, a longer range, does.
        QString saleId;
        QString agentId;
        DateRange range;
        for (const auto preset : {AnalyticsRange::Preset::Last30Days, AnalyticsRange::Preset::LastQuarter}) {
            if (s->range().preset() != preset) {
                QVERIFY(s->setPreset(preset));
                QVERIFY(waitSettled(s.get()));
            }
            range = s->range().dateRange();
            const QList<Sale> all = d.sales->allSales();
            for (const Sale &sale : all) {
                if (saleId.isEmpty() && sale.currentStatus && sale.currentStatus->status != QLatin1String("accepted")
                    && sale.createdAt >= range.start && sale.createdAt < range.end && board->rowOf(sale.ownerId) >= 0) {
                    saleId = sale.saleId;
                    agentId = sale.ownerId;
                }
            }
            if (!saleId.isEmpty())
                break;
        }
        QVERIFY2(!saleId.isEmpty(), "the last 30 days or the last quarter hold an open sale");
        const int row = board->rowOf(agentId);
        const double rateBefore = board->value(row, LeaderboardModel::SalesRateColumn).value_or(-1);
        s->openAgent(agentId);
        QVERIFY(waitSettled(s.get()));
        QCOMPARE(s->tiles()->value(Tile::SalesRate).value_or(-1), rateBefore);

        QHash<int, int> updates; // row -> rowUpdated count
        QObject watching;
        connect(board, &LeaderboardModel::rowUpdated, &watching, [&updates](int r) { ++updates[r]; });
        QVERIFY(d.f.server->simulateSaleMove(saleId, QStringLiteral("Accepted")));
        auto expected = run(d.f.client()->getAgentSalesAnalytics(d.f.org, agentId, range));
        REQUIRE_OK(expected);
        QVERIFY(expected.value->salesRate.value_or(-1) > rateBefore);
        // F5 on the agent's page asks their routes only, not the team's; the row follows the tiles.
        const int before = d.f.requestCount();
        s->refresh();
        QVERIFY(waitSettled(s.get()));
        QCOMPARE(s->tiles()->value(Tile::SalesRate).value_or(-1), expected.value->salesRate.value_or(-1));
        QCOMPARE(board->value(row, LeaderboardModel::SalesRateColumn), s->tiles()->value(Tile::SalesRate));
        QCOMPARE(board->value(row, LeaderboardModel::PipelineValueColumn), s->tiles()->value(Tile::PipelineValue));
        QCOMPARE(board->value(row, LeaderboardModel::PipelineVolumeColumn), double(s->pipeline()->totalVolume()));
        QCOMPARE(updates.keys(), QList<int>{row});
        QCOMPARE(updates.value(row), 1);
        const auto log = d.log();
        for (int i = before; i < log.size(); ++i) {
            if (DashboardFixture::isAnalytics(log.at(i)))
                QVERIFY2(log.at(i).path.contains(agentId), qPrintable(log.at(i).path));
        }

        // The same figures again change nothing: no row hears of an update.
        updates.clear();
        s->refresh();
        QVERIFY(waitSettled(s.get()));
        QVERIFY2(updates.isEmpty(), qPrintable(QString::number(updates.size())));
        QCOMPARE(board->value(row, LeaderboardModel::SalesRateColumn), s->tiles()->value(Tile::SalesRate));
        s->backToOrganization();
    }
};

QTEST_GUILESS_MAIN(TestDashboardTeam)
#include "tst_dashboard_team.moc"
