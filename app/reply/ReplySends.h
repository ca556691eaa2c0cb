#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace repdesk {

class DraftJournal;
class InboxProvider;
class Outbox;
class ReplySender;
struct ResponseDraftSaveRequest;

// Every Send in progress of one account, one per conversation. A send outlives
// the editor and the organization: opening another conversation or switching
// organization must neither stop it nor lose track of it (it may still have to
// find out whether the server took the reply), so the AccountSession owns this,
// next to the journal and the outbox. Closing the account cancels what is
// under way; the journal's send marker (JournalEntry::sendAttemptedAt) makes
// the next open check before anything else.
//
// The journal keeps the reply until the thread shows it. This class records
// every POST in the journal before it goes out, and clears that record when
// the outcome is known: the entry goes once the reply is delivered (unless the
// user typed something else since), the marker alone when it was not sent.
//
// The outbox: a save of a conversation waiting there would overwrite (un-queue)
// a reply being sent, so a Send removes it first, waits for one already on the
// wire, and the outbox holds back the saves of conversations with a send in progress.
class ReplySends : public QObject
{
    Q_OBJECT
public:
    // Either may be null (tests, or no local storage).
    ReplySends(DraftJournal *journal, Outbox *outbox, QObject *parent = nullptr);
    ~ReplySends() override;

    // The first wait before checking a send whose answer was lost (doubled for each
    // further check) and the delivery watch's period. 1 s in the app; tests shorten it.
    void setBaseDelayMs(int ms) { m_baseDelayMs = qMax(1, ms); }
    int baseDelayMs() const { return m_baseDelayMs; }
    // How long the server may still be working on a POST whose answer was lost:
    // TransportConfig::transferTimeoutMs (30 s in the app). See RepostRule.
    void setSettleMs(int ms) { m_settleMs = qMax(0, ms); }
    int settleMs() const { return m_settleMs; }

    // A new Send: POSTs (after any save of the conversation on the wire in the outbox).
    ReplySender *start(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                       const ResponseDraftSaveRequest &request);
    // A Send whose POST at `attemptedAt` ended unseen: checks first (ReplySender::resume).
    ReplySender *resume(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                        const ResponseDraftSaveRequest &request, const QDateTime &attemptedAt, bool mayPost);
    // The send of that conversation that has not finished yet, or null.
    ReplySender *active(const QString &organizationId, const QString &conversationId) const;
    // Forgets a queued send whose draft was discarded or found sent by other means.
    void drop(const QString &organizationId, const QString &conversationId);
    // Unconfirmed sends check now; `soon`: unless they checked within their base delay.
    void recheckUnconfirmed(bool soon = false);

Q_SIGNALS:
    // The sender moved on: read its phase(), statusText(), error(). After Delivered,
    // Failed or NotSent it is forgotten (and deleted later); unless delivered, the
    // reply stays in the journal.
    void changed(repdesk::ReplySender *sender);

private:
    ReplySender *create(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                        const ResponseDraftSaveRequest &request);
    void watchProvider(InboxProvider *provider);
    void connectSender(ReplySender *sender);
    void startAfterOutbox(ReplySender *sender);
    void retire(ReplySender *sender);
    void clearMarker(const ReplySender *sender);
    void forgetJournal(const QString &organizationId, const QString &conversationId, const QString &sentHtml);

    QPointer<DraftJournal> m_journal;
    QPointer<Outbox> m_outbox;
    QHash<QString, ReplySender *> m_senders;
    QList<QPointer<InboxProvider>> m_providers; // whose successful calls trigger a recheck
    int m_baseDelayMs = 1000;
    int m_settleMs;
};

} // namespace repdesk
