#pragma once

#include "ReviewSession.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace repdesk {

class OrganizationSession;

// Keeps "To review (N)" right outside the review workspace: it starts the
// open organization's review queue a moment after the inbox's first sync
// (never on the startup path; the queue paints from the cache and then checks
// only conversations whose activity changed), puts the count in the folder
// list (FolderListModel's last row) and reports it for the tray. Choosing that
// row in the folder list is turned into openRequested(), with the folder the
// inbox showed before restored, so going back to the inbox finds it as it was.
class ReviewQueueWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kStartDelayMs = 1500;

    explicit ReviewQueueWatcher(QObject *parent = nullptr);

    void setOrganization(OrganizationSession *organization);
    // Starts the queue now (the review workspace is being shown).
    void startNow();
    // -1 while the queue has not started.
    int pendingCount() const;

Q_SIGNALS:
    void pendingCountChanged(int count);
    // The "To review" row was chosen; `previousFolderRow` is the row to select again in the inbox.
    void openRequested(int previousFolderRow);

private:
    void watch(ReviewSession *review);
    void onFolderMaybeChanged();
    void publish();

    QPointer<OrganizationSession> m_organization;
    QPointer<ReviewSession> m_review;
    QTimer m_start;
    int m_lastFolderRow = 0;
};

} // namespace repdesk
