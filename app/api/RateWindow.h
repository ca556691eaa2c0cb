#pragma once

#include <QtGlobal>

#include <deque>

namespace repdesk {

// "At most `limit` starts in any `windowMs`": a sliding window over the times
// requests went out, plus an explicit block (a server's 429 said when its own
// count resets). Pure arithmetic on the times it is given, so a test can walk
// a simulated minute without waiting for one.
class RateWindow
{
public:
    RateWindow(int limit = 0, qint64 windowMs = 60000, qint64 marginMs = 0);

    // 0 when a request may start at `now`, else how many ms until one may. A
    // limit of 0 or less means no limit.
    qint64 waitMs(qint64 now) const;
    void record(qint64 now);
    // Nothing starts before `when` (a 429's reset time); never shortens an earlier block.
    void blockUntil(qint64 when);
    qint64 blockedUntil() const { return m_blockedUntil; }
    int startsWithin(qint64 now) const; // starts in (now - window, now]

    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }

private:
    void forget(qint64 now) const;

    int m_limit;
    qint64 m_windowMs;
    // Added to the window: the client counts when a request leaves, the server
    // when it arrives, so a little slack keeps the two counts on the same side.
    qint64 m_marginMs;
    qint64 m_blockedUntil = 0;
    mutable std::deque<qint64> m_starts;
};

} // namespace repdesk
