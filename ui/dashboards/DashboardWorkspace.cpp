#include "dashboards/DashboardWorkspace.h"

#include "dashboards/AgentPage.h"
#include "dashboards/DashboardExportMenu.h"
#include "dashboards/DashboardPages.h"
#include "dashboards/KpiTile.h"
#include "dashboards/KpiTileGrid.h"
#include "dashboards/LegacyPage.h"
#include "dashboards/OrganizationPage.h"
#include "dashboards/RangeBar.h"
#include "dashboards/StageSalesPage.h"

#include "common/EmptyStateWidget.h"
#include "DashboardSession.h"
#include "LegacyAnalytics.h"
#include "OrganizationSession.h"

#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace repdesk {

// What the workspace is made of; the pages themselves come and go in DashboardPages.
class DashboardWorkspace::Pages
{
public:
    explicit Pages(DashboardWorkspace *owner) : view(new DashboardPages(owner)) {}
    DashboardPages *view;
};

DashboardWorkspace::DashboardWorkspace(QWidget *parent) : QWidget(parent), m_pages(new Pages(this))
{
    setAccessibleName(tr("Dashboards"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages->view);
    connect(m_pages->view, &DashboardPages::openConversationRequested, this,
            &DashboardWorkspace::openConversationRequested);
    m_pages->view->setSession(nullptr, nullptr);
}

DashboardWorkspace::~DashboardWorkspace()
{
    delete m_pages;
}

void DashboardWorkspace::setOrganization(OrganizationSession *organization)
{
    if (m_organization == organization)
        return;
    m_organization = organization;
    // Nothing of the previous organization stays drawn; the next session is
    // created (and started) on the first showing: a hidden workspace costs nothing.
    m_pages->view->setSession(nullptr, nullptr);
    if (organization && isVisible())
        showEvent(nullptr);
}

DashboardSession *DashboardWorkspace::session() const
{
    return m_pages->view->session();
}

DashboardPages *DashboardWorkspace::pages() const
{
    return m_pages->view;
}

void DashboardWorkspace::refresh()
{
    if (DashboardSession *s = session())
        s->refresh();
}

void DashboardWorkspace::fillExportMenu(QMenu *menu)
{
    DashboardExportMenu::fill(menu, m_pages->view, m_exportPath);
}

void DashboardWorkspace::setExportPathChooser(std::function<QString(const QString &, int)> chooser)
{
    m_exportPath = std::move(chooser);
}

void DashboardWorkspace::focusDefault()
{
    m_pages->view->focusDefault();
}

void DashboardWorkspace::showEvent(QShowEvent *event)
{
    if (event)
        QWidget::showEvent(event);
    if (!m_organization)
        return;
    DashboardSession *s = m_organization->dashboards();
    if (s != m_pages->view->session())
        m_pages->view->setSession(s, m_organization->contacts());
    // Started only while shown: the figures of the range are asked now, painted from the cache first.
    if (s && !s->isStarted())
        s->start();
}

} // namespace repdesk
