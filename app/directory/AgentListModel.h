#pragma once

#include "Agent.h"
#include "PagedListModel.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace repdesk {

class Cache;
class InboxProvider;

// The organization's agents (GET .../agents), the roster, paged through PagedListModel in the
// server's order. Each page is written to the organization's cache, where the inbox and the
// dashboards name agents from.
class AgentListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Role {
        AgentIdRole = FirstItemRole, // QString, opaque
        NameRole,                    // QString: may be empty
        EmailRole,                   // QString: may be empty
    };
    Q_ENUM(Role)

    explicit AgentListModel(QObject *parent = nullptr);

    void setSource(InboxProvider *provider, Cache *cache, const QString &organizationId);
    void setPageSize(int limit) { m_pageSize = limit; }

    const Agent *agent(int row) const;
    const Agent *agent(const QString &agentId) const;
    int rowOf(const QString &agentId) const { return m_index.value(agentId, -1); }
    QList<Agent> agents() const { return m_rows; }

    // The name, else the email; "Unnamed agent" when it has neither.
    static QString displayName(const Agent &agent);

    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount() const override { return int(m_rows.size()); }
    QVariant itemData(int row, int role) const override;
    ApiCall *requestPage(const QString &cursor) override;
    void consumePage(ApiCall *call, bool firstPage, QString *nextCursor, bool *hasMore) override;
    void clearItems() override;

private:
    QPointer<InboxProvider> m_provider;
    QPointer<Cache> m_cache;
    QString m_org;
    int m_pageSize = 100;
    QList<Agent> m_rows;
    QHash<QString, int> m_index;
};

} // namespace repdesk
