#pragma once

#include <QObject>
#include <QPointer>

namespace repdesk {

class AccountSession;
class OrganizationSession;
class SaleDetailLoader;
class SaleListModel;
class SaleNames;
class SalesBoardModel;

// The sales workspace's session (Ctrl+3): the pipeline board over the organization's sales index
// (kept by the session core; start() asks it to walk again unless fresh), the sales table's rows
// (the same index, or the API's pages for an owner or a first day) and one sale's detail
// (products, totals, status history with who, the dashboards' loader on its own queue). Created
// on first use by the organization's session.
class SalesSession : public QObject
{
    Q_OBJECT
public:
    SalesSession(AccountSession *account, OrganizationSession *organization, QObject *parent = nullptr);

    SalesBoardModel *board() const { return m_board; }
    SaleListModel *table() const { return m_table; }
    SaleNames *names() const;
    // Null without HyperRep (the sale detail's history comes from its audit log).
    SaleDetailLoader *saleDetail() const { return m_saleDetail; }
    bool isLoading() const;

    void start();
    // F5: walks the sales again even when fresh.
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    void updateAgents();

    QPointer<AccountSession> m_account;
    QPointer<OrganizationSession> m_organization;
    SalesBoardModel *m_board;
    SaleListModel *m_table;
    SaleDetailLoader *m_saleDetail = nullptr;
};

} // namespace repdesk
