#pragma once

#include <QHash>
#include <QObject>

namespace repdesk {

class DraftJournal;
class InboxProvider;
class ReplySender;
struct ResponseDraftSaveRequest;

// Every Send in progress, one per conversation. A send outlives the editor:
// opening another conversation must neither stop it nor lose track of it
// (it may still have to find out whether the server took the reply). The
// journal keeps the reply until the server is known to have it; this class
// removes it then, unless the user typed something else since.
// The controller shows the changes of the open conversation's send.
class ReplySends : public QObject
{
    Q_OBJECT
public:
    explicit ReplySends(DraftJournal *journal, QObject *parent = nullptr);

    ReplySender *start(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                       const ResponseDraftSaveRequest &request, int baseDelayMs);
    // The send of that conversation that has not finished yet, or null.
    ReplySender *active(const QString &organizationId, const QString &conversationId) const;
    // Forgets a queued send whose draft was discarded or found sent by other means.
    void drop(const QString &organizationId, const QString &conversationId);
    // Unconfirmed sends check now; `soon`: unless they checked within their base delay.
    void recheckUnconfirmed(bool soon = false);

Q_SIGNALS:
    // The sender moved on: read its phase(), statusText(), error(). After Delivered
    // or Failed it is forgotten (and deleted later); on Failed the reply stays in the journal.
    void changed(repdesk::ReplySender *sender);

private:
    void connectSender(ReplySender *sender);
    void retire(ReplySender *sender);
    void forgetJournal(const QString &organizationId, const QString &conversationId, const QString &sentHtml);

    DraftJournal *m_journal;
    QHash<QString, ReplySender *> m_senders;
};

} // namespace repdesk
