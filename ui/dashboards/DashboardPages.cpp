#include "dashboards/DashboardPages.h"

#include "dashboards/AgentPage.h"
#include "dashboards/KpiTile.h"
#include "dashboards/KpiTileGrid.h"
#include "dashboards/LegacyPage.h"
#include "dashboards/OrganizationPage.h"
#include "dashboards/RangeBar.h"
#include "dashboards/ScopeView.h"
#include "dashboards/StageSalesPage.h"

#include <QAbstractItemModel> // before ChartPanel.h: its inline model() needs the complete type
#include "common/ChartPanel.h"
#include "common/EmptyStateWidget.h"
#include "DashboardSession.h"
#include "LegacyAnalytics.h"
#include "ScopeDashboard.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace repdesk {

DashboardPages::DashboardPages(QWidget *parent)
    : QWidget(parent),
      m_tabs(new QTabBar(this)),
      m_back(new QPushButton(tr("&Back"), this)),
      m_range(new RangeBar(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyStateWidget(m_stack))
{
    m_tabs->addTab(tr("Organization"));
    m_tabs->addTab(tr("Agent"));
    m_tabs->addTab(tr("Legacy analytics"));
    m_tabs->setTabVisible(AgentTab, false);
    m_tabs->setTabVisible(LegacyTab, false);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setAccessibleName(tr("Dashboard pages"));
    m_tabs->setAccessibleDescription(tr("Ctrl+PageDown and Ctrl+PageUp switch pages."));
    connect(m_tabs, &QTabBar::currentChanged, this, &DashboardPages::onTabChosen);
    m_back->setVisible(false);
    connect(m_back, &QPushButton::clicked, this, &DashboardPages::back);
    m_stack->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_back);
    top->addWidget(m_tabs, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(m_range);
    layout->addWidget(m_stack, 1);

    const auto key = [this](const QKeySequence &sequence, std::function<void()> action) {
        auto *shortcut = new QShortcut(sequence, this);
        // Only while the dashboards are on screen and hold the focus.
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, std::move(action));
    };
    key(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { switchPage(1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { switchPage(-1); });
    // Text fields keep Backspace (they claim it before shortcuts); everywhere else it goes back.
    for (const QKeySequence &sequence : {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace),
                                         QKeySequence(Qt::Key_Escape)})
        key(sequence, [this] { back(); });
    updateEmptyState();
}

void DashboardPages::setSession(DashboardSession *session, ContactDirectory *contacts)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_session && m_session->legacy())
        disconnect(m_session->legacy(), nullptr, this, nullptr);
    m_session = session;
    m_contacts = contacts;
    const bool usable = session && session->isAvailable() && !session->isSuspended();
    m_range->setSession(usable ? session : nullptr);
    if (session) {
        connect(session, &DashboardSession::suspended, this, [this] { setSession(m_session, m_contacts); });
        connect(session, &DashboardSession::currencyChanged, this, [this] {
            for (ScopeView *view : {m_organization ? m_organization->figures() : nullptr,
                                    m_agent ? m_agent->figures() : nullptr}) {
                if (view && m_session)
                    view->setCurrencyNote(m_session->currencyNote());
            }
        });
        connect(session->legacy(), &LegacyAnalytics::availabilityChanged, this, &DashboardPages::updateLegacyTab);
    }
    // Pages already built draw the new session (or nothing); the others wait until they are opened.
    DashboardSession *shown = usable ? session : nullptr;
    if (m_organization)
        m_organization->setSession(shown);
    if (m_agent) {
        m_agent->setSession(shown);
        m_agent->setContacts(contacts);
    }
    if (m_stage)
        m_stage->setSession(shown);
    if (m_legacy)
        m_legacy->setLegacy(shown ? shown->legacy() : nullptr);
    m_tabs->setTabVisible(AgentTab, shown && shown->agentScope());
    updateLegacyTab();
    updateEmptyState();
    if (!shown) {
        setView(View::None);
        return;
    }
    ensureOrganizationPage();
    if (shown->scope() == DashboardSession::Scope::Agent)
        openAgent(shown->agentId());
    else
        setView(View::Organization);
}

