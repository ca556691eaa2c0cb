// ChartPanel, offscreen: the series it builds from a model, rebuilding on model changes,
// the table behind "Show as table", the palette, and the owner-switched states.

#include "common/ChartSkeleton.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "tst_charts_support.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QMenu>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>

using namespace repdesk;
using namespace repdesk::test;

namespace {

QList<ChartSeriesInfo> expected(std::initializer_list<std::pair<const char *, int>> series)
{
    QList<ChartSeriesInfo> out;
    for (const auto &[name, points] : series)
        out.append({QString::fromUtf8(name), points});
    return out;
}

} // namespace

class TestChartPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineHasOneSeriesPerColumn();
    void lineLeavesMissingValuesOut();
    void barHasOneSetPerColumnAndRowCategories();
    void stackedAndHorizontalBars();
    void pieHasOneSlicePerRow();
    void chosenColumnsAndLabelColumn();
    void rebuildsWhenTheModelChanges();
    void tableShowsTheSameNumbers();
    void ctrlTSwitchesToTheTableAndBack();
    void followsTheDarkPalette();
    void loadingErrorAndEmptyStates();
    void emptyModelShowsTheEmptyState();
};

void TestChartPanel::lineHasOneSeriesPerColumn()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Line);
    QCOMPARE(panel.seriesInfo(), expected({{"Calls", 5}, {"Emails", 5}}));
    const QList<QAbstractSeries *> series = panel.chart()->series();
    QCOMPARE(series.size(), 2);
    auto *calls = qobject_cast<QLineSeries *>(series.at(0));
    QVERIFY(calls);
    // x = row, y = the raw value (Qt::UserRole), not the formatted "1,204".
    QCOMPARE(calls->at(1), QPointF(1, 1204));
    auto *xAxis = qobject_cast<QCategoryAxis *>(panel.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(xAxis);
    QCOMPARE(xAxis->categoriesLabels(), days());
}

void TestChartPanel::lineLeavesMissingValuesOut()
{
    ChartPanel panel;
    QStandardItemModel *model = dashboardModel(&panel);
    model->setData(model->index(2, 0), QVariant(), Qt::UserRole);
    model->setData(model->index(2, 0), QString(), Qt::DisplayRole);
    showPanel(panel, model, ChartPanel::Kind::Line);
    QCOMPARE(panel.seriesInfo(), expected({{"Calls", 4}, {"Emails", 5}}));
    auto *calls = qobject_cast<QLineSeries *>(panel.chart()->series().at(0));
    QCOMPARE(calls->at(2), QPointF(3, 1212)); // Wed is skipped, Thu keeps its x
}

void TestChartPanel::barHasOneSetPerColumnAndRowCategories()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Bar);
    QCOMPARE(panel.seriesInfo(), expected({{"Calls", 5}, {"Emails", 5}}));
    auto *bars = qobject_cast<QBarSeries *>(panel.chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(1)->at(4), rawValue(4, 1));
    auto *categories = qobject_cast<QBarCategoryAxis *>(panel.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(categories);
    QCOMPARE(categories->categories(), days());
    QVERIFY(qobject_cast<QValueAxis *>(panel.chart()->axes(Qt::Vertical).value(0)));
}

void TestChartPanel::stackedAndHorizontalBars()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::StackedBar);
    QVERIFY(qobject_cast<QStackedBarSeries *>(panel.chart()->series().value(0)));
    // A stack reaches the sum of its row.
    auto *values = qobject_cast<QValueAxis *>(panel.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(values->max() >= rawValue(4, 0) + rawValue(4, 1));

    panel.setKind(ChartPanel::Kind::HorizontalBar);
    QVERIFY(qobject_cast<QHorizontalBarSeries *>(panel.chart()->series().value(0)));
    QVERIFY(qobject_cast<QBarCategoryAxis *>(panel.chart()->axes(Qt::Vertical).value(0)));
    QCOMPARE(panel.seriesInfo(), expected({{"Calls", 5}, {"Emails", 5}}));
}

void TestChartPanel::pieHasOneSlicePerRow()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Pie);
    QCOMPARE(panel.seriesInfo(), expected({{"Calls", 5}}));
    auto *pie = qobject_cast<QPieSeries *>(panel.chart()->series().value(0));
    QVERIFY(pie);
    QCOMPARE(pie->slices().at(3)->label(), QStringLiteral("Thu"));
    QCOMPARE(pie->slices().at(3)->value(), rawValue(3, 0));
    QCOMPARE(pie->holeSize(), 0.0);

    panel.setKind(ChartPanel::Kind::Donut);
    panel.setSeriesColumns({1});
    pie = qobject_cast<QPieSeries *>(panel.chart()->series().value(0));
    QVERIFY(pie->holeSize() > 0);
    QCOMPARE(panel.seriesInfo(), expected({{"Emails", 5}}));
    QCOMPARE(pie->slices().at(0)->value(), rawValue(0, 1));
}

