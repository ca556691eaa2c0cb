#include "SalesSession.h"

#include "AccountSession.h"
#include "Cache.h"
#include "CallQueue.h"
#include "HyperRepProvider.h"
#include "OrganizationSession.h"
#include "SaleDetailLoader.h"
#include "SaleListModel.h"
#include "SaleNames.h"
#include "SalesBoardModel.h"
#include "SalesIndex.h"

namespace repdesk {

SalesSession::SalesSession(AccountSession *account, OrganizationSession *organization, QObject *parent)
    : QObject(parent), m_account(account), m_organization(organization), m_board(new SalesBoardModel(this)),
      m_table(new SaleListModel(this))
{
    if (!organization)
        return;
    m_board->setDirectories(organization->contacts(), organization->companies());
    m_board->setSource(organization->sales());
    updateAgents();
    connect(organization, &OrganizationSession::agentsChanged, this, &SalesSession::updateAgents);
    if (SalesIndex *sales = organization->sales())
        connect(sales, &SalesIndex::loadingChanged, this, &SalesSession::loadingChanged);
    auto *hyperRep = account ? qobject_cast<HyperRepProvider *>(account->provider()) : nullptr;
    m_table->setSource(hyperRep ? hyperRep->client() : nullptr, organization->organizationId(), organization->sales(),
                       m_board->names());
    if (hyperRep)
        m_saleDetail = new SaleDetailLoader(hyperRep->client(), new CallQueue(1, this), organization->sales(),
                                            account->cache(), organization->organizationId(), this);
}

bool SalesSession::isLoading() const
{
    return m_organization && m_organization->sales() && m_organization->sales()->isLoading();
}

void SalesSession::start()
{
    if (m_organization && m_organization->sales())
        m_organization->sales()->refresh(); // nothing while fresh
}

void SalesSession::refresh()
{
    if (m_organization && m_organization->sales())
        m_organization->sales()->refresh(true);
    // The table's own pages (an owner or a first day) are asked again; from the index it follows the walk.
    if (!m_table->isFromIndex())
        m_table->refresh();
}

SaleNames *SalesSession::names() const
{
    return m_board->names();
}

void SalesSession::updateAgents()
{
    if (m_account && m_account->cache())
        m_board->setAgents(m_account->cache()->agents());
}

} // namespace repdesk
