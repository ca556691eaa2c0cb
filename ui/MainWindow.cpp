#include "MainWindow.h"

#include "AccountSession.h"
#include "ComposeActions.h"
#include "DiagnosticsReport.h"
#include "FolderListModel.h"
#include "InboxShortcuts.h"
#include "LinkOpener.h"
#include "NewMessageAnnouncer.h"
#include "OrganizationSession.h"
#include "SessionManager.h"
#include "SettingsKeys.h"
#include "SignInFlow.h"
#include "StatusIndicators.h"
#include "TrayNotifier.h"
#include "account/AccountMenu.h"
#include "account/SignInDialog.h"
#include "dashboards/DashboardShortcuts.h"
#include "common/ErrorBanner.h"
#include "common/PlainToolTips.h"
#include "compose/TemplatesSettingsPage.h"
#include "inbox/ConversationListView.h"
#include "inbox/ConversationWorkflowMenu.h"
#include "inbox/InboxWorkspace.h"
#include "review/ReviewQueueWatcher.h"
#include "review/ReviewShortcuts.h"
#include "directory/DirectoryWorkspace.h"
#include "sales/SalesWorkspace.h"
#include "settings/SettingsDialog.h"
#include "settings/ShortcutsDialog.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace repdesk {

MainWindow::MainWindow(SessionManager *manager, QWidget *parent) : QMainWindow(parent), m_manager(manager)
{
    setWindowTitle(tr("Repdesk"));
    PlainToolTips::install(); // names and subjects in tooltips show as typed, never as markup
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ErrorBanner(central);
    layout->addWidget(m_banner);
    m_workspaces = new WorkspaceStack(manager->templates(), central);
    m_inbox = m_workspaces->inbox();
    layout->addWidget(m_workspaces, 1);
    setCentralWidget(central);

    m_status = new StatusIndicators(statusBar());

    buildMenus();
    if (!restoreGeometry(QSettings().value(SettingsKeys::windowGeometry()).toByteArray()))
        resize(1280, 780);

    connect(m_inbox, &InboxWorkspace::linkActivated, this, &MainWindow::confirmAndOpenLink);
    connect(m_workspaces, &WorkspaceStack::linkActivated, this, &MainWindow::confirmAndOpenLink);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (!m_account) {
            showSignIn(m_manager->defaultServer(), QString(), QString());
        } else if (m_account->isRefused()) {
            showSignIn(m_account->identity().server, m_account->identity().accountId, QString());
        } else {
            m_inbox->refresh();
        }
    });
    connect(manager, &SessionManager::sessionChanged, this, &MainWindow::setAccount);
    connect(manager, &SessionManager::signInRequired, this, &MainWindow::showSignIn);
    connect(manager, &SessionManager::problem, this, [this](const QString &message) {
        m_banner->showMessage(message, ErrorBanner::Kind::Warning, false);
    });
    setAccount(manager->current());
    m_inbox->focusList();
}

MainWindow::~MainWindow() = default;

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn;
}

ConversationListView *MainWindow::conversationView() const
{
    return m_inbox->conversationView();
}

ThreadPane *MainWindow::threadPane() const
{
    return m_inbox->threadPane();
}

ReplyPane *MainWindow::replyPane() const
{
    return m_inbox->replyPane();
}