void TestChartPanel::chosenColumnsAndLabelColumn()
{
    // Labels in column 0 instead of the vertical header.
    ChartPanel panel;
    auto *model = new QStandardItemModel(3, 3, &panel);
    model->setHorizontalHeaderLabels({QStringLiteral("Agent"), QStringLiteral("Won"), QStringLiteral("Lost")});
    const QStringList agents = {QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Ada")};
    for (int row = 0; row < 3; ++row) {
        model->setData(model->index(row, 0), agents.at(row));
        setCell(model, row, 1, 10 + row);
        setCell(model, row, 2, 5 - row);
    }
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::HorizontalBar;
    spec.labelColumn = 0;
    panel.setSpec(spec);
    showPanel(panel, model, ChartPanel::Kind::HorizontalBar);
    QCOMPARE(panel.seriesInfo(), expected({{"Won", 3}, {"Lost", 3}}));
    auto *categories = qobject_cast<QBarCategoryAxis *>(panel.chart()->axes(Qt::Vertical).value(0));
    // A repeated name gets a counter instead of silently shifting the bars.
    QCOMPARE(categories->categories(), (QStringList{QStringLiteral("Ada"), QStringLiteral("Grace"), QStringLiteral("Ada (2)")}));
    QVERIFY(panel.tableView()->verticalHeader()->isHidden());

    panel.setSeriesColumns({2});
    QCOMPARE(panel.seriesInfo(), expected({{"Lost", 3}}));
}

void TestChartPanel::rebuildsWhenTheModelChanges()
{
    ChartPanel panel;
    QStandardItemModel *model = dashboardModel(&panel);
    showPanel(panel, model, ChartPanel::Kind::Line);
    QSignalSpy rebuilt(&panel, &ChartPanel::rebuilt);

    // Rows inserted.
    model->appendRow({new QStandardItem(QStringLiteral("9")), new QStandardItem(QStringLiteral("1"))});
    model->setVerticalHeaderItem(5, new QStandardItem(QStringLiteral("Sat")));
    QTRY_COMPARE(panel.seriesInfo(), expected({{"Calls", 6}, {"Emails", 6}}));
    // dataChanged: the new raw value is drawn.
    setCell(model, 0, 0, 4321);
    QTRY_COMPARE(qobject_cast<QLineSeries *>(panel.chart()->series().at(0))->at(0).y(), 4321.0);
    // A burst of changes is one rebuild.
    const int before = int(rebuilt.size());
    for (int row = 0; row < 5; ++row)
        setCell(model, row, 1, 1);
    QTRY_COMPARE(int(rebuilt.size()), before + 1);
    // Rows removed, then a reset to nothing.
    model->removeRows(0, 2);
    QTRY_COMPARE(panel.seriesInfo(), expected({{"Calls", 4}, {"Emails", 4}}));
    model->setRowCount(0);
    QTRY_VERIFY(panel.isEmptyShown());
    QVERIFY(panel.chart()->series().isEmpty());
}

void TestChartPanel::tableShowsTheSameNumbers()
{
    ChartPanel panel;
    QStandardItemModel *model = dashboardModel(&panel, 3);
    showPanel(panel, model, ChartPanel::Kind::Bar);
    panel.setTableVisible(true);
    QCOMPARE(panel.page(), ChartPanelPages::Page::Table);
    QTableView *table = panel.tableView();
    QVERIFY(table->isVisible());
    QCOMPARE(table->accessibleName(), QStringLiteral("Activity by day, table"));
    QAbstractItemModel *shown = table->model();
    QCOMPARE(shown->rowCount(), 5);
    const QList<QBarSet *> sets = qobject_cast<QBarSeries *>(panel.chart()->series().at(0))->barSets();
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(shown->headerData(row, Qt::Vertical).toString(), days().at(row));
        for (int column = 0; column < 3; ++column) {
            // The table's text is the model's display text, and the bar is its raw value.
            QCOMPARE(shown->index(row, column).data().toString(), model->index(row, column).data().toString());
            QCOMPARE(sets.at(column)->at(row), rawValue(row, column));
        }
    }
    QCOMPARE(shown->index(1, 0).data().toString(), QStringLiteral("1,204"));
    panel.setTableVisible(false);
    QCOMPARE(panel.page(), ChartPanelPages::Page::Chart);
    QVERIFY(panel.chartView()->isVisible());
}

