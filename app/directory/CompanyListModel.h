#pragma once

#include "Company.h"
#include "PagedListModel.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

namespace repdesk {

class CompanyDirectory;
class HyperRepClient;

// The organization's companies (GET .../companies), paged through PagedListModel in the
// server's order; a company seen twice is kept once. Every page is handed to the
// organization's CompanyDirectory, so contacts of these companies are named without a request.
// The owning agent is named by a function the session gives (its roster, else the cache).
class CompanyListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Role {
        CompanyIdRole = FirstItemRole, // QString, opaque
        NameRole,                      // QString: may be empty (the server requires one, but old rows...)
        DomainRole,                    // QString: may be empty
        AddressRole,                   // QString: may be empty
        AgentIdRole,                   // QString: may be empty
        AgentNameRole,                 // QString: empty when no agent owns it
        CreatedAtRole,                 // QDateTime UTC
    };
    Q_ENUM(Role)

    explicit CompanyListModel(QObject *parent = nullptr);

    void setSource(HyperRepClient *client, const QString &organizationId);
    void setDirectory(CompanyDirectory *companies);
    void setAgentNames(std::function<QString(const QString &)> agentName) { m_agentName = std::move(agentName); }
    void setPageSize(int limit) { m_pageSize = limit; }
    // The roster changed: the owners' names are read again.
    void agentNamesChanged();

    const Company *company(int row) const;
    int rowOf(const QString &companyId) const { return m_index.value(companyId, -1); }
    int prepend(const Company &company);

    // The name, else the domain; "Unnamed company" when it has neither.
    static QString displayName(const Company &company);

    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount() const override { return int(m_rows.size()); }
    QVariant itemData(int row, int role) const override;
    ApiCall *requestPage(const QString &cursor) override;
    void consumePage(ApiCall *call, bool firstPage, QString *nextCursor, bool *hasMore) override;
    void clearItems() override;

private:
    QString agentName(const QString &agentId) const;

    QPointer<HyperRepClient> m_client;
    QPointer<CompanyDirectory> m_directory;
    std::function<QString(const QString &)> m_agentName;
    QString m_org;
    int m_pageSize = 100;
    QList<Company> m_rows;
    QHash<QString, int> m_index;
};

} // namespace repdesk