bool MainWindow::openConversation(const QString &conversationId)
{
    return m_inbox->openConversation(conversationId);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    ComposeActions *compose = m_inbox->compose();
    file->addAction(tr("&New message…"), compose, &ComposeActions::newMessage)->setShortcut(QKeySequence::New);
    file->addAction(tr("Message &drafts"), compose, &ComposeActions::showDrafts)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    const auto fillExport = [this, exportMenu] {
        exportMenu->clear();
        m_workspaces->fillExportMenu(exportMenu);
        if (exportMenu->isEmpty())
            exportMenu->addAction(tr("Nothing to export here"))->setEnabled(false);
    };
    connect(exportMenu, &QMenu::aboutToShow, this, fillExport);
    fillExport();
    file->addSeparator();
    file->addAction(tr("&Refresh"), m_workspaces, &WorkspaceStack::refresh)->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("&Settings…"), this, &MainWindow::showSettings)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Inbox"), this, [this] { showWorkspace(Workspace::Inbox); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    // Each workspace's action shows only when the account's provider has what it needs.
    const auto workspaceAction = [this, view](const QString &text, Workspace workspace, Qt::Key key) {
        QAction *action = view->addAction(text, this, [this, workspace] { showWorkspace(workspace); });
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        m_workspaces->bindAction(workspace, action);
    };
    workspaceAction(tr("&Dashboards"), Workspace::Dashboards, Qt::Key_2);
    workspaceAction(tr("&Sales"), Workspace::Sales, Qt::Key_3);
    workspaceAction(tr("&Review"), Workspace::Review, Qt::Key_4);
    workspaceAction(tr("Dire&ctory"), Workspace::Directory, Qt::Key_5);
    workspaceAction(tr("&Audit log"), Workspace::AuditLog, Qt::Key_6);
    view->addSeparator();
    view->addAction(tr("&Search"), m_inbox, &InboxWorkspace::focusSearch)->setShortcut(QKeySequence::Find);
    view->addAction(tr("Switch &organization"), m_inbox, &InboxWorkspace::showOrganizationSwitcher)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    InboxShortcuts::addFolderActions(
        view->addMenu(tr("&Folders")),
        [this]() -> FolderListModel * { return m_organization ? m_organization->folders() : nullptr; },
        [this](int row) { m_inbox->selectFolderRow(row); });

    // Status, snooze and assignment, for providers that have them (hidden otherwise).
    m_workflowMenu = new ConversationWorkflowMenu(this);
    menuBar()->addMenu(m_workflowMenu);
    connect(m_workflowMenu, &ConversationWorkflowMenu::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    m_accountMenu = new AccountMenu(m_manager, this);
    menuBar()->addMenu(m_accountMenu);
    connect(m_accountMenu, &AccountMenu::addAccountRequested, this,
            [this] { showSignIn(m_manager->defaultServer(), QString(), QString()); });
    connect(m_accountMenu, &AccountMenu::signInAgainRequested, this, [this](const QString &accountId) {
        showSignIn(m_account ? m_account->identity().server : m_manager->defaultServer(), accountId, QString());
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)
        ->setShortcut(QKeySequence::HelpContents);
    // For a support request: no widgets in the report itself (app/diagnostics), and no key in it.
    QAction *diagnostics = help->addAction(tr("&Copy diagnostics"), this, [this] {
        const QSettings settings;
        QGuiApplication::clipboard()->setText(DiagnosticsReport::build(
            settings, {QStringLiteral("Platform: %1").arg(QGuiApplication::platformName())}));
        statusBar()->showMessage(tr("Diagnostics copied to the clipboard. They hold no API key."), 8000);
    });
    diagnostics->setObjectName(QStringLiteral("copyDiagnostics"));
    help->addAction(tr("&About Repdesk"), this, [this] {
        QMessageBox::about(this, tr("About Repdesk"),
                           tr("<b>Repdesk %1</b><br>A native desktop inbox for HyperRep sales teams.")
                               .arg(QStringLiteral(REPDESK_VERSION)));
    });

    m_tray = new TrayNotifier(this);
    connect(m_tray, &TrayNotifier::openRequested, m_workspaces, &WorkspaceStack::openInInbox);
    connect(m_workspaces->reviewWatcher(), &ReviewQueueWatcher::pendingCountChanged, m_tray,
            &TrayNotifier::setReviewCount);
}

void MainWindow::setAccount(AccountSession *account)
{
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    m_banner->hideBanner();
    m_inbox->setAccount(account);
    m_status->setAccount(account);
    setOrganization(account ? account->organization() : nullptr);
    if (!account) {
        showNotSignedIn();
        return;
    }
    setWindowTitle(tr("Repdesk"));
    connect(account, &AccountSession::organizationChanged, this, &MainWindow::setOrganization);
    connect(account, &AccountSession::onlineChanged, this, [this](bool online) {
        if (online) {
            if (m_banner->kind() == ErrorBanner::Kind::Warning && m_account && !m_account->isRefused())
                m_banner->hideBanner();
        } else if (m_account && !m_account->isRefused()) {
            m_banner->showMessage(tr("You are offline. Showing cached conversations; Repdesk will reconnect "
                                     "automatically."),
                                  ErrorBanner::Kind::Warning, true);
        }
    });
    connect(account, &AccountSession::refused, this, [this](const QString &message) {
        m_banner->showMessage(tr("The server no longer accepts the key of %1. %2 Your unsent drafts are kept on "
                                 "this computer.")
                                  .arg(m_account->identity().label, message),
                              ErrorBanner::Kind::Error, true, tr("Sign in &again"));
    });
}

void MainWindow::showNotSignedIn()
{
    setWindowTitle(tr("Repdesk"));
    m_status->showNotSignedIn();
    m_banner->showMessage(tr("You are not signed in."), ErrorBanner::Kind::Info, true, tr("Sign &in…"));
}

void MainWindow::setOrganization(OrganizationSession *organization)
{
    if (m_organization) {
        m_organization->disconnect(this);
        if (auto *announcer = m_organization->findChild<NewMessageAnnouncer *>(QString(), Qt::FindDirectChildrenOnly))
            announcer->disconnect(this);
    }
    m_organization = organization;
    m_workspaces->setOrganization(organization);
    m_workflowMenu->setOrganization(organization);
    m_status->setOrganization(organization);
    if (!organization)
        return;
    // It waits for a new conversation's contact, so the announcement names someone (one per organization).
    auto *announcer = organization->findChild<NewMessageAnnouncer *>(QString(), Qt::FindDirectChildrenOnly);
    if (!announcer)
        announcer = new NewMessageAnnouncer(organization);
    connect(announcer, &NewMessageAnnouncer::announced, this, &MainWindow::announce, Qt::UniqueConnection);
    connect(organization, &OrganizationSession::cacheProblem, this, [this](const QString &message) {
        m_banner->showMessage(tr("The local cache had a problem and was reset: %1").arg(message),
                              ErrorBanner::Kind::Warning, false);
    });
    FolderListModel *folders = organization->folders();
    connect(folders, &QAbstractItemModel::dataChanged, this, [this, folders] {
        m_tray->setUnreadCount(folders->data(folders->index(1), FolderListModel::CountRole).toInt());
    });
}

void MainWindow::showWorkspace(Workspace workspace)
{
    m_workspaces->showWorkspace(workspace);
}

MainWindow::Workspace MainWindow::currentWorkspace() const
{
    return m_workspaces->current();
}

void MainWindow::showSignIn(const QUrl &server, const QString &accountId, const QString &reason)
{
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    auto *flow = new SignInFlow(m_manager);
    // Only signing in again to the account whose key was refused may keep its
    // data (SessionManager::storageIdFor checks the new key sees all of it).
    if (m_account && m_account->isRefused() && m_account->identity().accountId == accountId)
        flow->setReplacing(accountId);
    m_signIn = new SignInDialog(flow, server.isValid() ? server : m_manager->defaultServer(), reason, this);
    flow->setParent(m_signIn);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->setWindowModality(Qt::WindowModal);
    m_signIn->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(SettingsKeys::windowGeometry(), saveGeometry());
    m_inbox->saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::announce(const QStringList &conversationIds, const QString &who)
{
    if (conversationIds.isEmpty() || !QSettings().value(SettingsKeys::notificationsEnabled(), true).toBool())
        return;
    // Never the list's "Loading contact…": the announcer waited for the name, else names no one.
    QString title;
    if (conversationIds.size() > 1)
        title = tr("%n new conversation(s)", nullptr, int(conversationIds.size()));
    else if (who.isEmpty())
        title = tr("New message");
    else
        title = tr("New message from %1").arg(who);
    m_tray->notifyNewConversation(conversationIds.first(), title, tr("Click to open it in Repdesk."));
    statusBar()->showMessage(title, 8000);
}

void MainWindow::confirmAndOpenLink(const QUrl &url)
{
    if (!LinkOpener::confirmAndOpen(url, this))
        m_banner->showMessage(tr("Blocked a link with an unsupported address: %1").arg(url.toDisplayString()),
                              ErrorBanner::Kind::Warning, false);
}

void MainWindow::showSettings()
{
    QPointer<OrganizationSession> org = m_organization;
    SettingsDialog dialog(org ? org->cacheSizeBytes() : 0, [org] { return org && org->clearCache(); }, this);
    TemplatesSettingsPage::addTo(&dialog, m_manager->templates());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (org)
        org->applySettings();
    m_inbox->applySettings();
}

void MainWindow::showShortcuts()
{
    QList<ShortcutInfo> keys{
        {tr("Ctrl+1"), tr("Inbox")}, {tr("Ctrl+2"), tr("Dashboards")}, {tr("Ctrl+3"), tr("Sales pipeline")},
        {tr("Ctrl+4"), tr("Review queue")}, {tr("Ctrl+5"), tr("Directory")},
        {tr("Ctrl+6"), tr("Audit log")}};
    keys += InboxShortcuts::all();
    keys += DashboardShortcuts::all();
    keys += ReviewShortcuts::all();
    keys += SalesWorkspace::shortcuts();
    keys += DirectoryWorkspace::shortcuts();
    keys += ConversationWorkflowMenu::shortcuts();
    ShortcutsDialog dialog(keys, this);
    dialog.exec();
}

} // namespace repdesk