void TestChartPanel::ctrlTSwitchesToTheTableAndBack()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Line);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    panel.setFocus();
    QTRY_VERIFY(panel.hasFocus());
    QSignalSpy toggled(&panel, &ChartPanel::tableVisibleChanged);

    QTest::keyClick(&panel, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(panel.isTableVisible());
    QCOMPARE(toggled.size(), 1);
    QVERIFY(panel.showTableAction()->isChecked());
    // Focus follows into the table, and the panel leaves the Tab chain meanwhile.
    QTRY_VERIFY(panel.tableView()->hasFocus());
    QCOMPARE(panel.focusPolicy(), Qt::NoFocus);

    QTest::keyClick(panel.tableView(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(!panel.isTableVisible());
    QTRY_VERIFY(panel.hasFocus());
    QCOMPARE(panel.focusPolicy(), Qt::StrongFocus);
}

void TestChartPanel::followsTheDarkPalette()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Bar);
    const QColor lightBack = panel.chart()->backgroundBrush().color();
    const QColor lightFirstSet = qobject_cast<QBarSeries *>(panel.chart()->series().at(0))->barSets().at(0)->color();
    QCOMPARE(lightBack, lightPalette().color(QPalette::Base));

    panel.setPalette(darkPalette());
    QCOMPARE(panel.chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
    QCOMPARE(panel.chart()->axes(Qt::Vertical).value(0)->labelsColor(), darkPalette().color(QPalette::Text));
    const QColor darkFirstSet = qobject_cast<QBarSeries *>(panel.chart()->series().at(0))->barSets().at(0)->color();
    QVERIFY(darkFirstSet != lightFirstSet);
    // Series read on the background: clearly lighter than the dark base.
    QVERIFY(darkFirstSet.lightness() > darkPalette().color(QPalette::Base).lightness() + 80);

    // A rebuild in dark mode stays dark.
    panel.setKind(ChartPanel::Kind::Line);
    QCOMPARE(panel.chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
    panel.setPalette(lightPalette());
    QCOMPARE(panel.chart()->backgroundBrush().color(), lightBack);
}

void TestChartPanel::loadingErrorAndEmptyStates()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Bar);
    QSignalSpy retry(&panel, &ChartPanel::retryRequested);

    panel.setState(ChartPanel::State::Loading);
    QCOMPARE(panel.page(), ChartPanelPages::Page::Loading);
    QVERIFY(panel.skeleton()->isVisible());
    QVERIFY(panel.skeleton()->isAnimating());
    QCOMPARE(panel.accessibleDescription(), QStringLiteral("Loading"));
    QVERIFY(!panel.actionsMenu()->actions().at(0)->isEnabled()); // nothing to export as an image

    panel.showError(QStringLiteral("Could not load the pipeline."));
    QCOMPARE(panel.page(), ChartPanelPages::Page::Error);
    QVERIFY(!panel.skeleton()->isAnimating()); // hidden: the pulse stops
    QVERIFY(panel.errorBanner()->isVisible());
    QCOMPARE(panel.accessibleDescription(), QStringLiteral("Could not load the pipeline."));
    panel.errorBanner()->retryButton()->click();
    QCOMPARE(retry.size(), 1);

    panel.setEmptyText(QStringLiteral("No calls yet"), QStringLiteral("Try a longer range."));
    panel.setState(ChartPanel::State::Empty);
    QVERIFY(panel.isEmptyShown());
    QVERIFY(panel.emptyState()->isVisible());
    QCOMPARE(panel.accessibleDescription(), QStringLiteral("No calls yet. Try a longer range."));

    panel.setState(ChartPanel::State::Ready);
    QCOMPARE(panel.page(), ChartPanelPages::Page::Chart);
    QVERIFY(panel.actionsMenu()->actions().at(0)->isEnabled());
    QVERIFY(panel.accessibleDescription().startsWith(QStringLiteral("Bar chart, 2 series, 5 rows")));
}

void TestChartPanel::emptyModelShowsTheEmptyState()
{
    ChartPanel panel;
    auto *model = new QStandardItemModel(0, 2, &panel);
    showPanel(panel, model, ChartPanel::Kind::Line);
    QVERIFY(panel.isEmptyShown());
    QCOMPARE(panel.emptyState()->title(), QStringLiteral("No data for this range"));
    QCOMPARE(panel.accessibleDescription(), QStringLiteral("No data for this range"));
    // Even with the table chosen, an empty model shows the empty state.
    panel.setTableVisible(true);
    QVERIFY(panel.isEmptyShown());
    panel.setModel(nullptr);
    QVERIFY(panel.isEmptyShown());
    QVERIFY(panel.seriesInfo().isEmpty());
}

QTEST_MAIN(TestChartPanel)
#include "tst_chart_panel.moc"
