#include "ContactListModel.h"

#include "CompanyDirectory.h"
#include "ContactDirectory.h"
#include "InboxProvider.h"
#include "Page.h"

#include <QLocale>

namespace repdesk {

ContactListModel::ContactListModel(QObject *parent) : PagedListModel(parent) {}

void ContactListModel::setSource(InboxProvider *provider, const QString &organizationId)
{
    m_provider = provider;
    m_org = organizationId;
    resetPaging();
    beginResetModel();
    clearItems();
    endResetModel();
}

void ContactListModel::setNameSources(ContactDirectory *contacts, CompanyDirectory *companies)
{
    if (m_companies)
        m_companies->disconnect(this);
    m_contacts = contacts;
    m_companies = companies;
    if (companies)
        connect(companies, &CompanyDirectory::companiesChanged, this, &ContactListModel::onCompaniesChanged);
}

const Contact *ContactListModel::contact(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString ContactListModel::displayName(const Contact &c)
{
    for (const QString &text : {c.name, c.email, c.phoneNumber}) {
        if (!text.trimmed().isEmpty())
            return text.trimmed();
    }
    return tr("Unnamed contact");
}

QString ContactListModel::companyName(const QString &companyId) const
{
    if (companyId.isEmpty() || !m_companies)
        return {};
    if (m_companies->isUnknown(companyId))
        return tr("Unknown company");
    return m_companies->displayName(companyId);
}

void ContactListModel::onCompaniesChanged(const QSet<QString> &companyIds)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (companyIds.contains(m_rows.at(row).companyId))
            Q_EMIT dataChanged(index(row), index(row));
    }
}

QList<Contact> ContactListModel::contactsOfCompany(const QString &companyId) const
{
    QList<Contact> out;
    for (const Contact &c : m_rows) {
        if (!companyId.isEmpty() && c.companyId == companyId)
            out << c;
    }
    return out;
}

int ContactListModel::prepend(const Contact &contact)
{
    if (contact.contactId.isEmpty())
        return -1;
    const int existing = rowOf(contact.contactId);
    if (existing >= 0) {
        m_rows[existing] = contact;
        Q_EMIT dataChanged(index(existing), index(existing));
        return existing;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(contact);
    reindex();
    endInsertRows();
    if (m_contacts)
        m_contacts->insert({contact});
    if (m_companies && !contact.companyId.isEmpty())
        m_companies->request({contact.companyId});
    return 0;
}

void ContactListModel::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).contactId, i);
}

void ContactListModel::clearItems()
{
    m_rows.clear();
    m_index.clear();
}

QVariant ContactListModel::itemData(int row, int role) const
{
    const Contact &c = m_rows.at(row);
    switch (role) {
    case ContactIdRole:
        return c.contactId;
    case NameRole:
        return c.name;
    case EmailRole:
        return c.email;
    case PhoneRole:
        return c.phoneNumber;
    case CompanyIdRole:
        return c.companyId;
    case CompanyNameRole:
        return companyName(c.companyId);
    case CompanyRoleRole:
        return c.companyRole;
    case CreatedAtRole:
        return c.createdAt;
    case SearchTextRole:
        return QStringList{c.name, c.email, c.phoneNumber, companyName(c.companyId), c.companyRole}.join(QLatin1Char('\n'));
    case Qt::DisplayRole:
        return displayName(c);
    case Qt::ToolTipRole:
        return QStringList{c.email, c.phoneNumber}.join(QLatin1Char('\n')).trimmed();
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(ContactIdRole, "contactId");
    names.insert(NameRole, "name");
    names.insert(EmailRole, "email");
    names.insert(PhoneRole, "phoneNumber");
    names.insert(CompanyIdRole, "companyId");
    names.insert(CompanyNameRole, "companyName");
    names.insert(CompanyRoleRole, "companyRole");
    names.insert(CreatedAtRole, "createdAt");
    return names;
}

ApiCall *ContactListModel::requestPage(const QString &cursor)
{
    if (!m_provider || m_org.isEmpty())
        return nullptr;
    return m_provider->listContacts(m_org, ListQuery{m_pageSize, cursor, {}, {}});
}

void ContactListModel::consumePage(ApiCall *call, bool, QString *nextCursor, bool *hasMore)
{
    const Page<Contact> &page = static_cast<Call<Page<Contact>> *>(call)->result();
    QList<Contact> fresh;
    QStringList companies;
    for (const Contact &c : page.items) {
        if (c.contactId.isEmpty() || m_index.contains(c.contactId))
            continue;
        m_index.insert(c.contactId, int(m_rows.size() + fresh.size()));
        fresh.append(c);
        if (!c.companyId.isEmpty() && !companies.contains(c.companyId))
            companies << c.companyId;
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
        if (m_contacts)
            m_contacts->insert(fresh);
    }
    // Only the companies these rows name are asked for, each once (CompanyDirectory de-duplicates).
    if (m_companies && !companies.isEmpty())
        m_companies->request(companies);
    *nextCursor = page.nextCursor;
    *hasMore = !page.isLast();
}

} // namespace repdesk
