// Getting around the dashboards by keyboard, against the sandbox, offscreen:
// Enter on a leaderboard row opens the agent's dashboard (tiles, trends,
// pipeline and lists for that agent) and Enter on one of their conversations
// asks the inbox to open it; Esc, Backspace and Alt+Left go back to the
// organization as it was, without asking anything again; Enter on a
// pipeline stage (chart or table) lists its sales, and Enter on a sale shows
// its products and history; Ctrl+PageDown reaches the legacy page.
#include "common/ThemeColors.h"
#include "dashboards/AgentPage.h"
#include "dashboards/DashboardShortcuts.h"
#include "dashboards/LeaderboardView.h"
#include "dashboards/LegacyPage.h"
#include "dashboards/PagedListView.h"
#include "dashboards/PipelineCharts.h"
#include "dashboards/RangeBar.h"
#include "dashboards/SaleDetailPane.h"
#include "dashboards/StageSalesPage.h"
#include "dashboards/StageSalesTable.h"
#include "dashboards/TrendCharts.h"

#include "AgentConversationListModel.h"
#include "AgentSaleListModel.h"
#include "LeaderboardModel.h"
#include "LegacyAnalytics.h"
#include "PipelineModel.h"
#include "Sale.h"
#include "StageSalesModel.h"
#include "tst_dashboard_ui_support.h"

#include <QAbstractBarSeries>
#include <QAbstractProxyModel>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>

using namespace repdesk;
using namespace repdesk::test;

class TestDashboardNavigation : public QObject
{
    Q_OBJECT
    DashboardFixture d;

    static QStringList tileTexts(ScopeView *figures)
    {
        QStringList texts;
        for (int row = 0; row < figures->tiles()->tileCount(); ++row)
            texts << figures->tiles()->tile(row)->valueText();
        return texts;
    }

