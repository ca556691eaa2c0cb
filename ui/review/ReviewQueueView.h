#pragma once

#include "ReviewQueueModel.h"

#include <QListView>
#include <QPointer>
#include <QTimer>

namespace repdesk {

class EmptyStateWidget;
class ReviewQueueProxy;

// The queue on the left of the review workspace: one row per draft
// (ReviewQueueDelegate), an empty or loading state laid over the list, and the
// review's single-letter keys while it has the focus. It does not move through
// the queue itself: Up/Down and j/k ask for the next or previous draft (the
// session skips rows that are no longer waiting), and the workspace puts the
// cursor on whatever draft is shown (showConversation()). Rows scrolled into
// view ask the model for their names and previews.
class ReviewQueueView : public QListView
{
    Q_OBJECT
public:
    explicit ReviewQueueView(QWidget *parent = nullptr);

    void setQueue(ReviewQueueModel *queue);
    ReviewQueueModel *queue() const { return m_queue; }
    // Puts the cursor on the draft shown without asking for it again (empty: no cursor).
    void showConversation(const QString &conversationId);
    QString currentConversationId() const;
    // An empty title hides the overlay.
    void setEmptyState(const QString &title, const QString &hint = {});
    EmptyStateWidget *emptyState() const { return m_empty; }

Q_SIGNALS:
    void nextRequested();
    void previousRequested();
    void editRequested();
    void skipRequested();
    void undoRequested();
    void changesToggleRequested();
    // The cursor was put on another row by the mouse, Home/End or Page keys.
    void conversationChosen(const QString &conversationId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void requestVisible();

    QPointer<ReviewQueueModel> m_queue;
    ReviewQueueProxy *m_proxy;
    EmptyStateWidget *m_empty;
    QTimer m_visibleTimer;
    QTimer m_ageTimer;
    bool m_syncing = false;
};

} // namespace repdesk
