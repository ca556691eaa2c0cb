#include "CompanyListModel.h"

#include "CompanyDirectory.h"
#include "HyperRepClient.h"
#include "Page.h"

namespace repdesk {

CompanyListModel::CompanyListModel(QObject *parent) : PagedListModel(parent) {}

void CompanyListModel::setSource(HyperRepClient *client, const QString &organizationId)
{
    m_client = client;
    m_org = organizationId;
    resetPaging();
    beginResetModel();
    clearItems();
    endResetModel();
}

void CompanyListModel::setDirectory(CompanyDirectory *companies)
{
    m_directory = companies;
}

void CompanyListModel::agentNamesChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

const Company *CompanyListModel::company(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString CompanyListModel::displayName(const Company &c)
{
    if (!c.name.trimmed().isEmpty())
        return c.name.trimmed();
    if (!c.domain.trimmed().isEmpty())
        return c.domain.trimmed();
    return tr("Unnamed company");
}

QString CompanyListModel::agentName(const QString &agentId) const
{
    return agentId.isEmpty() || !m_agentName ? QString() : m_agentName(agentId);
}

int CompanyListModel::prepend(const Company &company)
{
    if (company.companyId.isEmpty())
        return -1;
    const int existing = rowOf(company.companyId);
    if (existing >= 0) {
        m_rows[existing] = company;
        Q_EMIT dataChanged(index(existing), index(existing));
        return existing;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(company);
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).companyId, i);
    endInsertRows();
    if (m_directory)
        m_directory->insert({company});
    return 0;
}

void CompanyListModel::clearItems()
{
    m_rows.clear();
    m_index.clear();
}

QVariant CompanyListModel::itemData(int row, int role) const
{
    const Company &c = m_rows.at(row);
    switch (role) {
    case CompanyIdRole:
        return c.companyId;
    case NameRole:
        return c.name;
    case DomainRole:
        return c.domain;
    case AddressRole:
        return c.address;
    case AgentIdRole:
        return c.agentId;
    case AgentNameRole:
        return agentName(c.agentId);
    case CreatedAtRole:
        return c.createdAt;
    case Qt::DisplayRole:
        return displayName(c);
    case Qt::ToolTipRole:
        return c.domain;
    default:
        return {};
    }
}

QHash<int, QByteArray> CompanyListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(CompanyIdRole, "companyId");
    names.insert(NameRole, "name");
    names.insert(DomainRole, "domain");
    names.insert(AddressRole, "address");
    names.insert(AgentIdRole, "agentId");
    names.insert(AgentNameRole, "agentName");
    names.insert(CreatedAtRole, "createdAt");
    return names;
}

ApiCall *CompanyListModel::requestPage(const QString &cursor)
{
    if (!m_client || m_org.isEmpty())
        return nullptr;
    return m_client->listCompanies(m_org, ListQuery{m_pageSize, cursor, {}, {}});
}

void CompanyListModel::consumePage(ApiCall *call, bool, QString *nextCursor, bool *hasMore)
{
    const Page<Company> &page = static_cast<Call<Page<Company>> *>(call)->result();
    QList<Company> fresh;
    for (const Company &c : page.items) {
        if (c.companyId.isEmpty() || m_index.contains(c.companyId))
            continue;
        m_index.insert(c.companyId, int(m_rows.size() + fresh.size()));
        fresh.append(c);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
        if (m_directory)
            m_directory->insert(fresh);
    }
    *nextCursor = page.nextCursor;
    *hasMore = !page.isLast();
}

} // namespace repdesk
