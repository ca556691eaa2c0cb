#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;

namespace repdesk {

class AccountSession;
class OrganizationSession;

// The status bar's lasting labels: the sync line ("Synced 2 minutes ago",
// "Offline", "Signed out: the key was refused"), "Outbox (N)" and the provider's
// rate-limit wait. They follow the open account and organization; the window
// only hands them over, and its transient messages still use the status bar.
class StatusIndicators : public QObject
{
    Q_OBJECT
public:
    explicit StatusIndicators(QStatusBar *bar);

    void setAccount(AccountSession *account);
    void setOrganization(OrganizationSession *organization);
    void showNotSignedIn();

private:
    void updateStatus();
    void updateOutbox();

    QPointer<AccountSession> m_account;
    QPointer<OrganizationSession> m_organization;
    QLabel *m_syncLabel;
    QLabel *m_outboxLabel;
    QLabel *m_rateLimitLabel; // "Waiting for Fernand's rate limit: N s"
};

} // namespace repdesk
