#include "SaleNames.h"

namespace repdesk {

SaleNames::SaleNames(QObject *parent) : QObject(parent) {}

void SaleNames::setDirectories(ContactDirectory *contacts, CompanyDirectory *companies)
{
    if (m_contacts)
        disconnect(m_contacts, nullptr, this, nullptr);
    if (m_companies)
        disconnect(m_companies, nullptr, this, nullptr);
    m_contacts = contacts;
    m_companies = companies;
    if (contacts) {
        connect(contacts, &ContactDirectory::contactsChanged, this, &SaleNames::namesChanged);
        connect(contacts, &ContactDirectory::lookupFailed, this, &SaleNames::namesChanged);
    }
    if (companies)
        connect(companies, &CompanyDirectory::companiesChanged, this, &SaleNames::namesChanged);
}

void SaleNames::setAgents(const QHash<QString, Agent> &agents)
{
    m_agents = agents;
    Q_EMIT namesChanged();
}

void SaleNames::request(const QList<Sale> &sales)
{
    QStringList contacts;
    QStringList companies;
    for (const Sale &sale : sales) {
        const QString contact = sale.primaryContactId();
        if (!contact.isEmpty() && m_contacts && m_contacts->displayName(contact).isEmpty())
            contacts.append(contact);
        if (!sale.companyId.isEmpty() && m_companies && !m_companies->company(sale.companyId))
            companies.append(sale.companyId);
    }
    if (m_contacts && !contacts.isEmpty())
        m_contacts->request(contacts);
    if (m_companies && !companies.isEmpty())
        m_companies->request(companies);
}

QString SaleNames::companyText(const QString &companyId) const
{
    if (companyId.isEmpty())
        return tr("No company");
    if (m_companies) {
        if (m_companies->company(companyId) && !m_companies->displayName(companyId).isEmpty())
            return m_companies->displayName(companyId);
        if (m_companies->isPending(companyId))
            return tr("Loading…");
        if (m_companies->isUnknown(companyId))
            return tr("Unknown company");
    }
    return tr("Company not loaded");
}

QString SaleNames::contactText(const QString &contactId) const
{
    if (contactId.isEmpty())
        return tr("No contact");
    const QString name = m_contacts ? m_contacts->displayName(contactId) : QString();
    if (!name.isEmpty())
        return name;
    return m_contacts && m_contacts->isPending(contactId) ? tr("Loading…") : tr("Contact not loaded");
}

QString SaleNames::agentName(const Agent &agent)
{
    return agent.name.trimmed().isEmpty() ? agent.email : agent.name.trimmed();
}

QString SaleNames::ownerText(const QString &ownerId) const
{
    if (ownerId.isEmpty())
        return tr("No owner");
    const auto it = m_agents.constFind(ownerId);
    return it == m_agents.constEnd() ? tr("Unknown agent") : agentName(*it);
}

} // namespace repdesk
