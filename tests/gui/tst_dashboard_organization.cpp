// The organization page against the sandbox, offscreen: the tiles fill in,
// the trend charts draw one point per bucket (days for Last 30 days, weeks
// for Last quarter), the channel and pipeline charts draw the models' rows,
// the leaderboard has one row per agent; a refused custom range is said
// beside the bar and asks nothing; a 500 on one route marks only its tile,
// whose Retry recovers it.
#include "dashboards/LeaderboardView.h"
#include "dashboards/PipelineCharts.h"
#include "dashboards/RangeBar.h"
#include "dashboards/TrendCharts.h"

#include "LeaderboardModel.h"
#include "ModalityModel.h"
#include "PipelineModel.h"
#include "RetryPolicy.h"
#include "tst_dashboard_ui_support.h"

#include "common/ErrorBanner.h"
#include "common/TableExportActions.h"

#include <QAccessible>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace repdesk;
using namespace repdesk::test;
using Tile = KpiTileModel::Tile;

class TestDashboardOrganization : public QObject
{
    Q_OBJECT
    DashboardFixture d;

    static ScopeView *figures(PagesFixture &p) { return p.pages->organizationPage()->figures(); }

    // Every trend chart of the organization draws each of its series with one point per bucket.
    static void checkTrends(PagesFixture &p, AnalyticsRange::Granularity granularity)
    {
        TrendModel *trends = p.session->trends();
        const int buckets = int(p.session->range().buckets().size());
        QCOMPARE(p.session->range().granularity(), granularity);
        QCOMPARE(trends->rowCount(), buckets);
        QVERIFY(trends->isComplete());
        TrendCharts *charts = figures(p)->trends();
        QCOMPARE(charts->charts().size(), 3);
        QCOMPARE(seriesNames(charts->rateChart()), QStringList{QStringLiteral("Response rate")});
        QCOMPARE(points(charts->rateChart()), buckets);
        QCOMPARE(points(charts->timeChart()), buckets);
        QCOMPARE(seriesNames(charts->volumeChart()),
                 (QStringList{QStringLiteral("Received"), QStringLiteral("Sent"), QStringLiteral("Responded to")}));
        for (int series = 0; series < 3; ++series)
            QCOMPARE(points(charts->volumeChart(), series), buckets);
        // The rate is drawn in percent, the time in minutes, as the axes say.
        const QString first = charts->rateChart()->pointText(0, 0);
        QVERIFY2(first.contains(QLatin1Char('%')), qPrintable(first));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(d.start()); }

