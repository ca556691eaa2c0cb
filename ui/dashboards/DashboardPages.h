#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "ContactDirectory.h"
#include "DashboardSession.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace repdesk {

class AgentPage;
class ChartPanel;
class EmptyStateWidget;
class LegacyPage;
class OrganizationPage;
class RangeBar;
class StageSalesPage;

// The dashboards' pages and the way between them: a tab bar (Organization,
// the agent opened last, Legacy analytics when the account has it; Ctrl+Page
// Down/Up), a Back button (Alt+Left, Backspace, Esc), the range bar, and the
// page on screen. The organization page is built on the first showing; the
// agent page, a stage's drill-down and the legacy page the first time they
// are opened. The session keeps what each page shows, so coming back finds
// it as it was left.
class DashboardPages : public QWidget
{
    Q_OBJECT
public:
    enum class View { None, Organization, Agent, Stage, Legacy };
    Q_ENUM(View)

    explicit DashboardPages(QWidget *parent = nullptr);

    // Null (or a session without dashboards) shows why there is nothing to see.
    // `contacts` names the agent page's conversations; the drill-down names its rows through the session.
    void setSession(DashboardSession *session, ContactDirectory *contacts);
    DashboardSession *session() const { return m_session; }

    View view() const { return m_view; }
    void showOrganization();
    void openAgent(const QString &agentId);
    void openStage(const QString &stage);
    // An agent's sale: its stage's sales, with that sale's products and history beside them.
    void openAgentSale(const QString &saleId, const QString &stage);
    void showLegacy();
    // One step back: a stage to its dashboard, an agent or the legacy page to
    // the organization. False when there is nowhere to go back to.
    bool back();
    // The next (+1) or previous (-1) tab that is shown, wrapping around.
    void switchPage(int step);
    void focusDefault();

    QTabBar *tabBar() const { return m_tabs; }
    QPushButton *backButton() const { return m_back; }
    RangeBar *rangeBar() const { return m_range; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    OrganizationPage *organizationPage() const { return m_organization; }
    AgentPage *agentPage() const { return m_agent; }
    StageSalesPage *stagePage() const { return m_stage; }
    LegacyPage *legacyPage() const { return m_legacy; }
    QWidget *currentPage() const;

Q_SIGNALS:
    void openConversationRequested(const QString &conversationId);
    void viewChanged(repdesk::DashboardPages::View view);

private:
    enum Tab { OrganizationTab, AgentTab, LegacyTab };

    void ensureOrganizationPage();
    void setView(View view);
    void updateChrome();
    void updateEmptyState();
    void updateLegacyTab();
    void onTabChosen(int index);
    void placeInTabOrder(QWidget *page);

    QPointer<DashboardSession> m_session;
    QPointer<ContactDirectory> m_contacts;
    View m_view = View::None;
    View m_stageReturn = View::Organization;
    bool m_choosingTab = false;
    // Where the keyboard was on each page when it was left: coming back puts it there again.
    QHash<int, QPointer<QWidget>> m_lastFocus;

    QTabBar *m_tabs;
    QPushButton *m_back;
    RangeBar *m_range;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    OrganizationPage *m_organization = nullptr;
    AgentPage *m_agent = nullptr;
    StageSalesPage *m_stage = nullptr;
    LegacyPage *m_legacy = nullptr;
};

} // namespace repdesk
