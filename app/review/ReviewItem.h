#pragma once

#include "ResponseDraft.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace repdesk {

// One row of the review queue: a conversation's pending response draft (the
// proposal) and what happened to it on this computer.
struct ReviewItem
{
    Q_GADGET
public:
    enum class State {
        Pending,   // waiting for review
        Sending,   // queued on the server (scheduled_send_at), or approved here and on its way
        Edited,    // waiting for review, and the local text differs from the proposal
        Sent,      // approved here and delivered (or found sent elsewhere)
        Discarded, // discarded here (the DELETE went, or waits in the outbox)
        Error,     // an action failed; `stateMessage` says why
    };
    Q_ENUM(State)
    // The last inbound message's first line, from the cached thread or fetched for the rows shown.
    enum class Preview { Unknown, Loading, Known };
    Q_ENUM(Preview)

    QString conversationId;
    QString contactId;
    QDateTime lastActivityAt;
    QString modality;        // the latest message's, where known
    ResponseDraft draft;     // the proposal, as the server last showed it
    // Pending, Sending, Sent, Discarded or Error; Edited is reported for a
    // Pending row whose `edited` is set (see ReviewQueueModel::StateRole).
    State state = State::Pending;
    QString stateMessage;    // for people: "Sending in 3 seconds…", "Queued for sending", an error
    bool edited = false;     // the local text differs from the proposal
    QString lastInbound;     // empty while unknown, or when the thread has no inbound message
    Preview preview = Preview::Unknown;
    int skipRank = 0;        // 0: in activity order; n > 0: moved to the end by "skip for now", n-th skip

    // Waiting for review (also after an error, which leaves the draft where it was).
    bool isReviewable() const { return state == State::Pending || state == State::Error; }
};

} // namespace repdesk
