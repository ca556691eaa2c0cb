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
// blindly; it keeps going when another conversation is opened.
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

    ReplyController(DraftJournal *journal, Outbox *outbox, QObject *parent = nullptr);

    void setSource(InboxProvider *provider, const QString &organizationId);
    void open(const QString &conversationId);
    void close();
    QString conversationId() const { return m_draft.state.conversationId; }
    const ReplyState &state() const { return m_draft.state; }
    Status status() const { return m_status; }
    // How often a queued reply is checked for delivery; also the first wait before asking
    // the server about a send whose answer was lost (doubled for each further check).
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }

    void edit(const QString &html, const QStringList &cc, const QStringList &bcc, bool addNotification);
    void save();
    void send(int undoSeconds);
    void undoSend();
    void discard();
    // After conflict(): keep ours (overwrite the server's) or take theirs.
    void resolveConflict(bool keepMine);
    // Checks every unconfirmed send now instead of at its next timer. The controller
    // also does so (at most once per poll interval) whenever the provider reports a
    // successful call. Never POSTs unless a check shows the server does not have the reply.
    void recheckUnconfirmed();

Q_SIGNALS:
    void loaded(const repdesk::ReplyState &state);
    void statusChanged(repdesk::ReplyController::Status status, const QString &message);
    void sendCountdown(int secondsLeft);
    void conflict(const repdesk::ResponseDraft &serverDraft);
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
    ReplySends *m_sends; // every send in progress, of any conversation
    int m_pollIntervalMs = 1000;
};

} // namespace repdesk

Q_DECLARE_METATYPE(repdesk::ResponseDraft)
