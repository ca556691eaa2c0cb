#pragma once

#include "ApiError.h"
#include "DraftDiscard.h"
#include "DraftSave.h"
#include "ReplyDraft.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace repdesk {

class DraftJournal;
class InboxProvider;
class Outbox;
class ReplySender;
class ReplySends;
struct OutboxItem;

// The reply of the open conversation, from keystroke to server:
//   edit -> DraftJournal (local first) -> save/send -> provider, or Outbox when offline.
// It never drops text: a failed save keeps it, a switch flushes it, a restart
// finds it in the journal marked "not saved to server". Send waits out an undo
// delay, and a server draft that changed since it was loaded is not
// overwritten without asking. An empty reply is never sent to the server.
// Each Send is carried by a ReplySender, which never repeats the autosend POST
// blindly. The senders live in a ReplySends owned by the account session, so a
// send keeps going when another conversation or organization is opened. A Send
// whose outcome is in doubt is marked in the journal: opening that reply again,
// even after a restart, or pressing Send, asks the server before anything else.
class ReplyController : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Empty,        // nothing open
        Loading,
        Editing,      // local text, maybe newer than the server's
        Saving,
        Saved,        // the server has exactly this text
        Queued,       // saved locally, waiting in the outbox for the server
        SendPending,  // undo countdown running
        Sending,      // POSTed with autosend; waiting for the server to deliver it
        Sent,
        Failed,
        // The send's answer was lost and Repdesk could not yet find out whether the
        // server took it. The reply is kept; Repdesk checks again by itself, and
        // send() checks before it POSTs anything.
        Unconfirmed,
    };
    Q_ENUM(Status)

    // `sends` (not null) is shared by every controller of the account and outlives them;
    // its timing (ReplySends::setBaseDelayMs) is the send checks' and the delivery watch's.
    ReplyController(DraftJournal *journal, Outbox *outbox, ReplySends *sends, QObject *parent = nullptr);

    void setSource(InboxProvider *provider, const QString &organizationId);
    void open(const QString &conversationId);
    void close();
    QString conversationId() const { return m_draft.state.conversationId; }
    const ReplyState &state() const { return m_draft.state; }
    Status status() const { return m_status; }
    ReplySends *sends() const { return m_sends; }

    void edit(const QString &html, const QStringList &cc, const QStringList &bcc, bool addNotification);
    void save();
    void send(int undoSeconds);
    void undoSend();
    void discard();
    // After conflict(): keep ours (overwrite the server's) or take theirs.
    void resolveConflict(bool keepMine);
    // Checks every unconfirmed send now instead of at its next timer. ReplySends also
    // does so (at most once per base delay) whenever the provider reports a successful
    // call. Never POSTs unless the checks show the server does not have the reply.
    void recheckUnconfirmed();

Q_SIGNALS:
    void loaded(const repdesk::ReplyState &state);
    void statusChanged(repdesk::ReplyController::Status status, const QString &message);
    void sendCountdown(int secondsLeft);
    // The server holds `serverDraft`, neither the draft this editor started from nor its text.
    // `editorHadDraft`: the editor had loaded a server draft (someone changed it since); false:
    // it started with none (its load failed, or the draft was saved elsewhere after it opened).
    void conflict(const repdesk::ResponseDraft &serverDraft, bool editorHadDraft);
    // `error` is no error (isError() false) when nothing went to the server,
    // e.g. an empty reply.
    void failed(const repdesk::ApiError &error, const QString &message);
    // The reply became a message in the thread: reload it.
    void delivered(const QString &conversationId);

private:
    void setStatus(Status s, const QString &message = {});
    // Compares with the server's draft first unless the user already chose to overwrite it.
    void startSave(bool checkConflict);
    std::function<void(const DraftSave::Result &)> saveHandler();
    void postSend();
    // Shows the open reply's send in progress, or takes over one whose outcome is in doubt
    // (the journal's marker), which checks and never POSTs. False when there is neither.
    bool showSend(const QDateTime &attemptedAt);
    bool refuseBlank(const QString &message);
    ReplySender *activeSender() const;
    void onSendChanged(ReplySender *sender);
    void showSender(ReplySender *sender);
    void showSent(const QString &message);
    void onDiscarded(DraftDiscard::Outcome outcome, const ApiError &error, const QString &message);
    void finishDiscard();
    void onOutboxSent(const OutboxItem &item, const QJsonObject &result);
    void onOutboxFailed(const OutboxItem &item, const ApiError &error);

    DraftJournal *m_journal;
    Outbox *m_outbox;
    QPointer<InboxProvider> m_provider;
    QString m_org;
    ReplyDraft m_draft;
    Status m_status = Status::Empty;
    quint64 m_generation = 0;
    QTimer m_undoTimer;
    int m_undoLeft = 0;
    ReplySends *m_sends; // every send in progress of the account, of any conversation
};

} // namespace repdesk

Q_DECLARE_METATYPE(repdesk::ResponseDraft)
