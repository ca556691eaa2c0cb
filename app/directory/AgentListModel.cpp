#include "AgentListModel.h"

#include "Cache.h"
#include "InboxProvider.h"
#include "Page.h"

namespace repdesk {

AgentListModel::AgentListModel(QObject *parent) : PagedListModel(parent) {}

void AgentListModel::setSource(InboxProvider *provider, Cache *cache, const QString &organizationId)
{
    m_provider = provider;
    m_cache = cache;
    m_org = organizationId;
    resetPaging();
    beginResetModel();
    clearItems();
    endResetModel();
}

const Agent *AgentListModel::agent(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const Agent *AgentListModel::agent(const QString &agentId) const
{
    return agent(rowOf(agentId));
}

QString AgentListModel::displayName(const Agent &a)
{
    if (!a.name.trimmed().isEmpty())
        return a.name.trimmed();
    if (!a.email.trimmed().isEmpty())
        return a.email.trimmed();
    return tr("Unnamed agent");
}

void AgentListModel::clearItems()
{
    m_rows.clear();
    m_index.clear();
}

QVariant AgentListModel::itemData(int row, int role) const
{
    const Agent &a = m_rows.at(row);
    switch (role) {
    case AgentIdRole:
        return a.agentId;
    case NameRole:
        return a.name;
    case EmailRole:
        return a.email;
    case Qt::DisplayRole:
        return displayName(a);
    case Qt::ToolTipRole:
        return a.email;
    default:
        return {};
    }
}

QHash<int, QByteArray> AgentListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(AgentIdRole, "agentId");
    names.insert(NameRole, "name");
    names.insert(EmailRole, "email");
    return names;
}

ApiCall *AgentListModel::requestPage(const QString &cursor)
{
    if (!m_provider || m_org.isEmpty())
        return nullptr;
    return m_provider->listAgents(m_org, ListQuery{m_pageSize, cursor, {}, {}});
}

void AgentListModel::consumePage(ApiCall *call, bool, QString *nextCursor, bool *hasMore)
{
    const Page<Agent> &page = static_cast<Call<Page<Agent>> *>(call)->result();
    QList<Agent> fresh;
    for (const Agent &a : page.items) {
        if (a.agentId.isEmpty() || m_index.contains(a.agentId))
            continue;
        m_index.insert(a.agentId, int(m_rows.size() + fresh.size()));
        fresh.append(a);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
        if (m_cache)
            m_cache->upsertAgents(fresh);
    }
    *nextCursor = page.nextCursor;
    *hasMore = !page.isLast();
}

} // namespace repdesk