void DashboardPages::ensureOrganizationPage()
{
    if (m_organization)
        return;
    m_organization = new OrganizationPage;
    m_stack->addWidget(m_organization);
    // Drawing the session makes the tiles: before the page takes its place in the Tab order.
    m_organization->setSession(m_session);
    placeInTabOrder(m_organization);
    if (m_session)
        m_organization->figures()->setCurrencyNote(m_session->currencyNote());
    connect(m_organization, &OrganizationPage::agentActivated, this, &DashboardPages::openAgent);
    connect(m_organization, &OrganizationPage::stageActivated, this, &DashboardPages::openStage);
}

void DashboardPages::showOrganization()
{
    if (!m_session || m_view == View::None)
        return;
    m_session->backToOrganization();
    ensureOrganizationPage();
    setView(View::Organization);
}

void DashboardPages::openAgent(const QString &agentId)
{
    if (!m_session || agentId.isEmpty() || m_view == View::None)
        return;
    m_session->openAgent(agentId);
    if (m_session->scope() != DashboardSession::Scope::Agent)
        return;
    if (!m_agent) {
        m_agent = new AgentPage;
        m_stack->addWidget(m_agent);
        m_agent->setSession(m_session);
        m_agent->setContacts(m_contacts);
        placeInTabOrder(m_agent);
        connect(m_agent, &AgentPage::stageActivated, this, &DashboardPages::openStage);
        connect(m_agent, &AgentPage::conversationActivated, this, &DashboardPages::openConversationRequested);
        connect(m_agent, &AgentPage::saleActivated, this, &DashboardPages::openAgentSale);
    }
    m_agent->setSession(m_session);
    const QString name = m_session->agentName();
    m_agent->setAgentName(name);
    m_tabs->setTabText(AgentTab, name.isEmpty() ? tr("Agent") : name);
    m_tabs->setTabVisible(AgentTab, true);
    setView(View::Agent);
}

void DashboardPages::openStage(const QString &stage)
{
    if (!m_session || stage.isEmpty() || (m_view != View::Organization && m_view != View::Agent))
        return;
    m_stageReturn = m_view;
    m_session->openStage(stage);
    if (!m_stage) {
        m_stage = new StageSalesPage;
        m_stack->addWidget(m_stage);
        placeInTabOrder(m_stage);
    }
    m_stage->setSession(m_session);
    m_stage->setStage(stage, m_view == View::Agent ? m_session->agentName() : tr("the organization"));
    setView(View::Stage);
    m_stage->table()->setFocus(Qt::OtherFocusReason);
    if (m_stage->table()->model()->rowCount() > 0)
        m_stage->table()->setCurrentIndex(m_stage->table()->model()->index(0, 0));
}

void DashboardPages::openAgentSale(const QString &saleId, const QString &stage)
{
    if (m_view != View::Agent || stage.isEmpty())
        return;
    openStage(stage);
    if (m_view == View::Stage)
        m_stage->showSale(saleId);
}

void DashboardPages::showLegacy()
{
    if (!m_session || !m_session->legacy()->isAvailable() || m_view == View::None)
        return;
    if (!m_legacy) {
        m_legacy = new LegacyPage;
        m_stack->addWidget(m_legacy);
        placeInTabOrder(m_legacy);
        m_legacy->setLegacy(m_session->legacy());
    }
    setView(View::Legacy);
}

bool DashboardPages::back()
{
    switch (m_view) {
    case View::Stage:
        if (m_stageReturn == View::Agent && m_session && m_session->scope() == DashboardSession::Scope::Agent)
            setView(View::Agent);
        else
            showOrganization();
        break;
    case View::Agent:
    case View::Legacy:
        showOrganization();
        break;
    case View::Organization:
    case View::None:
        return false;
    }
    return true;
}

void DashboardPages::switchPage(int step)
{
    if (m_view == View::None)
        return;
    const int count = m_tabs->count();
    int index = m_tabs->currentIndex();
    for (int i = 0; i < count; ++i) {
        index = (index + step + count) % count;
        if (m_tabs->isTabVisible(index))
            break;
    }
    if (index != m_tabs->currentIndex() || m_view == View::Stage)
        onTabChosen(index);
}

void DashboardPages::onTabChosen(int index)
{
    if (m_choosingTab || !m_session)
        return;
    switch (index) {
    case OrganizationTab:
        showOrganization();
        break;
    case AgentTab:
        if (ScopeDashboard *agent = m_session->agentScope())
            openAgent(agent->agentId());
        break;
    case LegacyTab:
        showLegacy();
        break;
    default:
        break;
    }
}

