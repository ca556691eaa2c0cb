#include "dashboards/DashboardShortcuts.h"

#include <QCoreApplication>

namespace repdesk {

QList<ShortcutInfo> DashboardShortcuts::all()
{
    // Literals wrapped in QT_TRANSLATE_NOOP so lupdate sees them through the lambda.
    const auto t = [](const char *s) { return QCoreApplication::translate("DashboardShortcuts", s); };
    return {
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Ctrl+PageDown / Ctrl+PageUp")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Dashboards: next / previous page (Organization, agent, Legacy analytics)"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Alt+R")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Dashboards: choose the date range"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Alt+Left, Backspace, Esc")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Dashboards: back (from a stage's sales to its dashboard, from an agent to the organization)"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Alt+B")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Dashboards: the Back button"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Tab / Shift+Tab")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Dashboards: move between tiles, charts and tables"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Left / Right, Home / End")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "In a chart: move along the points and read each value"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Up / Down")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "In a chart: move between its series"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Ctrl+T")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "In a chart: show it as a table, and back"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Menu, Shift+F10")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "In a chart or table: export as PNG, SVG or CSV, or copy"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Enter (in a pipeline chart or its table)")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Open the sales in the highlighted stage"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Enter, double-click (in the team leaderboard)")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Open that agent's dashboard"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Alt+S")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Team leaderboard: choose the column it is sorted by"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Alt+O")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Team leaderboard: switch between ascending and descending order"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Alt+C / Alt+L")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Agent's dashboard: go to their conversations / sales"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Enter (in an agent's conversations)")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Open the conversation in the inbox"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Enter (in a stage's sales)")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Show the sale's products, totals and status history"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Enter (on a failed row or tile's Retry)")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Ask for that figure again"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Alt+U")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Legacy analytics: choose the solution"))},
        {t(QT_TRANSLATE_NOOP("DashboardShortcuts", "Ctrl+C")), t(QT_TRANSLATE_NOOP("DashboardShortcuts", "In a table: copy the selected cells"))},
    };
}

} // namespace repdesk
