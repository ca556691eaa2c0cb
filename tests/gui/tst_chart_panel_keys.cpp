// ChartPanel by keyboard, offscreen: Tab reaches it, arrow keys move a highlighted point whose
// text is the readout and the accessible description, the context menu opens from the Menu
// key and Shift+F10 (once), and hovering a point names it in a tooltip.

#include "tst_charts_support.h"

#include <QAccessible>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

using namespace repdesk;
using namespace repdesk::test;

class TestChartPanelKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tabReachesThePanel();
    void arrowsMoveTheHighlight();
    void highlightIsDrawnOnTheChart();
    void highlightSurvivesARebuild();
    void accessibleRoleNameAndDescription();
    void menuKeyAndShiftF10OpenTheMenuOnce();
    void menuHasTheExportActions();
    void hoverTooltipNamesThePoint();
};

void TestChartPanelKeys::tabReachesThePanel()
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *before = new QLineEdit(&host);
    auto *panel = new ChartPanel(&host);
    layout->addWidget(before);
    layout->addWidget(panel);
    panel->setModel(dashboardModel(panel));
    host.resize(640, 480);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    before->setFocus();
    QTRY_VERIFY(before->hasFocus());
    QTest::keyClick(before, Qt::Key_Tab);
    QTRY_VERIFY(panel->hasFocus());
}

void TestChartPanelKeys::arrowsMoveTheHighlight()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Line);
    QSignalSpy changed(&panel, &ChartPanel::highlightChanged);
    QCOMPARE(panel.highlightedRow(), -1);

    QTest::keyClick(&panel, Qt::Key_Right); // the first key lands on the first point
    QCOMPARE(panel.highlightedRow(), 0);
    QCOMPARE(panel.highlightedSeries(), 0);
    QTest::keyClick(&panel, Qt::Key_Right);
    QCOMPARE(panel.highlightedRow(), 1);
    QCOMPARE(panel.highlightText(), QStringLiteral("Tue, Calls: 1,204"));
    QCOMPARE(changed.last().at(2).toString(), QStringLiteral("Tue, Calls: 1,204"));
    QCOMPARE(panel.readout()->text(), QStringLiteral("Tue, Calls: 1,204"));
    QCOMPARE(panel.accessibleDescription(), QStringLiteral("Tue, Calls: 1,204"));

    QTest::keyClick(&panel, Qt::Key_Down);
    QCOMPARE(panel.highlightedSeries(), 1);
    QCOMPARE(panel.accessibleDescription(), QStringLiteral("Tue, Emails: 37"));
    QTest::keyClick(&panel, Qt::Key_Down); // no third series: stays
    QCOMPARE(panel.highlightedSeries(), 1);
    QTest::keyClick(&panel, Qt::Key_End);
    QCOMPARE(panel.highlightedRow(), 4);
    QCOMPARE(panel.highlightedSeries(), 1);
    QTest::keyClick(&panel, Qt::Key_Right); // past the end: stays
    QCOMPARE(panel.highlightedRow(), 4);
    QTest::keyClick(&panel, Qt::Key_Up);
    QTest::keyClick(&panel, Qt::Key_Home);
    QCOMPARE(panel.highlightedRow(), 0);
    QCOMPARE(panel.highlightedSeries(), 0);
    QCOMPARE(panel.accessibleDescription(), QStringLiteral("Mon, Calls: 1,200"));

    // In table mode the arrows belong to the table.
    panel.setTableVisible(true);
    QCOMPARE(panel.accessibleDescription(), QStringLiteral("Shown as a table"));
    QTest::keyClick(&panel, Qt::Key_Right);
    QCOMPARE(panel.highlightedRow(), 0);
}

void TestChartPanelKeys::highlightIsDrawnOnTheChart()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Bar);
    panel.setHighlight(3, 1);
    const QList<QBarSet *> sets = qobject_cast<QBarSeries *>(panel.chart()->series().at(0))->barSets();
    QCOMPARE(sets.at(1)->selectedBars(), QList<int>{3});
    QVERIFY(sets.at(0)->selectedBars().isEmpty());

    panel.setKind(ChartPanel::Kind::Line);
    panel.setHighlight(2, 0);
    auto *line = qobject_cast<QLineSeries *>(panel.chart()->series().at(0));
    QVERIFY(line->pointConfiguration(2).value(QXYSeries::PointConfiguration::Visibility).toBool());
    QVERIFY(line->pointConfiguration(1).isEmpty());

    panel.setKind(ChartPanel::Kind::Pie);
    QCOMPARE(panel.highlightedSeries(), 0); // a pie has one series
    panel.setHighlight(4);
    auto *pie = qobject_cast<QPieSeries *>(panel.chart()->series().at(0));
    QVERIFY(pie->slices().at(4)->isExploded());
    QVERIFY(!pie->slices().at(0)->isExploded());
    QCOMPARE(panel.highlightText(), QStringLiteral("Fri, Calls: 1,216"));
}

