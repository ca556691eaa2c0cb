#include "dashboards/DashboardShortcuts.h"

#include <QCoreApplication>

namespace repdesk {

QList<ShortcutInfo> DashboardShortcuts::all()
{
    const auto t = [](const char *s) { return QCoreApplication::translate("DashboardShortcuts", s); };
    return {
        {t("Ctrl+PageDown / Ctrl+PageUp"), t("Dashboards: next / previous page (Organization, agent, Legacy analytics)")},
        {t("Alt+R"), t("Dashboards: choose the date range")},
        {t("Alt+Left, Backspace, Esc"), t("Dashboards: back (from a stage's sales to its dashboard, from an agent to the organization)")},
        {t("Alt+B"), t("Dashboards: the Back button")},
        {t("Tab / Shift+Tab"), t("Dashboards: move between tiles, charts and tables")},
        {t("Left / Right, Home / End"), t("In a chart: move along the points and read each value")},
        {t("Up / Down"), t("In a chart: move between its series")},
        {t("Ctrl+T"), t("In a chart: show it as a table, and back")},
        {t("Menu, Shift+F10"), t("In a chart or table: export as PNG, SVG or CSV, or copy")},
        {t("Enter (in a pipeline chart or its table)"), t("Open the sales in the highlighted stage")},
        {t("Enter, double-click (in the team leaderboard)"), t("Open that agent's dashboard")},
        {t("Alt+S"), t("Team leaderboard: choose the column it is sorted by")},
        {t("Alt+O"), t("Team leaderboard: switch between ascending and descending order")},
        {t("Alt+C / Alt+L"), t("Agent's dashboard: go to their conversations / sales")},
        {t("Enter (in an agent's conversations)"), t("Open the conversation in the inbox")},
        {t("Enter (in a stage's sales)"), t("Show the sale's products, totals and status history")},
        {t("Enter (on a failed row or tile's Retry)"), t("Ask for that figure again")},
        {t("Alt+U"), t("Legacy analytics: choose the solution")},
        {t("Ctrl+C"), t("In a table: copy the selected cells")},
    };
}

} // namespace repdesk
