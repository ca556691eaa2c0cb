#include "AuditLogSession.h"

#include "AccountSession.h"
#include "AuditLogListModel.h"
#include "Cache.h"
#include "CallQueue.h"
#include "SaleDetailLoader.h"
#include "HyperRepProvider.h"
#include "OrganizationSession.h"
#include "SalesIndex.h"

#include <QCollator>

#include <algorithm>

namespace repdesk {

namespace {
HyperRepClient *auditClient(AccountSession *account)
{
    auto *hyperRep = account ? qobject_cast<HyperRepProvider *>(account->provider()) : nullptr;
    return hyperRep ? hyperRep->client() : nullptr;
}
} // namespace

AuditLogSession::AuditLogSession(AccountSession *account, OrganizationSession *organization, QObject *parent)
    : QObject(parent), m_account(account), m_organization(organization), m_model(new AuditLogListModel(this))
{
    m_model->setSource(auditClient(account), organization ? organization->organizationId() : QString());
    if (HyperRepClient *client = auditClient(account); client && organization) {
        // Its own queue: a sale's history pages never wait behind the dashboards' figures.
        m_saleDetail = new SaleDetailLoader(client, new CallQueue(1, this), organization->sales(), account->cache(),
                                            organization->organizationId(), this);
    }
    updateAgents();
    if (organization)
        connect(organization, &OrganizationSession::agentsChanged, this, &AuditLogSession::updateAgents);
}

bool AuditLogSession::isAvailable() const
{
    return auditClient(m_account) != nullptr && m_organization;
}

QList<Agent> AuditLogSession::agents() const
{
    QList<Agent> out;
    if (m_account && m_account->cache())
        out = m_account->cache()->agents().values();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), [&collator](const Agent &a, const Agent &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.agentId < b.agentId;
    });
    return out;
}

void AuditLogSession::start()
{
    if (m_started || !isAvailable())
        return;
    m_started = true;
    m_model->reload();
    // Sales open from their entries out of the organization's index (a no-op while it is fresh).
    if (m_organization && m_organization->sales())
        m_organization->sales()->refresh();
}

void AuditLogSession::refresh()
{
    if (!isAvailable())
        return;
    m_started = true;
    m_model->reload();
}

QString AuditLogSession::setFilter(const AuditLogFilter &filter)
{
    const QString problem = filter.problem();
    if (!problem.isEmpty())
        return problem;
    m_started = true;
    m_model->setFilter(filter);
    return {};
}

const AuditLogFilter &AuditLogSession::filter() const
{
    return m_model->filter();
}

void AuditLogSession::updateAgents()
{
    if (m_account && m_account->cache())
        m_model->setAgents(m_account->cache()->agents());
    Q_EMIT agentsChanged();
}

} // namespace repdesk