    void last30DaysFillsEveryTileAndChart()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("days"), AnalyticsRange::Preset::Last30Days));
        QCOMPARE(p.pages->view(), DashboardPages::View::Organization);
        QVERIFY(settle(p.session.get()));

        KpiTileGrid *grid = figures(p)->tiles();
        QCOMPARE(grid->tileCount(), 6);
        for (int row = 0; row < grid->tileCount(); ++row) {
            KpiTile *tile = grid->tile(row);
            QVERIFY(!tile->isSkeletonShown());
            QVERIFY(!tile->isErrorShown());
            QVERIFY2(!tile->valueText().isEmpty() && tile->valueText() != QStringLiteral("—"), qPrintable(tile->valueText()));
            QVERIFY2(tile->ageText().startsWith(QStringLiteral("updated")), qPrintable(tile->ageText()));
            QVERIFY(tile->accessibleName().contains(tile->valueText()));
        }
        // The response rate says "14 of 20" (what the model's detail says), and its change in words.
        KpiTile *rate = grid->tile(p.session->tiles()->rowOf(Tile::ResponseRate));
        const QString detail = p.session->tiles()->data(Tile::ResponseRate, KpiTileModel::DetailTextRole).toString();
        QVERIFY(!detail.isEmpty());
        QVERIFY(rate->accessibleName().contains(detail));
        QCOMPARE(rate->changeText(), p.session->tiles()->data(Tile::ResponseRate, KpiTileModel::ChangeTextRole).toString());
        if (!rate->changeText().isEmpty())
            QVERIFY(rate->accessibleName().contains(QStringLiteral("previous period")));
        // Screen readers meet a group named with the whole tile.
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(rate);
        QVERIFY(spoken);
        QCOMPARE(spoken->role(), QAccessible::Grouping);
        QCOMPARE(spoken->text(QAccessible::Name), rate->accessibleName());

        checkTrends(p, AnalyticsRange::Granularity::Day);

        // Channels: one slice per channel with messages.
        ModalityModel *modality = p.session->modality();
        int channels = 0;
        for (int row = 0; row < modality->rowCount(); ++row)
            channels += modality->count(ModalityModel::Row(row)) > 0 ? 1 : 0;
        QVERIFY(channels > 0);
        ChartPanel *donut = figures(p)->modalityChart();
        QCOMPARE(donut->state(), ChartPanel::State::Ready);
        QCOMPARE(points(donut), channels);

        // Pipeline: one bar per stage, in both charts, with the sales rate under them.
        PipelineModel *pipeline = p.session->pipeline();
        QVERIFY(pipeline->rowCount() > 0);
        PipelineCharts *charts = figures(p)->pipeline();
        QCOMPARE(points(charts->volumeChart()), pipeline->rowCount());
        QCOMPARE(points(charts->valueChart()), pipeline->rowCount());
        QCOMPARE(charts->volumeChart()->pointText(0, 0).section(QLatin1Char(','), 0, 0), pipeline->stageName(0));
        QVERIFY2(charts->captionText().contains(pipeline->salesRateText()), qPrintable(charts->captionText()));
        if (p.session->currency().isEmpty())
            QVERIFY(charts->captionText().contains(p.session->currencyNote()));
        else
            QVERIFY(charts->valueChart()->title().contains(p.session->currency()));
        shot(p.pages.get(), QStringLiteral("organization"));
        shot(figures(p), QStringLiteral("organization-figures"));
    }

    void lastQuarterDrawsWeeks()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("weeks"), AnalyticsRange::Preset::LastQuarter));
        QVERIFY(settle(p.session.get()));
        checkTrends(p, AnalyticsRange::Granularity::Week);
        QVERIFY(p.session->trends()->rowCount() >= 13);
        // A whole past quarter: nothing is clamped, nothing to say about it.
        QVERIFY(p.pages->rangeBar()->noticeText().isEmpty());
    }

    void choosingAPresetReloadsAndTodayIsClamped()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("preset"), AnalyticsRange::Preset::Last7Days));
        QVERIFY(settle(p.session.get()));
        QComboBox *box = p.pages->rangeBar()->presetBox();
        box->setFocus();
        const int today = box->findData(int(AnalyticsRange::Preset::Today));
        box->setCurrentIndex(today);
        Q_EMIT box->activated(today);
        QCOMPARE(p.session->range().preset(), AnalyticsRange::Preset::Today);
        // Today ends at midnight, in the future: clamped, and the bar says so.
        QCOMPARE(p.pages->rangeBar()->noticeText(), p.session->rangeNotice());
        QVERIFY(!p.pages->rangeBar()->noticeText().isEmpty());
        QVERIFY(settle(p.session.get()));
        QCOMPARE(points(figures(p)->trends()->volumeChart()), 1);
    }

    void aRefusedRangeIsSaidAndAsksNothing()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("refused"), AnalyticsRange::Preset::Last7Days));
        QVERIFY(settle(p.session.get()));
        const QString shownKey = p.session->range().key();
        RangeBar *bar = p.pages->rangeBar();
        const QDate today = QDate::currentDate();
        bar->firstDayEdit()->setDate(today.addDays(-2));
        bar->lastDayEdit()->setDate(today.addDays(-9));
        const int before = d.f.requestCount();
        QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
        QVERIFY2(!bar->errorText().isEmpty(), "the refusal is said beside the bar");
        QVERIFY(bar->errorText().contains(p.session->rangeError()));
        QTest::qWait(200);
        QCOMPARE(d.f.requestCount(), before);
        QCOMPARE(p.session->range().key(), shownKey);

        // A good range clears the message and loads.
        bar->firstDayEdit()->setDate(today.addDays(-9));
        bar->lastDayEdit()->setDate(today.addDays(-2));
        QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
        QVERIFY(bar->errorText().isEmpty());
        QCOMPARE(p.session->range().preset(), AnalyticsRange::Preset::Custom);
        // The dates once, not "a – b: a – b".
        const QLocale locale;
        QCOMPARE(bar->summaryText(), QStringLiteral("%1 – %2").arg(locale.toString(today.addDays(-9), QLocale::ShortFormat),
                                                                   locale.toString(today.addDays(-2), QLocale::ShortFormat)));
        QVERIFY(settle(p.session.get()));
        QVERIFY(d.f.requestCount() > before);
        QCOMPARE(points(figures(p)->trends()->volumeChart()), 8);
    }

    void theLeaderboardHasOneRowPerAgent()
    {
        auto listed = run(d.f.client()->listAgents(d.f.org, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(listed);
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("team"), AnalyticsRange::Preset::Last7Days));
        QVERIFY(settle(p.session.get()));
        LeaderboardView *board = p.pages->organizationPage()->leaderboard();
        QTableView *table = board->table();
        QCOMPARE(table->model()->rowCount(), listed.value->items.size());
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            names << table->model()->index(row, LeaderboardModel::AgentColumn).data().toString();
            for (int column = 1; column < LeaderboardModel::ColumnCount; ++column)
                QVERIFY(table->model()->index(row, column).data().toString() != QStringLiteral("…"));
        }
        for (const Agent &agent : listed.value->items)
            QVERIFY2(names.contains(agent.name.trimmed().isEmpty() ? agent.email : agent.name.trimmed()), qPrintable(agent.name));
        QVERIFY(board->banner()->isHidden());

        // Sorted by keyboard: "Sort by" messages sent, highest first.
        board->sortBy(LeaderboardModel::MessagesSentColumn, Qt::DescendingOrder);
        for (int row = 1; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row - 1, LeaderboardModel::MessagesSentColumn).data(Qt::UserRole).toDouble()
                    >= table->model()->index(row, LeaderboardModel::MessagesSentColumn).data(Qt::UserRole).toDouble());
        QCOMPARE(board->sortColumnBox()->currentData().toInt(), int(LeaderboardModel::MessagesSentColumn));
        QVERIFY(board->exportActions()->csv().count('\n') >= table->model()->rowCount());
    }

    void offlineTheFiguresStayWithTheirAge()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("offline"), AnalyticsRange::Preset::Today));
        QVERIFY(settle(p.session.get()));
        KpiTileGrid *grid = figures(p)->tiles();
        QStringList shown;
        for (int row = 0; row < grid->tileCount(); ++row)
            shown << grid->tile(row)->valueText();
        const int drawn = points(figures(p)->trends()->volumeChart());

        // Every connection drops: F5 asks again and nothing answers.
        d.f.server->injectFaults(100000, 0);
        p.session->refresh();
        QVERIFY(settle(p.session.get()));
        d.f.server->injectFaults(0, 0);
        for (int row = 0; row < grid->tileCount(); ++row) {
            KpiTile *tile = grid->tile(row);
            QCOMPARE(tile->valueText(), shown.at(row));
            QVERIFY2(tile->ageText().startsWith(QStringLiteral("updated")), qPrintable(tile->ageText()));
            QVERIFY2(tile->errorText().startsWith(QStringLiteral("Could not refresh")), qPrintable(tile->errorText()));
        }
        // The charts keep what they drew, and say the figures are old.
        QCOMPARE(figures(p)->trends()->volumeChart()->state(), ChartPanel::State::Ready);
        QCOMPARE(points(figures(p)->trends()->volumeChart()), drawn);
        QVERIFY(figures(p)->pipeline()->captionText().contains(QStringLiteral("Could not refresh")));
        QVERIFY(figures(p)->trends()->statusText().contains(QStringLiteral("could not be loaded")));
        QVERIFY(!figures(p)->trends()->retryButton()->isHidden());

        // Back online, the trends' Retry brings the buckets back.
        QTest::mouseClick(figures(p)->trends()->retryButton(), Qt::LeftButton);
        QVERIFY(settle(p.session.get()));
        QVERIFY(figures(p)->trends()->retryButton()->isHidden());
        QCOMPARE(figures(p)->trends()->failedBuckets(), 0);
    }

    void aFailingRouteMarksOnlyItsTileAndRetryRecovers()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("fault"), AnalyticsRange::Preset::Last7Days, false));
        // One request at a time: the first asked (the response rate of the range) meets every 500.
        p.session->queue()->setMaxInFlight(1);
        d.f.server->injectFaults(RetryPolicy().maxAttempts, 500);
        p.session->start();
        QVERIFY(settle(p.session.get()));

        KpiTileGrid *grid = figures(p)->tiles();
        const int failedRow = p.session->tiles()->rowOf(Tile::ResponseRate);
        for (int row = 0; row < grid->tileCount(); ++row) {
            QCOMPARE(grid->tile(row)->isErrorShown(), row == failedRow);
            QCOMPARE(grid->tile(row)->retryButton()->isHidden(), row != failedRow);
        }
        KpiTile *failed = grid->tile(failedRow);
        QVERIFY(failed->errorText().contains(p.session->tiles()->data(Tile::ResponseRate, KpiTileModel::ErrorTextRole).toString()));
        QVERIFY(failed->accessibleName().contains(failed->errorText()));
        QVERIFY2(failed->errorText().endsWith(QStringLiteral("Repdesk asks again by itself.")), qPrintable(failed->errorText()));
        // The sentence is longer than the tile is wide: shown in at most three lines, cut with "…",
        // the whole of it in the tooltip and to screen readers.
        QLabel *shown = nullptr;
        for (QLabel *label : failed->findChildren<QLabel *>()) {
            if (label->accessibleName() == failed->errorText())
                shown = label;
        }
        QVERIFY(shown);
        QVERIFY2(shown->text().count(QLatin1Char('\n')) <= 2, qPrintable(shown->text()));
        for (const QString &line : shown->text().split(QLatin1Char('\n')))
            QVERIFY2(shown->fontMetrics().horizontalAdvance(line) <= shown->contentsRect().width(), qPrintable(line));
        if (shown->text() != failed->errorText())
            QCOMPARE(shown->toolTip(), failed->errorText());
        QCOMPARE(failed->retryButton()->accessibleDescription(), failed->errorText());
        QCOMPARE(failed->retryButton()->accessibleName(), QStringLiteral("Retry Response rate"));
        // The charts and the leaderboard are whole.
        QCOMPARE(figures(p)->pipeline()->volumeChart()->state(), ChartPanel::State::Ready);
        QCOMPARE(points(figures(p)->trends()->volumeChart()), p.session->trends()->rowCount());

        const int before = d.f.requestCount();
        failed->retryButton()->setFocus();
        QTest::keyClick(failed->retryButton(), Qt::Key_Space);
        QVERIFY(settle(p.session.get()));
        QCOMPARE(d.f.requestCount() - before, 1);
        QVERIFY(!failed->isErrorShown());
        QVERIFY(failed->retryButton()->isHidden());
        QVERIFY(failed->valueText() != QStringLiteral("—"));
    }
};

QTEST_MAIN(TestDashboardOrganization)
#include "tst_dashboard_organization.moc"