void TestChartPanelKeys::highlightSurvivesARebuild()
{
    ChartPanel panel;
    QStandardItemModel *model = dashboardModel(&panel);
    showPanel(panel, model, ChartPanel::Kind::Bar);
    panel.setHighlight(4, 1);
    model->removeRows(3, 2); // the highlighted row is gone: the highlight moves to the last row
    QTRY_COMPARE(panel.seriesInfo().value(0).points, 3);
    QCOMPARE(panel.highlightedRow(), 2);
    QCOMPARE(panel.accessibleDescription(), QStringLiteral("Wed, Emails: 44"));
    model->setRowCount(0);
    QTRY_VERIFY(panel.isEmptyShown());
    QCOMPARE(panel.highlightedRow(), -1);
}

void TestChartPanelKeys::accessibleRoleNameAndDescription()
{
    // The DescriptionChanged event itself cannot be observed offscreen (no platform
    // accessibility is active there); what a screen reader reads from the panel can.
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Bar);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&panel);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Chart);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Activity by day"));
    QVERIFY(iface->text(QAccessible::Description).contains(QStringLiteral("Arrow keys")));
    panel.setHighlight(1, 0);
    QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("Tue, Calls: 1,204"));
    QVERIFY(findByAccessibleName<QAbstractButton>(&panel, QStringLiteral("Chart actions")));
}

void TestChartPanelKeys::menuKeyAndShiftF10OpenTheMenuOnce()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Bar);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QMenu *menu = panel.actionsMenu();
    QSignalSpy shown(menu, &QMenu::aboutToShow);

    QTest::keyClick(&panel, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(menu->isVisible());
    menu->hide();
    QTest::keyClick(&panel, Qt::Key_Menu);
    QTRY_VERIFY(menu->isVisible());
    // X11 follows the Menu key with a context menu event: it must not open a second menu.
    QContextMenuEvent platformEcho(QContextMenuEvent::Keyboard, panel.rect().center(),
                                   panel.mapToGlobal(panel.rect().center()));
    QApplication::sendEvent(&panel, &platformEcho);
    QCOMPARE(shown.size(), 2);
    menu->hide();

    // The mouse, over the chart: the event reaches the panel through the chart view.
    QContextMenuEvent mouse(QContextMenuEvent::Mouse, QPoint(20, 20), panel.chartView()->mapToGlobal(QPoint(20, 20)));
    QApplication::sendEvent(panel.chartView()->viewport(), &mouse);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(shown.size(), 3);
    menu->hide();

    // From the table too: the key the table does not use reaches the panel.
    panel.setTableVisible(true);
    QTest::keyClick(panel.tableView(), Qt::Key_Menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(shown.size(), 4);
    menu->hide();
}

void TestChartPanelKeys::menuHasTheExportActions()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Bar);
    QStringList texts;
    for (const QAction *action : panel.actionsMenu()->actions())
        if (!action->isSeparator())
            texts.append(action->text());
    QCOMPARE(texts, (QStringList{QStringLiteral("Export as PNG…"), QStringLiteral("Export as SVG…"),
                                 QStringLiteral("Export table as CSV…"), QStringLiteral("Copy table"),
                                 QStringLiteral("Show as table")}));
    // The menu's "Show as table" is the same action as the button and Ctrl+T.
    panel.actionsMenu()->actions().constLast()->trigger();
    QVERIFY(panel.isTableVisible());
}

void TestChartPanelKeys::hoverTooltipNamesThePoint()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Bar);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *bars = qobject_cast<QBarSeries *>(panel.chart()->series().at(0));
    // What Qt Charts emits when the pointer enters Wednesday's email bar.
    Q_EMIT bars->hovered(true, 2, bars->barSets().at(1));
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Wed, Emails: 44"));
    Q_EMIT bars->hovered(false, 2, bars->barSets().at(1));
    QTRY_VERIFY(QToolTip::text().isEmpty() || !QToolTip::isVisible());

    panel.setKind(ChartPanel::Kind::Line);
    auto *line = qobject_cast<QLineSeries *>(panel.chart()->series().at(0));
    Q_EMIT line->hovered(QPointF(3.2, 1213), true);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Thu, Calls: 1,212"));
}

QTEST_MAIN(TestChartPanelKeys)
#include "tst_chart_panel_keys.moc"
