#include "StatusIndicators.h"

#include "AccountSession.h"
#include "OrganizationSession.h"
#include "Outbox.h"
#include "SyncStatusText.h"

#include <QLabel>
#include <QStatusBar>

namespace repdesk {

namespace {
QLabel *plainLabel(QStatusBar *bar, const QString &accessibleName)
{
    auto *label = new QLabel(bar);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

StatusIndicators::StatusIndicators(QStatusBar *bar) : QObject(bar)
{
    m_outboxLabel = plainLabel(bar, tr("Outbox"));
    m_outboxLabel->hide();
    bar->addPermanentWidget(m_outboxLabel);
    m_rateLimitLabel = plainLabel(bar, tr("Rate limit"));
    m_rateLimitLabel->hide();
    bar->addPermanentWidget(m_rateLimitLabel);
    m_syncLabel = plainLabel(bar, tr("Sync status"));
    bar->addWidget(m_syncLabel, 1);
}

void StatusIndicators::setAccount(AccountSession *account)
{
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    m_rateLimitLabel->hide();
    if (!account)
        return;
    connect(account, &AccountSession::onlineChanged, this, &StatusIndicators::updateStatus);
    connect(account, &AccountSession::refused, this, &StatusIndicators::updateStatus);
    connect(account->outbox(), &Outbox::countChanged, this, &StatusIndicators::updateOutbox);
    connect(account, &AccountSession::rateLimitWaitChanged, this, [this, account](int seconds) {
        //: The provider's name, then seconds until waiting requests may go.
        m_rateLimitLabel->setText(tr("Waiting for %1's rate limit: %n s", nullptr, seconds).arg(account->providerName()));
        m_rateLimitLabel->setVisible(seconds > 0);
    });
    updateOutbox();
    updateStatus();
}

void StatusIndicators::setOrganization(OrganizationSession *organization)
{
    if (m_organization)
        m_organization->disconnect(this);
    m_organization = organization;
    if (organization)
        connect(organization, &OrganizationSession::statusChanged, this, &StatusIndicators::updateStatus);
    updateStatus();
}

void StatusIndicators::showNotSignedIn()
{
    m_syncLabel->setText(tr("Not signed in"));
    m_outboxLabel->hide();
}

void StatusIndicators::updateStatus()
{
    if (!m_account)
        return;
    if (m_account->isRefused()) {
        m_syncLabel->setText(tr("Signed out: the key was refused"));
        return;
    }
    SyncStatusText::Inputs in;
    in.offline = !m_account->isOnline();
    if (m_organization) {
        const OrganizationSession::Status s = m_organization->status();
        in.conversations = s.conversations;
        in.syncing = s.syncing;
        in.rateLimited = s.rateLimited;
        in.lastSync = s.lastSync;
    }
    m_syncLabel->setText(SyncStatusText::format(in));
}

void StatusIndicators::updateOutbox()
{
    const int n = m_account ? m_account->outbox()->count() : 0;
    m_outboxLabel->setVisible(n > 0);
    m_outboxLabel->setText(tr("Outbox (%1)").arg(n));
}

} // namespace repdesk
