#pragma once

#include "ApiError.h"
#include "JournalEntry.h"
#include "ReplyState.h"
#include "ResponseDraft.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace repdesk {

class DraftJournal;
class InboxProvider;
class Outbox;
struct OutboxItem;

// The reply of the open conversation, from keystroke to server:
//   edit -> DraftJournal (local first) -> save/send -> provider, or Outbox when offline.
// It never drops text: a failed save keeps it, a switch flushes it, a restart
// finds it in the journal marked "not saved to server". Send waits out an undo
// delay, and a server draft that changed since it was loaded is not
// overwritten without asking.
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
    };
    Q_ENUM(Status)

    ReplyController(DraftJournal *journal, Outbox *outbox, QObject *parent = nullptr);

    void setSource(InboxProvider *provider, const QString &organizationId);
    void open(const QString &conversationId);
    void close();
    QString conversationId() const { return m_state.conversationId; }
    const ReplyState &state() const { return m_state; }
    Status status() const { return m_status; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }

    void edit(const QString &html, const QStringList &cc, const QStringList &bcc, bool addNotification);
    void save();
    void send(int undoSeconds);
    void undoSend();
    void discard();
    // After conflict(): keep ours (overwrite the server's) or take theirs.
    void resolveConflict(bool keepMine);

Q_SIGNALS:
    void loaded(const repdesk::ReplyState &state);
    void statusChanged(repdesk::ReplyController::Status status, const QString &message);
    void sendCountdown(int secondsLeft);
    void conflict(const repdesk::ResponseDraft &serverDraft);
    void failed(const repdesk::ApiError &error, const QString &message);
    // The reply became a message in the thread: reload it.
    void delivered(const QString &conversationId);

private:
    void setStatus(Status s, const QString &message = {});
    JournalEntry journalEntry() const;
    void applyServerDraft(const std::optional<ResponseDraft> &draft, bool replaceText);
    void checkConflictThenSave();
    void postSave();
    void postSend();
    void watchDelivery(const QString &responseId);
    void onOutboxSent(const OutboxItem &item, const QJsonObject &result);
    void onOutboxFailed(const OutboxItem &item, const ApiError &error);

    DraftJournal *m_journal;
    Outbox *m_outbox;
    QPointer<InboxProvider> m_provider;
    QString m_org;
    ReplyState m_state;
    std::optional<ResponseDraft> m_base; // the server draft as last loaded/saved
    Status m_status = Status::Empty;
    quint64 m_generation = 0;
    QTimer m_undoTimer;
    int m_undoLeft = 0;
    QTimer m_deliveryTimer;
    QString m_deliveryResponseId;
    int m_deliveryPolls = 0;
    int m_pollIntervalMs = 1000;
};

} // namespace repdesk

Q_DECLARE_METATYPE(repdesk::ResponseDraft)
