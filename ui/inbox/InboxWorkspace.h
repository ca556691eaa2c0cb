#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QSplitter;

#include "ContactPrefill.h"

namespace repdesk {

class AccountSession;
class ComposeActions;
class ContactPanel;
class ConversationListView;
class ConversationQueryBar;
class ErrorBanner;
class InboxToolBar;
class OrganizationSession;
class ReplyPane;
class TemplateStore;
class ThreadPane;

// The inbox workspace: toolbar (organization, date range, search) above
// folders | conversations | thread and reply | contact. It shows whatever
// organization session its account session has open and connects its
// widgets to that session's models; the work itself happens in app/.
class InboxWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit InboxWorkspace(TemplateStore *templates, QWidget *parent = nullptr);
    ~InboxWorkspace() override;

    // Null shows the signed-out empty state.
    void setAccount(AccountSession *account);
    OrganizationSession *session() const;

    // Select (and open) a conversation in the list, or open it directly.
    bool openConversation(const QString &conversationId);
    void refresh();
    void focusSearch();
    void focusList();
    void showOrganizationSwitcher();
    void selectFolderRow(int row);
    // Re-reads settings that views own (undo-send delay).
    void applySettings();
    void saveLayout() const;

    ConversationListView *conversationView() const { return m_list; }
    ThreadPane *threadPane() const { return m_threadPane; }
    ReplyPane *replyPane() const { return m_replyPane; }
    ContactPanel *contactPanel() const { return m_contactPanel; }
    ComposeActions *compose() const { return m_compose; }
    ErrorBanner *banner() const { return m_banner; }
    ConversationQueryBar *queryBar() const { return m_queryBar; }
    // Ctrl+Shift+F: to the server filters, where the account has them.
    void focusQueryBar();

Q_SIGNALS:
    // A link in a message, to be confirmed and opened by the shell.
    void linkActivated(const QUrl &url);
    // The contact panel's "Open in directory" and "Create contact…", for the shell.
    void openContactInDirectoryRequested(const QString &contactId);
    void createContactRequested(const repdesk::ContactPrefill &prefill);

private:
    // What the error banner speaks of, so that it goes away by itself once that
    // thing loads again (a poll that succeeds after the server came back).
    enum class BannerSource { None, List, Thread };
    // After a thread's document loaded: time for its first frame before the editor's page is made.
    static constexpr int kEditorIdleDelayMs = 50;

    void buildUi();
    void restoreLayout();
    void setOrganizations();
    void setSession(OrganizationSession *session);
    void showThread();
    void ensureCurrentRow();
    void insertTemplate();
    void showError(const QString &message, bool retry, BannerSource source = BannerSource::None);
    void clearError(BannerSource source);

    QPointer<AccountSession> m_account;
    QPointer<OrganizationSession> m_session;
    TemplateStore *m_templates;
    InboxToolBar *m_toolbar;
    ConversationQueryBar *m_queryBar;
    QComboBox *m_orgSwitcher;
    QComboBox *m_datePreset;
    QLineEdit *m_search;
    ErrorBanner *m_banner;
    BannerSource m_bannerSource = BannerSource::None;
    QSplitter *m_splitter;
    QSplitter *m_rightSplitter;
    QSplitter *m_threadSplitter;
    QListView *m_folderView;
    ConversationListView *m_list;
    ThreadPane *m_threadPane;
    ReplyPane *m_replyPane = nullptr;
    ContactPanel *m_contactPanel;
    ComposeActions *m_compose;
    bool m_suppressOpen = false;
};

} // namespace repdesk
