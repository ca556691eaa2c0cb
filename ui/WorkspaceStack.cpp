#include "WorkspaceStack.h"

#include "AccountSession.h"

#include "ComposeActions.h"
#include "OrganizationSession.h"

#include "auditlog/AuditLogWorkspace.h"
#include "dashboards/DashboardWorkspace.h"
#include "inbox/ConversationListView.h"
#include "inbox/InboxWorkspace.h"
#include "review/ReviewQueueWatcher.h"
#include "review/ReviewWorkspace.h"
#include "sales/SalesWorkspace.h"
#include "directory/DirectoryWorkspace.h"
#include "dashboards/DashboardPages.h"

#include <QAction>
#include <QMenu>

namespace repdesk {

WorkspaceStack::WorkspaceStack(TemplateStore *templates, QWidget *parent)
    : QStackedWidget(parent), m_inbox(new InboxWorkspace(templates, this)), m_watcher(new ReviewQueueWatcher(this))
{
    addWidget(m_inbox);
    // The contact panel's ways into the directory.
    connect(m_inbox, &InboxWorkspace::openContactInDirectoryRequested, this, [this](const QString &contactId) {
        showWorkspace(Workspace::Directory);
        if (m_directory)
            m_directory->showContact(contactId);
    });
    connect(m_inbox, &InboxWorkspace::createContactRequested, this, [this](const ContactPrefill &prefill) {
        showWorkspace(Workspace::Directory);
        if (m_directory)
            m_directory->createContact(prefill);
    });
    connect(m_watcher, &ReviewQueueWatcher::openRequested, this, [this](int previousFolderRow) {
        // The inbox goes back to the folder it showed; the review workspace comes up.
        m_inbox->selectFolderRow(previousFolderRow);
        showWorkspace(Workspace::Review);
    });
}

void WorkspaceStack::setOrganization(OrganizationSession *organization)
{
    m_organization = organization;
    if (m_dashboards)
        m_dashboards->setOrganization(organization);
    if (m_review)
        m_review->setOrganization(organization);
    if (m_auditLog)
        m_auditLog->setOrganization(organization);
    if (m_sales)
        m_sales->setOrganization(organization);
    if (m_directory) {
        const bool shown = currentWidget() == m_directory;
        removeWidget(m_directory);
        m_directory->deleteLater();
        m_directory = nullptr;
        if (shown)
            showWorkspace(organization ? Workspace::Directory : Workspace::Inbox);
    }
    m_watcher->setOrganization(organization);
    for (const auto &bound : std::as_const(m_actions))
        if (bound.second)
            bound.second->setVisible(isAvailable(bound.first));
    if (!isAvailable(current()))
        showWorkspace(Workspace::Inbox);
}

bool WorkspaceStack::isAvailable(Workspace workspace) const
{
    const AccountSession *account = m_organization ? m_organization->account() : nullptr;
    if (!account)
        return true; // nothing open: each workspace shows its own empty state
    switch (workspace) {
    case Workspace::Inbox: return true;
    case Workspace::Dashboards: return account->has(AccountSession::Capability::Analytics);
    case Workspace::Review: return account->has(AccountSession::Capability::ResponseDrafts);
    case Workspace::AuditLog: return account->has(AccountSession::Capability::AuditLogs);
    case Workspace::Sales: return account->has(AccountSession::Capability::Sales);
    case Workspace::Directory: return account->has(AccountSession::Capability::Companies);
    }
    return true;
}

void WorkspaceStack::bindAction(Workspace workspace, QAction *action)
{
    m_actions.append({workspace, action});
    action->setVisible(isAvailable(workspace));
}

void WorkspaceStack::showWorkspace(Workspace workspace)
{
    if (!isAvailable(workspace))
        workspace = Workspace::Inbox;
    switch (workspace) {
    case Workspace::Dashboards:
        if (!m_dashboards) {
            // Created on first use: Qt Charts and the figures stay off the startup path.
            m_dashboards = new DashboardWorkspace(this);
            addWidget(m_dashboards);
            m_dashboards->setOrganization(m_organization);
            connect(m_dashboards, &DashboardWorkspace::openConversationRequested, this, &WorkspaceStack::openInInbox);
        }
        setCurrentWidget(m_dashboards);
        m_dashboards->focusDefault();
        return;
    case Workspace::Review:
        if (!m_review) {
            // Created on first use: its thread view and editor are WebEngine pages.
            m_review = new ReviewWorkspace(this);
            addWidget(m_review);
            m_review->setOrganization(m_organization);
            connect(m_review, &ReviewWorkspace::linkActivated, this, &WorkspaceStack::linkActivated);
        }
        m_watcher->startNow();
        setCurrentWidget(m_review);
        m_review->focusDefault();
        return;
    case Workspace::AuditLog:
        if (!m_auditLog) {
            m_auditLog = new AuditLogWorkspace(this);
            addWidget(m_auditLog);
            m_auditLog->setOrganization(m_organization);
            connect(m_auditLog, &AuditLogWorkspace::openConversationRequested, this, &WorkspaceStack::openInInbox);
            connect(m_auditLog, &AuditLogWorkspace::openMessageDraftsRequested, this,
                    [this] { m_inbox->compose()->showDrafts(); });
        }
        setCurrentWidget(m_auditLog);
        m_auditLog->focusDefault();
        return;
    case Workspace::Sales:
        if (!m_sales) {
            m_sales = new SalesWorkspace(this);
            addWidget(m_sales);
            m_sales->setOrganization(m_organization);
            connect(m_sales, &SalesWorkspace::openConversationRequested, this, &WorkspaceStack::openInInbox);
            connect(m_sales, &SalesWorkspace::openContactRequested, this, [this](const QString &contactId) {
                showWorkspace(Workspace::Directory);
                if (m_directory)
                    m_directory->showContact(contactId);
            });
        }
        setCurrentWidget(m_sales);
        m_sales->focusDefault();
        return;
    case Workspace::Directory:
        if (!m_organization)
            return; // nothing to look up before an organization is open
        if (!m_directory) {
            m_directory = new DirectoryWorkspace(m_organization->directory(), this);
            addWidget(m_directory);
            connect(m_directory, &DirectoryWorkspace::openConversationRequested, this, &WorkspaceStack::openInInbox);
            connect(m_directory, &DirectoryWorkspace::openAgentDashboardRequested, this,
                    &WorkspaceStack::openAgentDashboard);
            connect(m_directory, &DirectoryWorkspace::openSaleRequested, this, [this](const QString &saleId) {
                showWorkspace(Workspace::Sales);
                m_sales->openSale(saleId);
            });
        }
        setCurrentWidget(m_directory);
        m_directory->setFocus(Qt::OtherFocusReason);
        return;
    case Workspace::Inbox:
        setCurrentWidget(m_inbox);
        m_inbox->focusList();
        return;
    }
}

void WorkspaceStack::openAgentDashboard(const QString &agentId)
{
    showWorkspace(Workspace::Dashboards);
    m_dashboards->pages()->openAgent(agentId);
}

WorkspaceStack::Workspace WorkspaceStack::current() const
{
    if (m_dashboards && currentWidget() == m_dashboards)
        return Workspace::Dashboards;
    if (m_review && currentWidget() == m_review)
        return Workspace::Review;
    if (m_auditLog && currentWidget() == m_auditLog)
        return Workspace::AuditLog;
    if (m_sales && currentWidget() == m_sales)
        return Workspace::Sales;
    if (m_directory && currentWidget() == m_directory)
        return Workspace::Directory;
    return Workspace::Inbox;
}

void WorkspaceStack::refresh()
{
    switch (current()) {
    case Workspace::Dashboards:
        m_dashboards->refresh();
        return;
    case Workspace::Review:
        m_review->refresh();
        return;
    case Workspace::AuditLog:
        m_auditLog->refresh();
        return;
    case Workspace::Sales:
        m_sales->refresh();
        return;
    case Workspace::Directory:
        m_directory->refresh();
        return;
    case Workspace::Inbox:
        m_inbox->refresh();
        return;
    }
}

void WorkspaceStack::fillExportMenu(QMenu *menu)
{
    if (current() == Workspace::Dashboards)
        m_dashboards->fillExportMenu(menu);
    else if (current() == Workspace::Directory)
        m_directory->fillExportMenu(menu);
}

void WorkspaceStack::openInInbox(const QString &conversationId)
{
    showWorkspace(Workspace::Inbox);
    if (!m_inbox->conversationView()->selectConversation(conversationId))
        m_inbox->openConversation(conversationId);
}

} // namespace repdesk
