#include "RateWindow.h"

namespace repdesk {

RateWindow::RateWindow(int limit, qint64 windowMs, qint64 marginMs)
    : m_limit(limit), m_windowMs(qMax<qint64>(1, windowMs)), m_marginMs(qMax<qint64>(0, marginMs))
{
}

void RateWindow::forget(qint64 now) const
{
    const qint64 span = m_windowMs + m_marginMs;
    while (!m_starts.empty() && m_starts.front() + span <= now)
        m_starts.pop_front();
}

qint64 RateWindow::waitMs(qint64 now) const
{
    qint64 wait = m_blockedUntil > now ? m_blockedUntil - now : 0;
    if (m_limit <= 0)
        return wait;
    forget(now);
    if (int(m_starts.size()) >= m_limit) {
        // The start that leaves the window first frees the slot.
        const qint64 oldest = m_starts[m_starts.size() - std::size_t(m_limit)];
        wait = qMax(wait, oldest + m_windowMs + m_marginMs - now);
    }
    return wait;
}

void RateWindow::record(qint64 now)
{
    if (m_limit > 0)
        m_starts.push_back(now);
}

void RateWindow::blockUntil(qint64 when)
{
    m_blockedUntil = qMax(m_blockedUntil, when);
}

int RateWindow::startsWithin(qint64 now) const
{
    int n = 0;
    for (qint64 t : m_starts)
        if (t > now - m_windowMs && t <= now)
            ++n;
    return n;
}

} // namespace repdesk
