#include "review/ReviewQueueWatcher.h"

#include "ConversationFilterProxy.h"
#include "AccountSession.h"
#include "FolderListModel.h"
#include "InboxSync.h"
#include "OrganizationSession.h"
#include "ReviewQueueModel.h"
#include "ReviewSession.h"

namespace repdesk {

ReviewQueueWatcher::ReviewQueueWatcher(QObject *parent) : QObject(parent)
{
    m_start.setSingleShot(true);
    m_start.setInterval(kStartDelayMs);
    connect(&m_start, &QTimer::timeout, this, &ReviewQueueWatcher::startNow);
}

void ReviewQueueWatcher::setOrganization(OrganizationSession *organization)
{
    if (organization == m_organization)
        return;
    if (m_organization) {
        m_organization->disconnect(this);
        m_organization->sync()->disconnect(this);
        m_organization->filter()->disconnect(this);
    }
    if (m_review)
        m_review->queue()->disconnect(this);
    m_organization = organization;
    m_review = nullptr;
    m_start.stop();
    m_lastFolderRow = 0;
    publish();
    if (!organization)
        return;
    // After the first sync the inbox is on screen and current: the queue's turn.
    connect(organization->sync(), &InboxSync::finished, this, [this] {
        if (!m_review && !m_start.isActive())
            m_start.start();
    });
    if (organization->status().lastSync.isValid())
        m_start.start();
    ConversationFilterProxy *filter = organization->filter();
    connect(filter, &QAbstractItemModel::layoutChanged, this, &ReviewQueueWatcher::onFolderMaybeChanged);
    connect(filter, &QAbstractItemModel::modelReset, this, &ReviewQueueWatcher::onFolderMaybeChanged);
}

void ReviewQueueWatcher::startNow()
{
    m_start.stop();
    if (!m_organization || m_organization->isSuspended())
        return;
    // No drafts to review where the provider has none (Fernand): no "To review" row, and none of
    // the discovery's reads out of a small budget.
    if (!m_organization->account()->has(AccountSession::Capability::ResponseDrafts))
        return;
    ReviewSession *review = m_organization->review();
    watch(review);
    if (!review->isStarted())
        review->start();
    publish();
}

int ReviewQueueWatcher::pendingCount() const
{
    return m_review && m_review->isStarted() ? m_review->queue()->pendingCount() : -1;
}

void ReviewQueueWatcher::watch(ReviewSession *review)
{
    if (review == m_review)
        return;
    if (m_review)
        m_review->queue()->disconnect(this);
    m_review = review;
    if (review)
        connect(review->queue(), &ReviewQueueModel::pendingCountChanged, this, &ReviewQueueWatcher::publish);
}

void ReviewQueueWatcher::publish()
{
    const int count = pendingCount();
    if (m_organization)
        m_organization->folders()->setReviewCount(count);
    Q_EMIT pendingCountChanged(count);
}

void ReviewQueueWatcher::onFolderMaybeChanged()
{
    if (!m_organization)
        return;
    const QString folder = m_organization->filter()->folder();
    FolderListModel *folders = m_organization->folders();
    if (folder != FolderListModel::reviewKey()) {
        const int row = folders->rowOfKey(folder);
        if (row >= 0)
            m_lastFolderRow = row;
        return;
    }
    // The proxy is in the middle of telling its views: act once it is done.
    const int back = m_lastFolderRow;
    QTimer::singleShot(0, this, [this, back] { Q_EMIT openRequested(back); });
}

} // namespace repdesk
