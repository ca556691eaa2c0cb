#include "dashboards/OrganizationPage.h"

#include "dashboards/LeaderboardView.h"
#include "dashboards/ScopeView.h"

#include "DashboardSession.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>

namespace repdesk {

OrganizationPage::OrganizationPage(QWidget *parent)
    : QWidget(parent),
      m_figures(new ScopeView),
      m_leaderboard(new LeaderboardView),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setAccessibleName(tr("Organization dashboard"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_figures);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_leaderboard);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    connect(m_figures, &ScopeView::stageActivated, this, &OrganizationPage::stageActivated);
    connect(m_leaderboard, &LeaderboardView::agentActivated, this,
            [this](const QString &agentId) { Q_EMIT agentActivated(agentId); });
}

void OrganizationPage::setSession(DashboardSession *session)
{
    m_figures->setScope(session ? session->organization() : nullptr);
    m_leaderboard->setTeam(session ? session->team() : nullptr);
}

void OrganizationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized || width() <= 0)
        return;
    // A little more than half for the figures, the rest for the leaderboard's six columns, once; then the user's.
    m_sized = true;
    m_splitter->setSizes({width() * 11 / 20, width() - width() * 11 / 20});
}

} // namespace repdesk