    // The first row of a pipeline with sales in the sales index (the drill-down reads the index).
    static int stageWithSales(DashboardSession *s)
    {
        PipelineModel *pipeline = s->pipeline();
        for (int row = 0; row < pipeline->rowCount(); ++row) {
            s->openStage(pipeline->stageName(row));
            if (s->stageSales()->rowCount() > 0)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(d.start()); }

    void enterOnAnAgentOpensTheirDashboardAndBackReturns()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("agent"), AnalyticsRange::Preset::Last30Days));
        QVERIFY(settle(p.session.get()));
        ScopeView *org = p.pages->organizationPage()->figures();
        const QStringList orgTiles = tileTexts(org);
        QTableView *table = p.pages->organizationPage()->leaderboard()->table();
        // Sorted by conversations responded to, highest first: the first row has conversations.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        const QString agentId = table->currentIndex().data(LeaderboardModel::AgentIdRole).toString();
        const QString name = table->currentIndex().data().toString();
        QTest::keyClick(table, Qt::Key_Return);

        QCOMPARE(p.pages->view(), DashboardPages::View::Agent);
        QCOMPARE(p.session->agentId(), agentId);
        QVERIFY(p.pages->tabBar()->isTabVisible(1));
        QCOMPARE(p.pages->tabBar()->tabText(1), name);
        QVERIFY(!p.pages->backButton()->isHidden());
        QVERIFY(settle(p.session.get()));

        AgentPage *page = p.pages->agentPage();
        ScopeView *agent = page->figures();
        QCOMPARE(agent->tiles()->tileCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QVERIFY(!agent->tiles()->tile(row)->isSkeletonShown());
            QVERIFY(!agent->tiles()->tile(row)->isErrorShown());
        }
        const int buckets = int(p.session->range().buckets().size());
        TrendCharts *trends = agent->trends();
        QCOMPARE(trends->charts(), QList<ChartPanel *>{trends->volumeChart()});
        QCOMPARE(seriesNames(trends->volumeChart()), (QStringList{QStringLiteral("Sent"), QStringLiteral("Responded to")}));
        QCOMPARE(points(trends->volumeChart(), 0), buckets);
        QCOMPARE(points(trends->volumeChart(), 1), buckets);
        QVERIFY(agent->modalityChart()->isHidden() || !agent->modalityChart()->isVisibleTo(agent));
        QCOMPARE(points(agent->pipeline()->volumeChart()), p.session->pipeline()->rowCount());
        QVERIFY(!agent->charts().contains(agent->modalityChart()));

        // The agent's lists, paged; Enter on a conversation asks for it in the inbox.
        auto *conversations = p.session->agentConversations();
        QTRY_VERIFY_WITH_TIMEOUT(conversations->itemRowCount() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(p.session->agentSales()->fetchState() != PagedListModel::FetchState::Loading, 20000);
        auto *shown = qobject_cast<QAbstractProxyModel *>(page->conversations()->model());
        QVERIFY(shown);
        QCOMPARE(shown->sourceModel(), conversations);
        QCOMPARE(shown->rowCount(), conversations->rowCount());
        // Names are set apart from the time (right-to-left names), never the id.
        const QString first = shown->index(0, 0).data().toString();
        QVERIFY2(first.startsWith(QChar(0x2068)), qPrintable(first));
        QVERIFY(!first.contains(conversations->conversation(0)->contactId));
        QSignalSpy open(p.pages.get(), &DashboardPages::openConversationRequested);
        page->conversations()->setFocus();
        page->conversations()->setCurrentIndex(conversations->index(0));
        QTest::keyClick(page->conversations(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), conversations->conversation(0)->conversationId);
        shot(p.pages.get(), QStringLiteral("agent"));

        // Enter on one of their sales: the sale beside the other sales of its stage.
        auto *sales = p.session->agentSales();
        if (sales->itemRowCount() > 0) {
            const QString saleId = sales->sale(0)->saleId;
            page->sales()->setFocus();
            page->sales()->setCurrentIndex(sales->index(0));
            QTest::keyClick(page->sales(), Qt::Key_Return);
            QCOMPARE(p.pages->view(), DashboardPages::View::Stage);
            QCOMPARE(p.pages->stagePage()->stage(), sales->index(0).data(AgentSaleListModel::StatusLabelRole).toString());
            QCOMPARE(p.session->saleDetail()->detail().saleId, saleId);
            QVERIFY(p.pages->stagePage()->titleText().contains(name));
            // Back: to the agent's dashboard, on their sales list.
            QTest::keyClick(p.pages->stagePage()->table(), Qt::Key_Escape);
            QCOMPARE(p.pages->view(), DashboardPages::View::Agent);
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(page->sales()));
        }

        // Esc: back to the organization as it was, asking nothing.
        QVERIFY(settle(p.session.get()));
        const int before = d.f.requestCount();
        QTest::keyClick(page->conversations(), Qt::Key_Escape);
        QCOMPARE(p.pages->view(), DashboardPages::View::Organization);
        QCOMPARE(p.session->scope(), DashboardSession::Scope::Organization);
        QVERIFY(settle(p.session.get()));
        QCOMPARE(d.f.requestCount(), before);
        QCOMPARE(tileTexts(org), orgTiles);
        QVERIFY(p.pages->backButton()->isHidden());
        // The keyboard is back where it left the organization: on the leaderboard.
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));

        // The agent stays one Ctrl+PageDown away (same figures, nothing asked); Backspace and Alt+Left go back too.
        QWidget *focus = org->tiles()->tile(0);
        focus->setFocus();
        QTest::keyClick(focus, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(p.pages->view(), DashboardPages::View::Agent);
        QVERIFY(settle(p.session.get()));
        QCOMPARE(d.f.requestCount(), before);
        agent->tiles()->tile(0)->setFocus();
        QTest::keyClick(agent->tiles()->tile(0), Qt::Key_Backspace);
        QCOMPARE(p.pages->view(), DashboardPages::View::Organization);
        p.pages->openAgent(agentId);
        agent->tiles()->tile(0)->setFocus();
        QTest::keyClick(agent->tiles()->tile(0), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(p.pages->view(), DashboardPages::View::Organization);
    }

    void backspaceInADateFieldEditsTheDate()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("backspace"), AnalyticsRange::Preset::Last7Days));
        QVERIFY(settle(p.session.get()));
        QTableView *table = p.pages->organizationPage()->leaderboard()->table();
        p.pages->openAgent(table->model()->index(0, 0).data(LeaderboardModel::AgentIdRole).toString());
        QCOMPARE(p.pages->view(), DashboardPages::View::Agent);
        QDateEdit *edit = p.pages->rangeBar()->firstDayEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QCOMPARE(p.pages->view(), DashboardPages::View::Agent);
    }

    void enterOnAStageListsItsSalesAndASaleItsDetail()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("stage"), AnalyticsRange::Preset::LastQuarter));
        QVERIFY(settle(p.session.get()));
        const int row = stageWithSales(p.session.get());
        QVERIFY2(row >= 0, "the sandbox has sales in a stage of last quarter's pipeline");
        const QString stage = p.session->pipeline()->stageName(row);
        ChartPanel *chart = p.pages->organizationPage()->figures()->pipeline()->volumeChart();
        chart->setFocus();
        chart->setHighlight(row, 0);
        QTest::keyClick(chart, Qt::Key_Return);

        QCOMPARE(p.pages->view(), DashboardPages::View::Stage);
        StageSalesPage *page = p.pages->stagePage();
        QCOMPARE(page->stage(), stage);
        QVERIFY(page->titleText().contains(stage));
        QTableView *table = page->table();
        // The first drill-down of a session checks the rule against a walk newer than the figure.
        QTRY_COMPARE_WITH_TIMEOUT(p.session->stageSales()->agreement(), StageSalesModel::Agreement::Agrees, 20000);
        QCOMPARE(table->model()->rowCount(), p.session->stageSales()->rowCount());
        QCOMPARE(table->model()->columnCount(), int(StageSalesTable::ColumnCount));
        QVERIFY(table->hasFocus());
        // The list is the stage's figure, and the caption says by which rule.
        const int volume = p.session->pipeline()->index(row, PipelineModel::VolumeColumn).data(Qt::UserRole).toInt();
        QCOMPARE(table->model()->rowCount(), volume);
        QVERIFY2(page->captionText().contains(QStringLiteral("now in this stage")), qPrintable(page->captionText()));
        // Company and contact names arrive from the server; the table shows them, never ids.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < table->model()->rowCount(); ++r) {
                    if (table->model()->index(r, StageSalesTable::CompanyColumn).data().toString() == QStringLiteral("Loading…")
                        || table->model()->index(r, StageSalesTable::ContactColumn).data().toString() == QStringLiteral("Loading…"))
                        return false;
                }
                return true;
            }(),
            20000);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString id = table->model()->index(r, 0).data(StageSalesTable::SaleIdRole).toString();
            const Sale *sale = p.session->stageSales()->sale(p.session->stageSales()->rowOfSale(id));
            QVERIFY(sale);
            const QString owner = table->model()->index(r, StageSalesTable::OwnerColumn).data().toString();
            QVERIFY(!owner.isEmpty());
            QVERIFY2(owner != sale->ownerId, "owners are named, never ids");
            const QString company = table->model()->index(r, StageSalesTable::CompanyColumn).data().toString();
            QVERIFY2(sale->companyId.isEmpty() || company != sale->companyId, "companies are named, never ids");
            if (!sale->companyId.isEmpty()) {
                auto expected = run(d.f.client()->getCompany(d.f.org, sale->companyId));
                REQUIRE_OK(expected);
                QCOMPARE(company, expected.value->name);
            }
            const QString contact = table->model()->index(r, StageSalesTable::ContactColumn).data().toString();
            QVERIFY(sale->primaryContactId().isEmpty() || contact != sale->primaryContactId());
            if (!sale->primaryContactId().isEmpty()) {
                auto expected = run(d.f.client()->getContact(d.f.org, sale->primaryContactId()));
                REQUIRE_OK(expected);
                const Contact &c = *expected.value;
                QCOMPARE(contact, !c.name.trimmed().isEmpty() ? c.name : !c.email.isEmpty() ? c.email : c.phoneNumber);
            }
            QVERIFY(!table->model()->index(r, StageSalesTable::AgeColumn).data().toString().isEmpty());
        }

        // Enter on a sale: its products (quantity × unit price), totals and status history. A quoted
        // one when the stage has one (a Qualified sale may have no quote yet; the data is anchored
        // at now, so which stage and sale come first changes between runs).
        int quoted = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString id = table->model()->index(r, 0).data(StageSalesTable::SaleIdRole).toString();
            if (!p.session->stageSales()->sale(p.session->stageSales()->rowOfSale(id))->quoteDetails.products.isEmpty()) {
                quoted = r;
                break;
            }
        }
        table->setCurrentIndex(table->model()->index(quoted, 0));
        QTest::keyClick(table, Qt::Key_Return);
        const QString saleId = table->model()->index(quoted, 0).data(StageSalesTable::SaleIdRole).toString();
        const Sale *sale = p.session->stageSales()->sale(p.session->stageSales()->rowOfSale(saleId));
        QCOMPARE(p.session->saleDetail()->detail().saleId, saleId);
        SaleDetailPane *detail = page->detail();
        QCOMPARE(detail->lines()->rowCount(), sale->quoteDetails.products.size());
        QCOMPARE(detail->history()->rowCount(), sale->statusHistory.size());
        QVERIFY2(detail->totalsText().startsWith(sale->quoteDetails.products.isEmpty() ? QStringLiteral("No products quoted yet.")
                                                                                      : QStringLiteral("Quote total")),
                 qPrintable(detail->totalsText()));
        QVERIFY(detail->summaryText().contains(stage));
        QTRY_VERIFY_WITH_TIMEOUT(!p.session->saleDetail()->isLoadingHistory(), 20000);
        shot(p.pages.get(), QStringLiteral("stage"));

        // Backspace in the table goes back to the organization's page, to the chart it came from.
        QTest::keyClick(table, Qt::Key_Backspace);
        QCOMPARE(p.pages->view(), DashboardPages::View::Organization);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(chart));

        // A click on the bar does the same.
        QAbstractBarSeries *bars = nullptr;
        for (QAbstractSeries *series : chart->chart()->series())
            bars = bars ? bars : qobject_cast<QAbstractBarSeries *>(series);
        QVERIFY(bars);
        Q_EMIT bars->clicked(row, bars->barSets().constFirst());
        QCOMPARE(p.pages->view(), DashboardPages::View::Stage);
        QCOMPARE(page->stage(), stage);
        QVERIFY(p.pages->back());

        // The same from "Show as table": Enter on the stage's row.
        chart->setTableVisible(true);
        QTableView *asTable = chart->tableView();
        asTable->setFocus();
        asTable->setCurrentIndex(asTable->model()->index(row, 0));
        QTest::keyClick(asTable, Qt::Key_Return);
        QCOMPARE(p.pages->view(), DashboardPages::View::Stage);
        QCOMPARE(page->stage(), stage);
        QTest::keyClick(page->table(), Qt::Key_Escape);
        QCOMPARE(p.pages->view(), DashboardPages::View::Organization);
    }

    void ctrlPageDownReachesTheLegacyPage()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("legacy"), AnalyticsRange::Preset::Last30Days));
        QVERIFY(settle(p.session.get()));
        QTRY_VERIFY_WITH_TIMEOUT(p.session->legacy()->isAvailable(), 20000);
        QTabBar *tabs = p.pages->tabBar();
        QVERIFY(tabs->isTabVisible(2));
        QVERIFY(!tabs->isTabVisible(1)); // no agent opened yet
        tabs->setFocus();
        QTest::keyClick(tabs, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(p.pages->view(), DashboardPages::View::Legacy);
        LegacyPage *page = p.pages->legacyPage();
        QCOMPARE(page->solutionBox()->count(), p.session->legacy()->count());
        QVERIFY(settle(p.session.get()));
        QTRY_COMPARE_WITH_TIMEOUT(points(page->funnelChart()), 4, 20000);
        QCOMPARE(seriesNames(page->funnelChart()), QStringList{QStringLiteral("Count")});
        QCOMPARE(page->figures()->rowCount(), 12);
        QVERIFY(page->figures()->item(0, 1)->text() != QStringLiteral("—"));
        shot(p.pages.get(), QStringLiteral("legacy"));
        QTest::keyClick(tabs, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(p.pages->view(), DashboardPages::View::Organization);
    }

    void tabReachesEachPageRightAfterTheRangeBar()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("tabs"), AnalyticsRange::Preset::Last7Days));
        QVERIFY(settle(p.session.get()));
        p.pages->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(p.pages.get()));
        QPushButton *apply = p.pages->rangeBar()->applyButton();
        apply->setFocus();
        QTest::keyClick(apply, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(p.pages->organizationPage()->figures()->tiles()->tile(0)));
        // Built later, the agent's page is still next after the range bar.
        QTableView *table = p.pages->organizationPage()->leaderboard()->table();
        p.pages->openAgent(table->model()->index(0, 0).data(LeaderboardModel::AgentIdRole).toString());
        apply->setFocus();
        QTest::keyClick(apply, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(p.pages->agentPage()->figures()->tiles()->tile(0)));
        // A tile's Retry follows it only when shown: the next stop is the next tile; after the
        // last tile, the first chart.
        KpiTileGrid *tiles = p.pages->agentPage()->figures()->tiles();
        for (int i = 1; i < tiles->tileCount(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tiles->tile(i)));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(p.pages->agentPage()->figures()->trends()->volumeChart()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(p.pages->agentPage()->figures()->trends()->volumeChart()->isAncestorOf(QApplication::focusWidget()));
    }

    void changesAreColouredFromThePalette()
    {
        PagesFixture p;
        QVERIFY(p.open(d, QStringLiteral("dark"), AnalyticsRange::Preset::Last30Days));
        QVERIFY(settle(p.session.get()));
        KpiTileGrid *grid = p.pages->organizationPage()->figures()->tiles();
        KpiTile *tile = nullptr;
        for (int row = 0; row < grid->tileCount() && !tile; ++row) {
            if (p.session->tiles()->index(row).data(KpiTileModel::ChangeSentimentRole).toInt() != 0)
                tile = grid->tile(row);
        }
        QVERIFY2(tile, "some tile changed against the previous period");
        const auto changeLabel = [tile] {
            for (QLabel *label : tile->findChildren<QLabel *>()) {
                if (label->text() == tile->changeText())
                    return label;
            }
            return static_cast<QLabel *>(nullptr);
        };
        QVERIFY(changeLabel());
        const int lightLightness = changeLabel()->palette().color(QPalette::WindowText).lightness();
        p.pages->setPalette(ThemeColors::darkPalette());
        QCoreApplication::processEvents();
        // Readable on the dark window: the good or bad colour is a light one now.
        QVERIFY(lightLightness < 128);
        QVERIFY2(changeLabel()->palette().color(QPalette::WindowText).lightness() > 128,
                 qPrintable(changeLabel()->palette().color(QPalette::WindowText).name()));
        shot(p.pages.get(), QStringLiteral("organization-dark"));
    }

    void everyKeyIsListedAndControlsAreNamed()
    {
        const auto keys = DashboardShortcuts::all();
        QStringList listed;
        for (const ShortcutInfo &info : keys) {
            QVERIFY(!info.action.isEmpty());
            listed << info.keys;
        }
        for (const QString &key : {QStringLiteral("Ctrl+PageDown / Ctrl+PageUp"), QStringLiteral("Alt+Left, Backspace, Esc"),
                                   QStringLiteral("Alt+R"), QStringLiteral("Alt+S")})
            QVERIFY2(listed.contains(key), qPrintable(key));
        DashboardPages pages;
        QVERIFY(!pages.tabBar()->accessibleName().isEmpty());
        QVERIFY(!pages.backButton()->accessibleName().isEmpty() || pages.backButton()->isHidden());
        QVERIFY(!pages.rangeBar()->presetBox()->accessibleName().isEmpty());
        QVERIFY(!pages.rangeBar()->firstDayEdit()->accessibleName().isEmpty());
        QVERIFY(!pages.rangeBar()->lastDayEdit()->accessibleName().isEmpty());
        QCOMPARE(pages.view(), DashboardPages::View::None);
        QVERIFY(!pages.back());
    }
};

QTEST_MAIN(TestDashboardNavigation)
#include "tst_dashboard_navigation.moc"
