#pragma once

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;

namespace repdesk {

class Account;
class Cache;
class ContactDirectory;
class ComposeActions;
class ContactPanel;
class DraftJournal;
class Outbox;
class ReplyController;
class ReplyPane;
class TemplateStore;
class ConversationFilterProxy;
class ConversationListModel;
class ConversationListView;
class ErrorBanner;
class FolderListModel;
class InboxSync;
class MessageThreadModel;
class Poller;
class ThreadPane;
class TrayNotifier;
struct Organization;

// The inbox: folders | conversations | thread + contact. It owns the models
// of the current organization and wires them to the widgets; the work
// itself happens in the models, the sync and the panes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Account *account, const QString &organizationId, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the tray: select and open a conversation.
    bool openConversation(const QString &conversationId);
    ConversationListView *conversationView() const { return m_list; }
    ThreadPane *threadPane() const { return m_threadPane; }
    ReplyPane *replyPane() const { return m_replyPane; }
    ReplyController *replyController() const { return m_reply; }
    TrayNotifier *trayNotifier() const { return m_tray; }
    ConversationListModel *conversationModel() const { return m_conversations; }
    QString currentOrganization() const { return m_org; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void restoreLayout();
    void loadOrganizations();
    void setOrganizations(const QList<Organization> &organizations);
    void switchOrganization(const QString &organizationId);
    void showCurrentThread();
    void refresh();
    void applyDatePreset(int preset);
    void updateStatus();
    void onNewUnread(const QStringList &conversationIds);
    void confirmAndOpenLink(const QUrl &url);
    void showSettings();
    void showShortcuts();
    void selectFolderRow(int row);
    void ensureCurrentRow();
    void buildReply();
    void insertTemplate();

    Account *m_account;
    Cache *m_cache;
    QString m_org;
    QString m_preferredOrg;
    ContactDirectory *m_contacts;
    ConversationListModel *m_conversations;
    ConversationFilterProxy *m_proxy;
    FolderListModel *m_folders;
    MessageThreadModel *m_thread;
    InboxSync *m_sync;
    Poller *m_poller;
    DraftJournal *m_journal;
    Outbox *m_outbox;
    TemplateStore *m_templates;
    ReplyController *m_reply;

    QComboBox *m_orgSwitcher;
    QComboBox *m_datePreset;
    QLineEdit *m_search;
    QSplitter *m_splitter;
    QSplitter *m_rightSplitter;
    QListView *m_folderView;
    ConversationListView *m_list;
    ThreadPane *m_threadPane;
    ReplyPane *m_replyPane;
    QSplitter *m_threadSplitter;
    QLabel *m_outboxLabel;
    ContactPanel *m_contactPanel;
    ErrorBanner *m_banner;
    QLabel *m_syncLabel;
    TrayNotifier *m_tray = nullptr;
    ComposeActions *m_compose = nullptr;
    QString m_openConversation;
    bool m_offline = false;
    bool m_suppressOpen = false;
};

} // namespace repdesk
