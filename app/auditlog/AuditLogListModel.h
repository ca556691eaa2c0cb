#pragma once

#include "Agent.h"
#include "AuditLog.h"
#include "AuditLogFilter.h"
#include "PagedListModel.h"

#include <QHash>
#include <QPointer>

namespace repdesk {

class HyperRepClient;

// The organization's audit log, newest first as the route lists it, paged by the one pager
// (PagedListModel) and filtered server-side by AuditLogFilter. Who made a change is shown by name
// (the organization's agents, set by the session), never by id; a change made by no agent says so.
class AuditLogListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Role {
        AuditLogIdRole = FirstItemRole, // QString
        OccurredAtRole,                 // QDateTime UTC; invalid when unknown
        OccurredTextRole,               // QString: the local date and time
        AgentIdRole,                    // QString; empty when no agent made it
        AgentNameRole,                  // QString: a name, "HyperRep" when no agent, "Unknown agent" for an id not known
        ActionRole,                     // QString: insert, update, delete (as sent)
        ActionTextRole,                 // QString: Created, Changed, Deleted
        RecordTypeRole,                 // QString: sale, conversation, message_draft, response_draft (as sent)
        RecordTypeTextRole,             // QString: Sale, Conversation, ...
        RecordIdRole,                   // QString; for opening the record, never displayed
        SummaryRole,                    // QString: every change on one line
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 50; // the route's own default (NOTES.md)

    explicit AuditLogListModel(QObject *parent = nullptr);

    // Drops the rows; nothing is asked until fetchMore() or reload().
    void setSource(HyperRepClient *client, const QString &organizationId);
    // Reloads from the first page when it differs; refused (false) when filter.problem() is not empty.
    bool setFilter(const AuditLogFilter &filter);
    const AuditLogFilter &filter() const { return m_filter; }
    void setAgents(const QHash<QString, Agent> &agents);
    void setPageSize(int limit) { m_pageSize = qBound(1, limit, 500); }

    const AuditLog *entry(int row) const;
    QString agentName(const QString &agentId) const;

    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount() const override { return int(m_rows.size()); }
    QVariant itemData(int row, int role) const override;
    ApiCall *requestPage(const QString &cursor) override;
    void consumePage(ApiCall *call, bool firstPage, QString *nextCursor, bool *hasMore) override;
    void clearItems() override;

private:
    QPointer<HyperRepClient> m_client;
    QString m_org;
    AuditLogFilter m_filter;
    QHash<QString, Agent> m_agents;
    QList<AuditLog> m_rows;
    QSet<QString> m_ids; // a page that overlaps the last one adds no row twice
    int m_pageSize = kDefaultPageSize;
};

} // namespace repdesk
