// The workspace as the main window drives it, over a real AccountSession on
// the sandbox, offscreen: nothing is asked until it is shown; shown, it
// starts the organization's dashboards and puts the keyboard on the first
// tile; File > Export lists the page's charts and tables and each action
// writes its file (PNG, SVG, CSV); another organization replaces the session.
#include "dashboards/DashboardExportMenu.h"
#include "dashboards/DashboardWorkspace.h"
#include "dashboards/LeaderboardView.h"

#include "common/EmptyStateWidget.h"
#include "common/ExportFileDialog.h"
#include "AccountSession.h"
#include "OrganizationSession.h"
#include "PipelineModel.h"
#include "tst_dashboard_ui_support.h"

#include <QFile>
#include <QMenu>
#include <QTableView>

using namespace repdesk;
using namespace repdesk::test;

class TestDashboardWorkspace : public QObject
{
    Q_OBJECT
    DashboardFixture d;
    QTemporaryDir m_data;
    QTemporaryDir m_out;
    std::unique_ptr<AccountSession> m_account;

    static QList<QAction *> leafActions(QMenu *menu)
    {
        QList<QAction *> out;
        for (QAction *action : menu->actions()) {
            if (action->menu())
                out << leafActions(action->menu());
            else if (!action->isSeparator())
                out << action;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(d.start());
        QVERIFY(m_data.isValid() && m_out.isValid());
        AccountSession::Identity identity;
        identity.label = QStringLiteral("Sandbox");
        identity.server = d.f.server->url();
        identity.storageId = QStringLiteral("workspace");
        m_account = std::make_unique<AccountSession>(d.f.account->provider(), identity, m_data.path());
        m_account->start(d.f.org);
        QTRY_VERIFY_WITH_TIMEOUT(m_account->organization() != nullptr, 20000);
    }

    void cleanupTestCase() { m_account.reset(); }

    void startsWhenShownAndExportsThePageOnScreen()
    {
        OrganizationSession *org = m_account->organization();
        DashboardWorkspace workspace;
        workspace.resize(1280, 800);
        workspace.setOrganization(org);
        // Hidden: no session yet, nothing asked.
        QVERIFY(!workspace.session());
        QCOMPARE(workspace.pages()->view(), DashboardPages::View::None);

        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        DashboardSession *s = workspace.session();
        QVERIFY(s);
        QCOMPARE(s, org->dashboards());
        QVERIFY(s->isStarted());
        QCOMPARE(workspace.pages()->view(), DashboardPages::View::Organization);
        // The pages fill the workspace, whatever size the window gives it.
        QCOMPARE(workspace.pages()->geometry(), workspace.rect());
        workspace.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&workspace));
        workspace.focusDefault();
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(workspace.pages()->organizationPage()->figures()->tiles()->tile(0)));
        QVERIFY(settle(s));

        // File > Export: every chart of the page (PNG, SVG, CSV each) and the leaderboard.
        QStringList written;
        workspace.setExportPathChooser([this, &written](const QString &title, int format) {
            const QString path = m_out.filePath(
                ExportFileDialog::suggestedFileName(title + QString::number(written.size()), ExportFileDialog::Format(format)));
            written << path;
            return path;
        });
        QMenu menu;
        workspace.fillExportMenu(&menu);
        const QList<ChartPanel *> charts = DashboardExportMenu::charts(workspace.pages());
        QCOMPARE(charts.size(), 6); // response rate, response time, volume, two pipeline charts, channels
        QStringList titles;
        for (QAction *action : menu.actions()) {
            if (action->menu())
                titles << action->text();
        }
        for (ChartPanel *chart : charts)
            QVERIFY2(titles.contains(chart->title()), qPrintable(chart->title()));
        const QList<QAction *> actions = leafActions(&menu);
        QCOMPARE(actions.size(), charts.size() * 3 + 1);
        QVERIFY(actions.last()->text().startsWith(QStringLiteral("Team leaderboard")));

        // The first chart's three files, then the leaderboard's table.
        QMenu *first = menu.actions().constFirst()->menu();
        QVERIFY(first);
        for (QAction *action : first->actions()) {
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
            action->trigger();
        }
        actions.last()->trigger();
        QCOMPARE(written.size(), 4);
        QFile png(written.at(0)), svg(written.at(1)), csv(written.at(2)), table(written.at(3));
        QVERIFY(png.open(QIODevice::ReadOnly) && svg.open(QIODevice::ReadOnly) && csv.open(QIODevice::ReadOnly)
                && table.open(QIODevice::ReadOnly));
        QVERIFY(png.read(8).startsWith("\x89PNG"));
        QVERIFY(svg.readAll().contains("<svg"));
        const QList<QByteArray> csvLines = csv.readAll().trimmed().split('\n');
        QCOMPARE(csvLines.size(), s->trends()->rowCount() + 1);
        const QList<QByteArray> tableLines = table.readAll().trimmed().split('\n');
        QCOMPARE(tableLines.size(), s->leaderboard()->rowCount() + 1);
        QVERIFY(tableLines.first().contains("Agent"));

        // The drill-down page offers its tables, not the charts behind it.
        workspace.pages()->openStage(s->pipeline()->stageName(0));
        QMenu stageMenu;
        workspace.fillExportMenu(&stageMenu);
        QCOMPARE(leafActions(&stageMenu).size(), 3);
        QVERIFY(workspace.pages()->back());
    }

    void noOrganizationShowsWhy()
    {
        DashboardWorkspace workspace;
        workspace.setOrganization(nullptr);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QVERIFY(!workspace.session());
        QCOMPARE(workspace.pages()->view(), DashboardPages::View::None);
        QVERIFY(workspace.pages()->emptyState()->isVisible());
        QMenu menu;
        workspace.fillExportMenu(&menu);
        QVERIFY(menu.isEmpty());
        workspace.refresh(); // nothing to refresh, nothing breaks
    }
};

QTEST_MAIN(TestDashboardWorkspace)
#include "tst_dashboard_workspace.moc"
