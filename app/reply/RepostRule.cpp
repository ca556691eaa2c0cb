#include "RepostRule.h"

#include <limits>

namespace repdesk {

bool RepostRule::mayHaveBeenProcessed(const ApiError &failure)
{
    switch (failure.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::Decode:    // a 2xx that could not be read: it was processed
    case ApiError::Kind::Cancelled: // it may have been on the wire already
        return true;
    case ApiError::Kind::RateLimited:
        // Only a 429 says the request was not processed; a 503 (even with Retry-After) does not.
        return failure.httpStatus() != 429;
    default:
        return false;
    }
}

bool RepostRule::mayStillBeProcessing(const ApiError &failure)
{
    switch (failure.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
        return true;
    case ApiError::Kind::Server:
    case ApiError::Kind::RateLimited:
        // 500: the server finished, with an error. A gateway (502, 504) or an
        // unavailable backend (503) says nothing about the request behind it.
        return failure.httpStatus() != 500;
    case ApiError::Kind::Decode:
        return false; // a 2xx: processed and finished
    default:
        return true;  // not expected here; the careful rule
    }
}

void RepostRule::begin(const ApiError &failure, const QDateTime &at, int settleMs)
{
    m_slow = mayStillBeProcessing(failure);
    m_settledAt = at.addMSecs(settleMs);
    m_notTaken = 0;
}

void RepostRule::beginUnknown(const QDateTime &attemptedAt, int settleMs)
{
    // The client itself gave up at most settleMs after the start; the server may take as long again.
    m_slow = true;
    m_settledAt = attemptedAt.addMSecs(2 * qint64(settleMs));
    m_notTaken = 0;
}

void RepostRule::reset()
{
    m_slow = false;
    m_settledAt = QDateTime();
    m_notTaken = 0;
}

bool RepostRule::notTaken(const QDateTime &now)
{
    ++m_notTaken;
    if (!m_slow)
        return true;
    return m_notTaken >= 2 && (!m_settledAt.isValid() || now >= m_settledAt);
}

int RepostRule::msUntilConclusive(const QDateTime &now) const
{
    if (!m_slow || !m_settledAt.isValid())
        return 0;
    return int(qBound(qint64(0), now.msecsTo(m_settledAt), qint64(std::numeric_limits<int>::max())));
}

} // namespace repdesk
