#include "dashboards/DashboardExportMenu.h"

#include "dashboards/AgentPage.h"
#include "dashboards/DashboardPages.h"
#include "dashboards/LeaderboardView.h"
#include "dashboards/LegacyPage.h"
#include "dashboards/OrganizationPage.h"
#include "dashboards/SaleDetailPane.h"
#include "dashboards/ScopeView.h"
#include "dashboards/StageSalesPage.h"

#include <QAbstractItemModel> // before ChartPanel.h: its inline model() needs the complete type
#include "common/ChartPanel.h"
#include "common/ExportFileDialog.h"
#include "common/TableExportActions.h"

#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>
#include <QTableWidget>

namespace repdesk {

namespace {
using Format = ExportFileDialog::Format;

QString choosePath(QWidget *parent, const DashboardExportMenu::PathChooser &chooser, const QString &title, Format format)
{
    if (chooser)
        return chooser(title, int(format));
    return ExportFileDialog::getSavePath(parent, title, format);
}

void reportFailure(QWidget *parent, const QString &path, const QString &error)
{
    //: An export that could not be written; %1 = file path, %2 = why
    QMessageBox::warning(parent, DashboardExportMenu::tr("Export failed"),
                         DashboardExportMenu::tr("Could not write %1: %2").arg(path, error));
}

QString tableTitle(QTableView *table)
{
    // The view's TableExportActions (attached) knows the title the CSV is named after.
    if (auto *actions = table->findChild<TableExportActions *>(QString(), Qt::FindDirectChildrenOnly))
        return actions->title();
    return table->accessibleName();
}
} // namespace

QList<ChartPanel *> DashboardExportMenu::charts(const DashboardPages *pages)
{
    switch (pages->view()) {
    case DashboardPages::View::Organization:
        return pages->organizationPage()->figures()->charts();
    case DashboardPages::View::Agent:
        return pages->agentPage()->figures()->charts();
    case DashboardPages::View::Legacy:
        return {pages->legacyPage()->funnelChart()};
    case DashboardPages::View::Stage:
    case DashboardPages::View::None:
        break;
    }
    return {};
}

QList<QTableView *> DashboardExportMenu::tables(const DashboardPages *pages)
{
    switch (pages->view()) {
    case DashboardPages::View::Organization:
        return {pages->organizationPage()->leaderboard()->table()};
    case DashboardPages::View::Stage:
        return {pages->stagePage()->table(), pages->stagePage()->detail()->lines(), pages->stagePage()->detail()->history()};
    case DashboardPages::View::Legacy:
        return {pages->legacyPage()->figures()};
    case DashboardPages::View::Agent:
    case DashboardPages::View::None:
        break;
    }
    return {};
}

void DashboardExportMenu::fill(QMenu *menu, DashboardPages *pages, const PathChooser &chooser)
{
    if (!menu || !pages)
        return;
    QWidget *parent = pages->window();
    for (ChartPanel *panel : charts(pages)) {
        QPointer<ChartPanel> guard = panel;
        QMenu *sub = menu->addMenu(panel->title());
        const auto add = [&](const QString &text, Format format) {
            QAction *action = sub->addAction(text, sub, [guard, parent, chooser, format] {
                if (!guard)
                    return;
                const QString path = choosePath(parent, chooser, guard->title(), format);
                if (path.isEmpty())
                    return;
                QString error;
                const bool ok = format == Format::Png ? guard->exportPng(path, &error)
                              : format == Format::Svg ? guard->exportSvg(path, &error)
                                                      : guard->exportCsv(path, &error);
                if (!ok)
                    reportFailure(parent, path, error);
            });
            // Images need a drawn chart; the table exists as soon as there is a model.
            action->setEnabled(format == Format::Csv ? panel->model() != nullptr
                                                     : panel->state() == ChartPanel::State::Ready && !panel->isEmptyShown());
        };
        add(tr("Chart as PNG image…"), Format::Png);
        add(tr("Chart as SVG image…"), Format::Svg);
        add(tr("Data as CSV…"), Format::Csv);
    }
    const QList<QTableView *> shownTables = tables(pages);
    if (!shownTables.isEmpty() && !menu->isEmpty())
        menu->addSeparator();
    for (QTableView *table : shownTables) {
        QPointer<QTableView> guard = table;
        const QString title = tableTitle(table);
        //: File > Export entry for a table; %1 = its title
        QAction *action = menu->addAction(tr("%1 as CSV…").arg(title), menu, [guard, parent, chooser, title] {
            if (!guard)
                return;
            const QString path = choosePath(parent, chooser, title, Format::Csv);
            if (path.isEmpty())
                return;
            TableExportActions exporter(guard);
            exporter.setTitle(title);
            QString error;
            if (!exporter.saveCsv(path, &error))
                reportFailure(parent, path, error);
        });
        action->setEnabled(table->model() && table->model()->rowCount() > 0);
    }
}

} // namespace repdesk
