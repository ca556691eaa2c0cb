#pragma once

#include "ApiError.h"
#include "ReviewItem.h"
#include "ReplyController.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace repdesk {

class DraftJournal;
class InboxProvider;
class Outbox;

// One approve or discard of a reviewed draft, from the click to the server's
// answer, carried out by the ReplyController that showed the draft (so the
// journal, the outbox and ReplySends' no-double-send rules apply exactly as
// for a reply; there is no second send path):
//   undo window (nothing goes out; undo() gives the controller back)
//   -> DraftCheck: is the server's draft still the one reviewed? If it was
//      overwritten, queued or sent elsewhere, nothing is sent or deleted: the
//      outcome says so and the queue reloads it. This check runs at the end of
//      the window rather than before it, so the draft cannot change unseen
//      during the countdown.
//   -> approve: ReplyController::send(0) (autosend_draft true, add_notification
//      false), followed until delivered, failed or in doubt;
//      discard: ReplyController::discard() (DELETE, 'already sent' by route and
//      status). Offline, the DELETE waits in the Outbox, as a save would.
// The countdown is the action's own, not ReplyController::send(undoSeconds)'s:
// the controller's would POST at its end without the check above, and discard
// has no undo window there at all.
class ReviewAction : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Approve, Discard };
    Q_ENUM(Kind)
    enum class Outcome {
        Sent,             // approve: delivered
        Discarded,        // discard: deleted (204), or waiting in the outbox
        Overwritten,      // the draft changed on the server: nothing was sent or deleted
        Queued,           // the server is already sending it (from elsewhere)
        Promoted,         // it was already sent: it became a message
        Removed,          // it is no longer on the server
        ConversationGone, // the conversation no longer exists
        Failed,           // `message` says why; the draft is where it was
    };
    Q_ENUM(Outcome)
    enum class Phase { Countdown, Checking, Running, Done };
    Q_ENUM(Phase)

    struct Services
    {
        QPointer<InboxProvider> provider;
        QPointer<Outbox> outbox;
        QPointer<DraftJournal> journal;
        QString organizationId;
    };

    // Takes `controller` (opened on the row's conversation) as its child.
    ReviewAction(Kind kind, ReplyController *controller, const ReviewItem &item, const Services &services,
                 QObject *parent = nullptr);
    ~ReviewAction() override;

    // The text a reviewer has in front of them: the controller's once it holds any
    // (loaded from the server or the journal, or typed), else the proposal: while
    // the controller loads, and when its load failed (offline) with nothing journaled.
    static QString shownText(const ReplyController *controller, const QString &proposalHtml);

    // Starts the undo window; with undoSeconds <= 0 the check starts at once.
    void start(int undoSeconds);
    bool canUndo() const { return m_phase == Phase::Countdown; }
    // During the window: stops it, nothing went out, and the controller (still
    // open on the draft, with its text) goes back to the caller, who owns it.
    // Null when it is too late.
    ReplyController *undo();

    Kind kind() const { return m_kind; }
    Phase phase() const { return m_phase; }
    QString conversationId() const { return m_item.conversationId; }
    int secondsLeft() const { return m_left; }
    // The row as it was when the action was taken.
    const ReviewItem &item() const { return m_item; }
    // Approve: the text sent, and whether it differs from the proposal.
    QString text() const { return m_text; }
    bool edited() const { return m_edited; }
    // Overwritten or Queued: the server's draft now.
    const std::optional<ResponseDraft> &serverDraft() const { return m_server; }

Q_SIGNALS:
    void countdown(int secondsLeft);
    // Approve, after the window: where the send is ("Sending…", "Queued for sending", in doubt).
    void progress(const QString &message);
    void finished(repdesk::ReviewAction::Outcome outcome, const QString &message);

private:
    void tick();
    void check();
    void execute();
    void run();
    void queueDelete();
    void onStatus(ReplyController::Status status, const QString &message);
    void onFailed(const ApiError &error, const QString &message);
    void finish(Outcome outcome, const QString &message);

    Kind m_kind;
    QPointer<ReplyController> m_controller;
    ReviewItem m_item;
    Services m_services;
    QTimer m_timer;
    Phase m_phase = Phase::Countdown;
    int m_left = 0;
    QString m_text;
    bool m_edited = false;
    bool m_waitingForLoad = false;
    std::optional<ResponseDraft> m_server;
};

} // namespace repdesk
