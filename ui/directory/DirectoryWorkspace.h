#pragma once

#include "ContactPrefill.h"
#include "settings/ShortcutInfo.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QKeyEvent;
class QMenu;
class QPushButton;
class QTabWidget;

namespace repdesk {

class AgentDetailPane;
class CompanyDetailPane;
class ContactDetailPane;
class DirectoryListPane;
class DirectorySession;
class ErrorBanner;

// The directory (Ctrl+5): Contacts, Companies and Agents as tabs, each a list (paged as it is
// scrolled, exportable as CSV) beside the record it shows. Contacts are searched over what is
// loaded; "New contact" (Ctrl+N) and "New company" (Ctrl+Shift+N) open the create dialogs, and
// the new record opens after it is created. Everything reads the DirectorySession; nothing here
// calls the network. What leads elsewhere (a conversation, an agent's dashboard, a sale) is a
// signal for the main window.
class DirectoryWorkspace : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Contacts, Companies, Agents };
    Q_ENUM(Tab)

    explicit DirectoryWorkspace(DirectorySession *session, QWidget *parent = nullptr);

    DirectorySession *session() const;
    QTabWidget *tabs() const { return m_tabs; }
    Tab currentTab() const;
    void showTab(Tab tab);
    DirectoryListPane *contactList() const { return m_contactList; }
    DirectoryListPane *companyList() const { return m_companyList; }
    DirectoryListPane *agentList() const { return m_agentList; }
    ContactDetailPane *contactDetail() const { return m_contactDetail; }
    CompanyDetailPane *companyDetail() const { return m_companyDetail; }
    AgentDetailPane *agentDetail() const { return m_agentDetail; }
    QPushButton *newContactButton() const { return m_newContact; }
    QPushButton *newCompanyButton() const { return m_newCompany; }
    // Says when a create whose dialog was closed in doubt turned out to have been taken (with Open).
    ErrorBanner *notice() const { return m_notice; }

    // Help > Keyboard shortcuts: exactly the keys this workspace handles.
    static QList<ShortcutInfo> shortcuts();
    // File > Export while the directory is on screen: the shown list, and the shown record's sales.
    void fillExportMenu(QMenu *menu);

public Q_SLOTS:
    void showContact(const QString &contactId);
    void showCompany(const QString &companyId);
    void showAgent(const QString &agentId);
    // "Create contact" (from a conversation whose sender has no contact, or Ctrl+N).
    void createContact(const repdesk::ContactPrefill &prefill = {});
    void createCompany();
    // F5: every list from its first page, and the shown records.
    void refresh();
    void focusSearch();

Q_SIGNALS:
    void openConversationRequested(const QString &conversationId);
    void openAgentDashboardRequested(const QString &agentId);
    void openSaleRequested(const QString &saleId);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildContactsTab();
    QWidget *buildCompaniesTab();
    QWidget *buildAgentsTab();
    enum class Key { None, Search, Refresh, NewContact, NewCompany };
    static Key keyFor(const QKeyEvent *event);

    QPointer<DirectorySession> m_session;
    QTabWidget *m_tabs;
    ErrorBanner *m_notice;
    QString m_noticeId;
    bool m_noticeIsContact = true;
    QPushButton *m_newContact;
    QPushButton *m_newCompany;
    QPushButton *m_refresh;
    DirectoryListPane *m_contactList = nullptr;
    DirectoryListPane *m_companyList = nullptr;
    DirectoryListPane *m_agentList = nullptr;
    ContactDetailPane *m_contactDetail = nullptr;
    CompanyDetailPane *m_companyDetail = nullptr;
    AgentDetailPane *m_agentDetail = nullptr;
    QString m_wantedContact;
    QString m_wantedCompany;
};

} // namespace repdesk
