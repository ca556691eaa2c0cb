#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QMenu;
class QTableView;

namespace repdesk {

class ChartPanel;
class DashboardPages;

// File > Export for the dashboards: for the page on screen, one submenu per
// chart (PNG image, SVG image, CSV table) and one "as CSV" action per table.
// Each action asks where to write (ExportFileDialog) unless a chooser is
// given (tests), writes, and says so when writing failed.
class DashboardExportMenu
{
    Q_DECLARE_TR_FUNCTIONS(repdesk::DashboardExportMenu)
public:
    // chooser(title, ExportFileDialog::Format) -> path; empty: cancelled. Null: ask the user.
    using PathChooser = std::function<QString(const QString &title, int format)>;

    static void fill(QMenu *menu, DashboardPages *pages, const PathChooser &chooser = {});
    // What it offers for the page on screen.
    static QList<ChartPanel *> charts(const DashboardPages *pages);
    static QList<QTableView *> tables(const DashboardPages *pages);
};

} // namespace repdesk
