#pragma once

#include <QPointer>
#include <QStackedWidget>

class QAction;
class QMenu;

namespace repdesk {

class AuditLogWorkspace;
class SalesWorkspace;
class DirectoryWorkspace;
class DashboardWorkspace;
class InboxWorkspace;
class OrganizationSession;
class ReviewQueueWatcher;
class ReviewWorkspace;
class TemplateStore;

// The main window's workspaces, one on screen at a time: the inbox (always
// there), the dashboards, the review queue, the sales board, the directory and the audit log (each created on first use, so
// neither costs anything at startup), every one keeping its state while
// another is shown. F5 and File > Export go to the one on screen. It also
// owns the ReviewQueueWatcher that keeps "To review (N)" current outside the
// review workspace, and turns that folder-list row into the workspace.
class WorkspaceStack : public QStackedWidget
{
    Q_OBJECT
public:
    enum class Workspace { Inbox, Dashboards, Review, AuditLog, Sales, Directory };

    explicit WorkspaceStack(TemplateStore *templates, QWidget *parent = nullptr);

    InboxWorkspace *inbox() const { return m_inbox; }
    // Created on first showing; null before.
    DashboardWorkspace *dashboards() const { return m_dashboards; }
    ReviewWorkspace *review() const { return m_review; }
    AuditLogWorkspace *auditLog() const { return m_auditLog; }
    SalesWorkspace *sales() const { return m_sales; }
    DirectoryWorkspace *directory() const { return m_directory; }
    ReviewQueueWatcher *reviewWatcher() const { return m_watcher; }

    void setOrganization(OrganizationSession *organization);
    // Whether the open account's provider has what the workspace shows (its capabilities:
    // Fernand has no analytics, sales, audit log, draft review or company directory).
    // An unavailable workspace is never shown, and the action bound to it is hidden.
    bool isAvailable(Workspace workspace) const;
    void bindAction(Workspace workspace, QAction *action);
    void showWorkspace(Workspace workspace);
    Workspace current() const;
    void refresh();
    void fillExportMenu(QMenu *menu);
    // Shows the inbox with the conversation selected (or opened, when the list does not hold it).
    void openInInbox(const QString &conversationId);

Q_SIGNALS:
    // A link in a message of the review workspace (the inbox's has its own signal).
    void linkActivated(const QUrl &url);

private:
    void openAgentDashboard(const QString &agentId);
    InboxWorkspace *m_inbox;
    DashboardWorkspace *m_dashboards = nullptr;
    ReviewWorkspace *m_review = nullptr;
    AuditLogWorkspace *m_auditLog = nullptr;
    SalesWorkspace *m_sales = nullptr;
    // Made for one organization's DirectorySession: made again when the organization changes.
    DirectoryWorkspace *m_directory = nullptr;
    ReviewQueueWatcher *m_watcher;
    QPointer<OrganizationSession> m_organization;
    QList<QPair<Workspace, QPointer<QAction>>> m_actions;
};

} // namespace repdesk
