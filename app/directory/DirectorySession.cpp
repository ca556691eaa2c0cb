#include "DirectorySession.h"

#include "AccountSession.h"
#include "AgentConversationListModel.h"
#include "AgentListModel.h"
#include "Cache.h"
#include "CompanyDirectory.h"
#include "CompanyListModel.h"
#include "CreateRechecks.h"
#include "ContactConversationListModel.h"
#include "ContactDirectory.h"
#include "ContactListModel.h"
#include "ContactSearchProxy.h"
#include "HyperRepClient.h"
#include "HyperRepProvider.h"
#include "OrganizationSession.h"
#include "RecordSalesModel.h"
#include "SalesIndex.h"

namespace repdesk {

namespace {
HyperRepClient *hyperRepClient(InboxProvider *provider)
{
    auto *hyperRep = qobject_cast<HyperRepProvider *>(provider);
    return hyperRep ? hyperRep->client() : nullptr;
}
} // namespace

DirectorySession::DirectorySession(AccountSession *account, OrganizationSession *organization, QObject *parent)
    : QObject(parent),
      m_account(account),
      m_organization(organization),
      m_client(hyperRepClient(account->provider())),
      m_sales(organization->sales()),
      m_org(organization->organizationId()),
      m_contacts(new ContactListModel(this)),
      m_search(new ContactSearchProxy(this)),
      m_companies(new CompanyListModel(this)),
      m_agents(new AgentListModel(this)),
      m_contactConversations(new ContactConversationListModel(this)),
      m_agentConversations(new AgentConversationListModel(this)),
      m_contactSales(new RecordSalesModel(this)),
      m_companySales(new RecordSalesModel(this)),
      m_rechecks(new CreateRechecks(this))
{
    m_contacts->setNameSources(organization->contacts(), organization->companies());
    m_search->setSourceModel(m_contacts);
    m_companies->setDirectory(organization->companies());
    m_companies->setAgentNames([this](const QString &id) { return agentName(id); });
    for (RecordSalesModel *sales : {m_contactSales, m_companySales})
        sales->setOwnerNames([this](const QString &id) { return agentName(id); });

    // The roster is small and names every owner: it is read to its end, page after page.
    connect(m_agents, &PagedListModel::pageLoaded, this, [this] {
        m_companies->agentNamesChanged();
        if (m_agents->canFetchMore({}))
            m_agents->fetchMore({});
        Q_EMIT namesChanged();
    });
    connect(organization->companies(), &CompanyDirectory::companiesChanged, this, [this] { Q_EMIT namesChanged(); });
    if (m_sales) {
        connect(m_sales, &SalesIndex::updated, this, [this] {
            m_salesError.clear();
            updateSales();
        });
        connect(m_sales, &SalesIndex::loadingChanged, this, &DirectorySession::salesChanged);
        connect(m_sales, &SalesIndex::failed, this, [this](const ApiError &error) {
            m_salesError = error.message();
            Q_EMIT salesChanged();
        });
    }
    connect(m_rechecks, &CreateRechecks::found, this, [this](RecordCreate *create) {
        onCreated(create);
        const QString name = create->contact() ? ContactListModel::displayName(*create->contact())
                                               : CompanyListModel::displayName(create->company().value_or(Company()));
        Q_EMIT createdLater(create->kind(), create->createdId(), name);
    });
    connect(organization, &OrganizationSession::statusChanged, this, [this] {
        if (m_organization && m_organization->isSuspended())
            suspend();
        else if (m_started && !m_live && m_account && m_account->isLive())
            goLive(); // the keychain handed the key over
    });
}

DirectorySession::~DirectorySession() = default;

bool DirectorySession::hasCompanies() const
{
    return m_client != nullptr;
}

ContactDirectory *DirectorySession::contactNames() const
{
    return m_organization ? m_organization->contacts() : nullptr;
}

CompanyDirectory *DirectorySession::companyNames() const
{
    return m_organization ? m_organization->companies() : nullptr;
}

void DirectorySession::start()
{
    if (m_started || m_suspended)
        return;
    m_started = true;
    // Until the keychain hands the key over nothing may be asked: a request without it is refused.
    if (m_account && m_account->isLive())
        goLive();
}

void DirectorySession::goLive()
{
    m_live = true;
    // Names the owners at once, before the roster arrives; read once, since views ask per row.
    if (m_account->cache())
        m_cachedAgents = m_account->cache()->agents();
    InboxProvider *provider = m_account->provider();
    m_contacts->setSource(provider, m_org);
    m_companies->setSource(m_client, m_org);
    m_agents->setSource(provider, m_account->cache(), m_org);
    m_contacts->reload();
    if (m_client)
        m_companies->reload();
    m_agents->reload();
    if (m_sales)
        m_sales->refresh(false); // a no-op while the index is fresh
}

void DirectorySession::refresh()
{
    if (!m_started || m_suspended || !m_live)
        return;
    m_contacts->reload();
    if (m_client)
        m_companies->reload();
    m_agents->reload();
    if (!m_openContact.isEmpty())
        m_contactConversations->reload();
    if (!m_openAgent.isEmpty())
        m_agentConversations->reload();
    if (m_sales) {
        m_salesError.clear();
        m_sales->refresh(false);
    }
    updateSales();
}

void DirectorySession::suspend()
{
    if (m_suspended)
        return;
    m_suspended = true;
    m_live = false;
    ++m_openGeneration;
    m_contacts->setSource(nullptr, QString());
    m_companies->setSource(nullptr, QString());
    m_agents->setSource(nullptr, nullptr, QString());
    m_contactConversations->setSource(nullptr, QString(), QString());
    m_agentConversations->setSource(nullptr, nullptr, QString(), QString());
    m_contactSales->setSales({});
    m_companySales->setSales({});
    m_openContact.clear();
    m_openCompany.clear();
    m_openAgent.clear();
    Q_EMIT suspended();
}

std::optional<Contact> DirectorySession::contact(const QString &contactId) const
{
    if (const Contact *c = m_contacts->contact(m_contacts->rowOf(contactId)))
        return *c;
    if (ContactDirectory *names = contactNames()) {
        if (const Contact *c = names->contact(contactId))
            return *c;
    }
    return std::nullopt;
}

std::optional<Company> DirectorySession::company(const QString &companyId) const
{
    if (const Company *c = m_companies->company(m_companies->rowOf(companyId)))
        return *c;
    if (CompanyDirectory *names = companyNames()) {
        if (const Company *c = names->company(companyId))
            return *c;
    }
    return std::nullopt;
}

void DirectorySession::openContact(const QString &contactId)
{
    if (contactId.isEmpty() || m_suspended)
        return;
    const quint64 gen = ++m_openGeneration;
    m_openContact = contactId;
    if (const auto known = contact(contactId)) {
        showContact(*known);
        return;
    }
    if (!m_live || !m_account)
        return;
    auto *call = m_account->provider()->getContact(m_org, contactId);
    connect(call, &ApiCall::finished, this, [this, call, contactId, gen] {
        if (gen != m_openGeneration || contactId != m_openContact)
            return;
        if (!call->succeeded()) {
            if (call->error().kind() != ApiError::Kind::Cancelled)
                Q_EMIT contactOpenFailed(contactId, call->error());
            return;
        }
        if (ContactDirectory *names = contactNames())
            names->insert({call->result()});
        showContact(call->result());
    });
}

void DirectorySession::showContact(const Contact &c)
{
    m_contactConversations->setSource(m_live && m_account ? m_account->provider() : nullptr, m_org, c.contactId);
    m_contactConversations->reload();
    if (!c.companyId.isEmpty() && companyNames())
        companyNames()->request({c.companyId});
    m_contactSales->setSales(m_sales ? m_sales->salesForContact(c.contactId) : QList<Sale>());
    Q_EMIT contactOpened(c.contactId);
}

void DirectorySession::openCompany(const QString &companyId)
{
    if (companyId.isEmpty() || m_suspended)
        return;
    const quint64 gen = ++m_openGeneration;
    m_openCompany = companyId;
    if (const auto known = company(companyId)) {
        showCompany(*known);
        return;
    }
    if (!m_live || !m_client)
        return;
    auto *call = m_client->getCompany(m_org, companyId);
    connect(call, &ApiCall::finished, this, [this, call, companyId, gen] {
        if (gen != m_openGeneration || companyId != m_openCompany)
            return;
        if (!call->succeeded()) {
            if (call->error().kind() != ApiError::Kind::Cancelled)
                Q_EMIT companyOpenFailed(companyId, call->error());
            return;
        }
        if (CompanyDirectory *names = companyNames())
            names->insert({call->result()});
        showCompany(call->result());
    });
}

void DirectorySession::showCompany(const Company &c)
{
    m_openCompanyCached = cachedContactsOf(c.companyId);
    QList<Sale> sales;
    if (m_sales) {
        for (const Sale &s : m_sales->allSales()) {
            if (s.companyId == c.companyId)
                sales << s;
        }
    }
    m_companySales->setSales(sales);
    Q_EMIT companyOpened(c.companyId);
}

void DirectorySession::openAgent(const QString &agentId)
{
    if (agentId.isEmpty() || m_suspended)
        return;
    m_openAgent = agentId;
    m_agentConversations->setSource(m_live ? m_client.data() : nullptr, m_account ? m_account->cache() : nullptr,
                                    m_org, agentId);
    if (m_live && m_client)
        m_agentConversations->reload();
    Q_EMIT agentOpened(agentId);
}

QList<Contact> DirectorySession::contactsOfCompany(const QString &companyId) const
{
    QList<Contact> out = m_contacts->contactsOfCompany(companyId);
    QSet<QString> seen;
    for (const Contact &c : out)
        seen.insert(c.contactId);
    // The cache holds every contact the inbox or an earlier session named (read once per company
    // shown: the pane asks again as every page of contacts arrives).
    const QList<Contact> cached = companyId == m_openCompany ? m_openCompanyCached : cachedContactsOf(companyId);
    for (const Contact &c : cached) {
        if (!seen.contains(c.contactId)) {
            seen.insert(c.contactId);
            out << c;
        }
    }
    std::sort(out.begin(), out.end(), [](const Contact &a, const Contact &b) {
        return ContactListModel::displayName(a).localeAwareCompare(ContactListModel::displayName(b)) < 0;
    });
    return out;
}

QList<Contact> DirectorySession::cachedContactsOf(const QString &companyId) const
{
    QList<Contact> out;
    if (!m_account || !m_account->cache() || companyId.isEmpty())
        return out;
    const QHash<QString, Contact> cached = m_account->cache()->allContacts();
    for (const Contact &c : cached) {
        if (c.companyId == companyId)
            out << c;
    }
    return out;
}

QString DirectorySession::agentName(const QString &agentId) const
{
    if (agentId.isEmpty())
        return {};
    if (const Agent *a = m_agents->agent(agentId))
        return AgentListModel::displayName(*a);
    const auto it = m_cachedAgents.constFind(agentId);
    if (it != m_cachedAgents.constEnd())
        return AgentListModel::displayName(*it);
    return agentsComplete() ? tr("Unknown agent") : QString();
}

QString DirectorySession::companyName(const QString &companyId) const
{
    if (companyId.isEmpty())
        return {};
    if (const auto c = company(companyId))
        return CompanyListModel::displayName(*c);
    CompanyDirectory *names = companyNames();
    return names && names->isUnknown(companyId) ? tr("Unknown company") : QString();
}

QStringList DirectorySession::agentIds() const
{
    if (!agentsComplete())
        return {}; // not all known: the server decides
    QStringList ids;
    for (const Agent &a : m_agents->agents())
        ids << a.agentId;
    return ids;
}

DirectorySession::SalesState DirectorySession::salesState() const
{
    if (!m_sales)
        return SalesState::Known;
    if (!m_salesError.isEmpty() && !m_sales->isLoading())
        return SalesState::Failed;
    return m_sales->isLoading() && !m_sales->isComplete() ? SalesState::Loading : SalesState::Known;
}

bool DirectorySession::agentsComplete() const
{
    return m_agents->fetchState() == PagedListModel::FetchState::Complete;
}

void DirectorySession::updateSales()
{
    if (!m_sales)
        return;
    if (!m_openContact.isEmpty())
        m_contactSales->setSales(m_sales->salesForContact(m_openContact));
    if (!m_openCompany.isEmpty()) {
        if (const auto c = company(m_openCompany))
            showCompany(*c);
    }
    Q_EMIT salesChanged();
}

RecordCreate *DirectorySession::newContactCreate(QObject *owner)
{
    auto *create = new RecordCreate(RecordCreate::Kind::Contact, m_client, m_org, owner);
    connect(create, &RecordCreate::created, this, [this, create] { onCreated(create); });
    return create;
}

RecordCreate *DirectorySession::newCompanyCreate(QObject *owner)
{
    auto *create = new RecordCreate(RecordCreate::Kind::Company, m_client, m_org, owner);
    create->setAgentIds([this] { return agentIds(); });
    connect(create, &RecordCreate::created, this, [this, create] { onCreated(create); });
    return create;
}

void DirectorySession::keepChecking(RecordCreate *create)
{
    m_rechecks->adopt(create);
}

int DirectorySession::pendingChecks() const
{
    return m_rechecks->pending();
}

void DirectorySession::setRecheckDelayMs(int ms)
{
    m_rechecks->setDelayMs(ms);
}

void DirectorySession::onCreated(RecordCreate *create)
{
    if (const auto c = create->contact()) {
        m_contacts->prepend(*c);
        Q_EMIT recordCreated(RecordCreate::Kind::Contact, c->contactId);
    } else if (const auto c = create->company()) {
        m_companies->prepend(*c);
        Q_EMIT recordCreated(RecordCreate::Kind::Company, c->companyId);
    }
}

} // namespace repdesk
