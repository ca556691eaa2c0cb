#pragma once

#include "Agent.h"
#include "ApiError.h"
#include "Company.h"
#include "Contact.h"
#include "RecordCreate.h"

#include <QObject>
#include <QPointer>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace repdesk {

class AccountSession;
class AgentConversationListModel;
class AgentListModel;
class CompanyDirectory;
class CompanyListModel;
class ContactConversationListModel;
class CreateRechecks;
class ContactDirectory;
class ContactListModel;
class ContactSearchProxy;
class HyperRepClient;
class OrganizationSession;
class RecordSalesModel;
class SalesIndex;

// The directory of one open organization (Ctrl+5): its contacts, companies and agents, each
// paged through PagedListModel, the record shown in each tab with what belongs to it
// (conversations, sales, contacts), and the create forms' trips to the server (RecordCreate:
// sent once, never twice). Owned outside any window (OrganizationSession creates it on first
// use); nothing is asked before start(), and nothing while the key is not there or was refused.
// Names come from the organization's own caches (ContactDirectory, CompanyDirectory, the cache's
// agents, SalesIndex), which the pages loaded here feed in turn.
class DirectorySession : public QObject
{
    Q_OBJECT
public:
    DirectorySession(AccountSession *account, OrganizationSession *organization, QObject *parent = nullptr);
    ~DirectorySession() override;

    QString organizationId() const { return m_org; }
    // Companies and creates need HyperRep's routes; with another provider only contacts and agents list.
    bool hasCompanies() const;

    ContactListModel *contacts() const { return m_contacts; }
    ContactSearchProxy *contactSearch() const { return m_search; }
    CompanyListModel *companies() const { return m_companies; }
    AgentListModel *agents() const { return m_agents; }
    ContactConversationListModel *contactConversations() const { return m_contactConversations; }
    AgentConversationListModel *agentConversations() const { return m_agentConversations; }
    RecordSalesModel *contactSales() const { return m_contactSales; }
    RecordSalesModel *companySales() const { return m_companySales; }
    ContactDirectory *contactNames() const;
    CompanyDirectory *companyNames() const;

    // The first time the directory is shown: the first page of each list.
    void start();
    bool isStarted() const { return m_started; }
    // F5: every list from its first page again, and the shown records.
    void refresh();
    // The key was refused: the lists empty and nothing more is asked.
    void suspend();
    bool isSuspended() const { return m_suspended; }

    // Shows a record: at once when it is loaded or cached, else after asking the server.
    void openContact(const QString &contactId);
    void openCompany(const QString &companyId);
    void openAgent(const QString &agentId);
    std::optional<Contact> contact(const QString &contactId) const;
    std::optional<Company> company(const QString &companyId) const;
    QString openContactId() const { return m_openContact; }
    QString openCompanyId() const { return m_openCompany; }
    QString openAgentId() const { return m_openAgent; }
    // The contacts of a company this computer knows of (the API cannot list them by company).
    QList<Contact> contactsOfCompany(const QString &companyId) const;

    // Names, never ids: empty while unknown, "Unknown agent"/"Unknown company" once the server said so.
    QString agentName(const QString &agentId) const;
    QString companyName(const QString &companyId) const;
    QStringList agentIds() const;
    bool agentsComplete() const;

    // The organization's sales index, which the records' sales come from: still on its first walk,
    // failed (salesError() says why; F5 asks again), or known.
    enum class SalesState { Known, Loading, Failed };
    SalesState salesState() const;
    QString salesError() const { return m_salesError; }

    // A new create form's trip to the server, owned by the caller. What it creates joins the
    // lists (first row) and the names, and recordCreated() says so.
    RecordCreate *newContactCreate(QObject *owner);
    RecordCreate *newCompanyCreate(QObject *owner);
    // A form closed while Repdesk did not know whether the server took its create: the session
    // takes the create over and checks again by itself, never posting (CreateRechecks); when the
    // record turns up it joins the lists and createdLater() says so.
    void keepChecking(RecordCreate *create);
    void setRecheckDelayMs(int ms);
    int pendingChecks() const;

Q_SIGNALS:
    void contactOpened(const QString &contactId);
    void contactOpenFailed(const QString &contactId, const repdesk::ApiError &error);
    void companyOpened(const QString &companyId);
    void companyOpenFailed(const QString &companyId, const repdesk::ApiError &error);
    void agentOpened(const QString &agentId);
    // Agents' or companies' names changed: shown names are read again.
    void namesChanged();
    // The sales index moved: the shown records' sales are read again.
    void salesChanged();
    void recordCreated(repdesk::RecordCreate::Kind kind, const QString &id);
    // A create whose form was closed in doubt turned out to have been taken by the server.
    void createdLater(repdesk::RecordCreate::Kind kind, const QString &id, const QString &name);
    void suspended();

private:
    void goLive();
    void showContact(const Contact &contact);
    void showCompany(const Company &company);
    QList<Contact> cachedContactsOf(const QString &companyId) const;
    void updateSales();
    void onCreated(RecordCreate *create);

    QPointer<AccountSession> m_account;
    QPointer<OrganizationSession> m_organization;
    QPointer<HyperRepClient> m_client;
    QPointer<SalesIndex> m_sales;
    QString m_org;
    ContactListModel *m_contacts;
    ContactSearchProxy *m_search;
    CompanyListModel *m_companies;
    AgentListModel *m_agents;
    ContactConversationListModel *m_contactConversations;
    AgentConversationListModel *m_agentConversations;
    RecordSalesModel *m_contactSales;
    RecordSalesModel *m_companySales;
    CreateRechecks *m_rechecks;
    QString m_salesError;
    QHash<QString, Agent> m_cachedAgents;
    QString m_openContact;
    QString m_openCompany;
    QList<Contact> m_openCompanyCached;
    QString m_openAgent;
    quint64 m_openGeneration = 0;
    bool m_started = false;
    bool m_live = false;
    bool m_suspended = false;
};

} // namespace repdesk
