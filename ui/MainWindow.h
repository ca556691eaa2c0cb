#pragma once

#include "WorkspaceStack.h"

#include <QMainWindow>
#include <QPointer>

namespace repdesk {

class AccountMenu;
class ConversationWorkflowMenu;
class AccountSession;
class ConversationListView;
class DashboardWorkspace;
class ErrorBanner;
class InboxWorkspace;
class OrganizationSession;
class ReplyPane;
class ReviewWorkspace;
class AuditLogWorkspace;
class SalesWorkspace;
class DirectoryWorkspace;
class SessionManager;
class SignInDialog;
class StatusIndicators;
class ThreadPane;
class TrayNotifier;

// The shell: menus (File, View, Account, Help), the account banner (offline,
// key refused, not signed in), the status bar, the tray, and the stack of
// workspaces (WorkspaceStack). It owns no core object: the SessionManager says
// which account is open, and each workspace connects its widgets to that
// account's session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SessionManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    using Workspace = WorkspaceStack::Workspace;
    InboxWorkspace *inbox() const { return m_workspaces->inbox(); }
    // Created on first showing (Ctrl+2, Ctrl+4); null before.
    DashboardWorkspace *dashboards() const { return m_workspaces->dashboards(); }
    ReviewWorkspace *review() const { return m_workspaces->review(); }
    AuditLogWorkspace *auditLog() const { return m_workspaces->auditLog(); }
    SalesWorkspace *sales() const { return m_workspaces->sales(); }
    DirectoryWorkspace *directory() const { return m_workspaces->directory(); }
    WorkspaceStack *workspaces() const { return m_workspaces; }
    // Ctrl+1, Ctrl+2, Ctrl+4: each workspace keeps its state (selection, range, scroll) while hidden.
    void showWorkspace(Workspace workspace);
    Workspace currentWorkspace() const;
    // For tests and the tray: select and open a conversation.
    bool openConversation(const QString &conversationId);
    ConversationListView *conversationView() const;
    ThreadPane *threadPane() const;
    ReplyPane *replyPane() const;
    TrayNotifier *trayNotifier() const { return m_tray; }
    ErrorBanner *accountBanner() const { return m_banner; }
    // The sign-in dialog while it is open.
    SignInDialog *signInDialog() const;

    // Opens the sign-in dialog (non-modal to the event loop; modal to this window).
    void showSignIn(const QUrl &server, const QString &accountId, const QString &reason);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void setAccount(AccountSession *account);
    void setOrganization(OrganizationSession *organization);
    void showNotSignedIn();
    // "New message from …" in the status bar and the desktop notification (NewMessageAnnouncer).
    void announce(const QStringList &conversationIds, const QString &who);
    void confirmAndOpenLink(const QUrl &url);
    void showSettings();
    void showShortcuts();

    SessionManager *m_manager;
    QPointer<AccountSession> m_account;
    QPointer<OrganizationSession> m_organization;
    WorkspaceStack *m_workspaces;
    InboxWorkspace *m_inbox;
    ErrorBanner *m_banner;
    StatusIndicators *m_status;
    ConversationWorkflowMenu *m_workflowMenu = nullptr;
    AccountMenu *m_accountMenu = nullptr;
    TrayNotifier *m_tray = nullptr;
    QPointer<SignInDialog> m_signIn;
};

} // namespace repdesk