void DashboardPages::setView(View view)
{
    QWidget *focus = QApplication::focusWidget();
    QWidget *left = currentPage();
    const bool focusInPage = focus && left && left->isAncestorOf(focus);
    if (focusInPage)
        m_lastFocus.insert(int(m_view), focus);
    m_view = view;
    // A chart's hover tooltip must not outlive its page (nor come back from the hover that
    // ends as the page goes: hidden again once the switch is done).
    QToolTip::hideText();
    QTimer::singleShot(0, this, [] { QToolTip::hideText(); });
    QWidget *page = currentPage();
    m_stack->setCurrentWidget(page ? page : m_empty);
    const int tab = view == View::Legacy                                           ? LegacyTab
                  : view == View::Agent || (view == View::Stage && m_stageReturn == View::Agent) ? AgentTab
                                                                                  : OrganizationTab;
    {
        // Following the view is not choosing a tab.
        m_choosingTab = true;
        m_tabs->setCurrentIndex(tab);
        m_choosingTab = false;
    }
    updateChrome();
    // The keyboard was on the page just left: it goes where it was on this one (or its start);
    // on the tabs or the range bar, it stays there.
    if (focusInPage && left != page) {
        QWidget *back = m_lastFocus.value(int(view));
        if (back && page && page->isAncestorOf(back) && back->isVisibleTo(page) && back->isEnabled())
            back->setFocus(Qt::OtherFocusReason);
        else
            focusDefault();
    }
    Q_EMIT viewChanged(view);
}

QWidget *DashboardPages::currentPage() const
{
    switch (m_view) {
    case View::Organization:
        return m_organization;
    case View::Agent:
        return m_agent;
    case View::Stage:
        return m_stage;
    case View::Legacy:
        return m_legacy;
    case View::None:
        break;
    }
    return nullptr;
}

void DashboardPages::updateChrome()
{
    const bool canGoBack = m_view == View::Agent || m_view == View::Stage || m_view == View::Legacy;
    m_back->setVisible(canGoBack);
    QString target = tr("Back to the organization");
    if (m_view == View::Stage && m_stageReturn == View::Agent && m_session)
        target = tr("Back to the dashboard of %1").arg(m_session->agentName());
    m_back->setToolTip(tr("%1 (Alt+Left, Backspace or Esc)").arg(target));
    m_back->setAccessibleName(target);
    m_tabs->setVisible(m_view != View::None);
    m_range->setVisible(m_view != View::None);
}

void DashboardPages::updateEmptyState()
{
    if (!m_session)
        m_empty->setContent(tr("No organization open"), tr("Sign in and open an organization to see its dashboards."));
    else if (!m_session->isAvailable())
        m_empty->setContent(tr("Dashboards are not available"),
                            tr("They are drawn from HyperRep's analytics, which this account does not offer."));
    else if (m_session->isSuspended())
        m_empty->setContent(tr("Sign in again to see the dashboards"),
                            tr("The server no longer accepts this account's key."));
}

void DashboardPages::updateLegacyTab()
{
    const bool available = m_session && m_session->legacy()->isAvailable() && m_view != View::None;
    m_tabs->setTabVisible(LegacyTab, available);
    if (!available && m_view == View::Legacy)
        showOrganization();
}

void DashboardPages::focusDefault()
{
    QWidget *target = nullptr;
    switch (m_view) {
    case View::Organization:
    case View::Agent: {
        ScopeView *figures = m_view == View::Agent ? m_agent->figures() : m_organization->figures();
        target = figures->tiles()->tileCount() > 0 ? static_cast<QWidget *>(figures->tiles()->tile(0))
                                                   : static_cast<QWidget *>(m_tabs);
        break;
    }
    case View::Stage:
        target = m_stage->table();
        break;
    case View::Legacy:
        target = m_legacy->solutionBox();
        break;
    case View::None:
        target = m_empty;
        break;
    }
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void DashboardPages::placeInTabOrder(QWidget *page)
{
    // A page built later joins the end of the window's focus chain; Tab must reach it right
    // after the range bar, in its own order.
    QList<QWidget *> chain;
    for (QWidget *w = page->nextInFocusChain(); w != page && page->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->focusPolicy() & Qt::TabFocus)
            chain << w;
    }
    QWidget *previous = m_range->applyButton();
    for (QWidget *w : chain) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace repdesk
