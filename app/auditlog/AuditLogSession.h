#pragma once

#include "Agent.h"
#include "AuditLogFilter.h"

#include <QObject>
#include <QPointer>

namespace repdesk {

class AccountSession;
class AuditLogListModel;
class OrganizationSession;
class SaleDetailLoader;

// The audit log workspace's session (Ctrl+6): the paged, filtered list of one organization's
// changes and the agents its filter offers, by name. Created on first use by the organization's
// session; nothing is asked until start(). Audit logs are a HyperRep route: with another provider
// isAvailable() is false and the list stays empty.
class AuditLogSession : public QObject
{
    Q_OBJECT
public:
    AuditLogSession(AccountSession *account, OrganizationSession *organization, QObject *parent = nullptr);

    AuditLogListModel *model() const { return m_model; }
    bool isAvailable() const;
    // The organization's agents, by name, for the filter.
    QList<Agent> agents() const;

    // The first page, once (switching back to the workspace keeps what was loaded).
    void start();
    // F5: from the first page again, with the same filter.
    void refresh();
    // Applies a filter; returns why it cannot be sent (nothing is asked then), else empty.
    QString setFilter(const AuditLogFilter &filter);
    const AuditLogFilter &filter() const;
    // A sale an entry is about, with its products and status history (the dashboards' loader);
    // null without HyperRep.
    SaleDetailLoader *saleDetail() const { return m_saleDetail; }

Q_SIGNALS:
    void agentsChanged();

private:
    void updateAgents();

    QPointer<AccountSession> m_account;
    QPointer<OrganizationSession> m_organization;
    AuditLogListModel *m_model;
    SaleDetailLoader *m_saleDetail = nullptr;
    bool m_started = false;
};

} // namespace repdesk
