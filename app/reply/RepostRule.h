#pragma once

#include "ApiError.h"

#include <QDateTime>

namespace repdesk {

// When may a create or send whose answer was lost be POSTed again? Only when
// the server clearly does not have it, and "clearly" depends on how the POST
// ended:
//  - a plain 500, or a 2xx that could not be read: the server has finished
//    with it, so one check that finds nothing is enough;
//  - a network error, a timeout, a cancelled request, a 502/503/504, or an
//    unknown end (the app stopped): the server may still be working on it, so
//    a listing a second later proves nothing. It takes two checks that find
//    nothing, the second at least `settleMs` (the transfer timeout) after the
//    failure.
// Used by ReplySender (replies) and DraftSubmission (new messages); the checks
// themselves are SendVerifier's.
class RepostRule
{
public:
    // The POST ended with `failure` at `at`.
    void begin(const ApiError &failure, const QDateTime &at, int settleMs);
    // A POST started at `attemptedAt` whose end nobody saw (e.g. the app stopped
    // mid-request): it may have been in flight for another `settleMs` after that.
    void beginUnknown(const QDateTime &attemptedAt, int settleMs);
    // The server answered (queued, delivered, or a new POST): no rule applies.
    void reset();

    // A check found nothing on the server. True when that is proof enough.
    bool notTaken(const QDateTime &now);
    // How long until a check could be conclusive; 0 when the next one can.
    int msUntilConclusive(const QDateTime &now) const;
    // True while a check that finds nothing would not yet be proof.
    bool needsMoreChecks() const { return m_slow && m_notTaken < 2; }

    // Errors that leave open whether the server processed the POST at all: network,
    // timeout, 5xx, an unreadable 2xx, a cancelled request, a 503 even with
    // Retry-After. Only a 429 (or a 4xx) says it was not processed.
    static bool mayHaveBeenProcessed(const ApiError &failure);
    // Of those, the ones after which the server may still be processing it.
    static bool mayStillBeProcessing(const ApiError &failure);

private:
    QDateTime m_settledAt; // the earliest time a conclusive check may happen
    bool m_slow = false;
    int m_notTaken = 0;
};

} // namespace repdesk
