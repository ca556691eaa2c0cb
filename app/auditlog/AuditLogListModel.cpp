#include "AuditLogListModel.h"

#include "AuditChangeText.h"
#include "HyperRepClient.h"
#include "Page.h"

#include <QLocale>

namespace repdesk {

AuditLogListModel::AuditLogListModel(QObject *parent) : PagedListModel(parent) {}

void AuditLogListModel::setSource(HyperRepClient *client, const QString &organizationId)
{
    m_client = client;
    m_org = organizationId;
    resetPaging();
    beginResetModel();
    clearItems();
    endResetModel();
}

bool AuditLogListModel::setFilter(const AuditLogFilter &filter)
{
    if (!filter.problem().isEmpty())
        return false;
    if (filter == m_filter && itemCount() > 0)
        return true;
    m_filter = filter;
    reload();
    return true;
}

void AuditLogListModel::setAgents(const QHash<QString, Agent> &agents)
{
    m_agents = agents;
    if (itemCount() > 0)
        Q_EMIT dataChanged(index(0), index(itemCount() - 1), {AgentNameRole, Qt::DisplayRole});
}

const AuditLog *AuditLogListModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString AuditLogListModel::agentName(const QString &agentId) const
{
    if (agentId.isEmpty())
        //: Who made an audit log change that no agent made (HyperRep itself, an import, ...)
        return tr("No agent");
    const auto it = m_agents.constFind(agentId);
    if (it == m_agents.constEnd() || it->name.trimmed().isEmpty())
        return it != m_agents.constEnd() && !it->email.isEmpty() ? it->email : tr("Unknown agent");
    return it->name.trimmed();
}

QVariant AuditLogListModel::itemData(int row, int role) const
{
    const AuditLog &log = m_rows.at(row);
    switch (role) {
    case AuditLogIdRole:
        return log.auditLogId;
    case OccurredAtRole:
        return log.occurredAt;
    case OccurredTextRole:
        return log.occurredAt.isValid() ? QLocale().toString(log.occurredAt.toLocalTime(), QLocale::ShortFormat)
                                        : tr("Unknown time");
    case AgentIdRole:
        return log.agentId;
    case AgentNameRole:
        return agentName(log.agentId);
    case ActionRole:
        return log.actionType;
    case ActionTextRole:
        return AuditChangeText::actionLabel(log.actionType);
    case RecordTypeRole:
        return log.record.type;
    case RecordTypeTextRole:
        return AuditChangeText::recordTypeLabel(log.record.type);
    case RecordIdRole:
        return log.record.id;
    case SummaryRole:
        return AuditChangeText::summary(log);
    case Qt::DisplayRole:
        //: An audit log row: who, what they did, to which kind of record
        return tr("%1 — %2 %3").arg(agentName(log.agentId), AuditChangeText::actionLabel(log.actionType),
                                     AuditChangeText::recordTypeLabel(log.record.type));
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditLogListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(AuditLogIdRole, "auditLogId");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(OccurredTextRole, "occurredText");
    names.insert(AgentIdRole, "agentId");
    names.insert(AgentNameRole, "agentName");
    names.insert(ActionRole, "action");
    names.insert(ActionTextRole, "actionText");
    names.insert(RecordTypeRole, "recordType");
    names.insert(RecordTypeTextRole, "recordTypeText");
    names.insert(RecordIdRole, "recordId");
    names.insert(SummaryRole, "summary");
    return names;
}

ApiCall *AuditLogListModel::requestPage(const QString &cursor)
{
    if (!m_client || m_org.isEmpty())
        return nullptr;
    return m_client->listAuditLogs(m_org, m_filter.query(m_pageSize, cursor));
}

void AuditLogListModel::consumePage(ApiCall *call, bool, QString *nextCursor, bool *hasMore)
{
    const Page<AuditLog> &page = static_cast<Call<Page<AuditLog>> *>(call)->result();
    QList<AuditLog> fresh;
    for (const AuditLog &log : page.items) {
        if (log.auditLogId.isEmpty() || m_ids.contains(log.auditLogId))
            continue;
        m_ids.insert(log.auditLogId);
        fresh.append(log);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, itemCount(), itemCount() + int(fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
    }
    *nextCursor = page.nextCursor;
    *hasMore = !page.isLast();
}

void AuditLogListModel::clearItems()
{
    m_rows.clear();
    m_ids.clear();
}

} // namespace repdesk
