#pragma once

#include "ReviewAction.h"

#include "ReviewSession.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QSplitter;
class QStackedWidget;

namespace repdesk {

class EmptyStateWidget;
class ErrorBanner;
class OrganizationSession;
class ReviewDraftPane;
class ReviewQueueView;
class ReviewSummary;
class ReviewThreadPane;
class ReviewUndoBar;

// The review workspace (Ctrl+4): the queue of drafts HyperRep proposed on the
// left, with "To review (N)" and the reviewer's figures above it; on the
// right the conversation's newest messages above the draft in the reply
// editor; the undo bar below. It draws the organization's ReviewSession
// (app/review), created and started on the first showing (or earlier, by
// ReviewQueueWatcher, for the count), and kept with its state while another
// workspace is shown. Every action is a key (ReviewShortcuts) and works on
// the draft shown; the keyboard starts on the queue.
class ReviewWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewWorkspace(QWidget *parent = nullptr);
    ~ReviewWorkspace() override;

    // The open organization (null: nothing open, an empty state says so).
    void setOrganization(OrganizationSession *organization);
    ReviewSession *session() const { return m_session; }

    // F5: looks for drafts again and checks the one shown.
    void refresh();
    // The queue, on the draft shown.
    void focusDefault();

    // What the keys do (ReviewShortcuts lists them).
    void approve();
    void discard();
    void save();
    void skip();
    void undo();
    void edit();
    void backToQueue();
    void toggleChanges();

    ReviewQueueView *queueView() const { return m_queue; }
    ReviewDraftPane *draftPane() const { return m_draft; }
    ReviewThreadPane *threadPane() const { return m_thread; }
    ReviewUndoBar *undoBar() const { return m_undo; }
    ReviewSummary *summary() const { return m_summary; }
    ErrorBanner *banner() const { return m_banner; }
    // What the right side shows when no draft is.
    EmptyStateWidget *nothingShown() const { return m_nothing; }

Q_SIGNALS:
    // A link in a message, to be confirmed and opened by the shell.
    void linkActivated(const QUrl &url);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void installKeys();
    void attach();
    void keepFocus();
    void setSession(ReviewSession *session);
    void onShownChanged(const QString &conversationId);
    void showThread();
    void updateStates();
    void onActionFinished(const QString &conversationId, ReviewAction::Kind kind, ReviewAction::Outcome outcome,
                          const QString &message);
    void showError(const QString &message, bool retry);
    // Runs `action` on the shown draft once the editor's latest text is in the session.
    void act(const std::function<void()> &action);
    QString nameOf(const QString &conversationId) const;

    QPointer<OrganizationSession> m_organization;
    QPointer<ReviewSession> m_session;
    ErrorBanner *m_banner;
    QSplitter *m_splitter;
    ReviewSummary *m_summary;
    ReviewQueueView *m_queue;
    QStackedWidget *m_right;
    QSplitter *m_draftSplitter;
    ReviewThreadPane *m_thread;
    ReviewDraftPane *m_draft;
    EmptyStateWidget *m_nothing;
    ReviewUndoBar *m_undo;
    bool m_discoveredOnce = false;
    QMetaObject::Connection m_contactsChanged;
    bool m_threadFailed = false; // the shown draft's thread could not be loaded: Retry asks again
};

} // namespace repdesk
