#pragma once

// Shared by the dashboards' widget tests: the sandbox and DashboardSession of
// tests/integration/tst_dashboard_support.h, drawn by a shown DashboardPages,
// offscreen. Checks read what the widgets draw (series and their points,
// tile texts, table rows), never pixels. With REPDESK_DASHBOARD_SHOTS set to
// a folder, shot() saves a grab of the pages there for a person to look at.

#include "../integration/tst_dashboard_support.h"

#include "dashboards/DashboardPages.h"
#include "dashboards/KpiTile.h"
#include "dashboards/KpiTileGrid.h"
#include "dashboards/OrganizationPage.h"
#include "dashboards/ScopeView.h"

#include "common/ChartPanel.h"

#include <QApplication>
#include <QDir>

#include <memory>

namespace repdesk::test {

struct PagesFixture
{
    std::unique_ptr<DashboardSession> session;
    std::unique_ptr<DashboardPages> pages;

    // A session over the fixture's sandbox and cache with `preset`, drawn by shown pages, started.
    bool open(DashboardFixture &d, const QString &key, AnalyticsRange::Preset preset, bool start = true)
    {
        pages.reset();
        session = d.session(key);
        if (!session->setPreset(preset))
            return false;
        pages = std::make_unique<DashboardPages>();
        pages->resize(1280, 800);
        pages->setSession(session.get(), nullptr);
        pages->show();
        if (!QTest::qWaitForWindowExposed(pages.get()))
            return false;
        if (start)
            session->start();
        return true;
    }

    ~PagesFixture()
    {
        // The widgets go first: they watch the session's models.
        pages.reset();
        session.reset();
    }
};

// The queue has nothing left and the widgets have drawn what arrived (charts rebuild on the
// next event loop turn after their model changed).
inline bool settle(DashboardSession *s)
{
    if (!waitSettled(s))
        return false;
    QTest::qWait(30);
    QCoreApplication::processEvents();
    return true;
}

inline int points(ChartPanel *panel, int series = 0)
{
    const auto info = panel->seriesInfo();
    return series < info.size() ? info.at(series).points : -1;
}

inline QStringList seriesNames(ChartPanel *panel)
{
    QStringList names;
    for (const ChartSeriesInfo &info : panel->seriesInfo())
        names << info.name;
    return names;
}

inline void shot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("REPDESK_DASHBOARD_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace repdesk::test
