#include "RequestThrottle.h"

#include "RequestSpec.h"

#include <QElapsedTimer>
#include <QTimer>

namespace repdesk {

RequestThrottle::RequestThrottle(const Limits &limits, QObject *parent)
    : QObject(parent),
      m_limits(limits),
      m_reads(limits.reads, limits.windowMs, limits.marginMs),
      m_writes(limits.writes, limits.windowMs, limits.marginMs),
      m_tick(new QTimer(this))
{
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_clock = [started] { return started->elapsed(); };
    // The status bar counts down while calls wait.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &RequestThrottle::refresh);
}

RequestThrottle::Lane RequestThrottle::laneOf(const RequestSpec &spec)
{
    return spec.method == "GET" || spec.method == "HEAD" ? Lane::Read : Lane::Write;
}

void RequestThrottle::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

qint64 RequestThrottle::admit(const RequestSpec &spec)
{
    const Lane lane = laneOf(spec);
    const qint64 t = now();
    const qint64 wait = window(lane).waitMs(t);
    if (wait > 0)
        return wait;
    window(lane).record(t);
    return 0;
}

qint64 RequestThrottle::waitFor(Lane lane) const
{
    return window(lane).waitMs(now());
}

void RequestThrottle::noteRateLimited(const RequestSpec &spec, int retryAfterMs)
{
    const qint64 wait = retryAfterMs >= 0 ? retryAfterMs : m_limits.windowMs;
    window(laneOf(spec)).blockUntil(now() + wait);
    reportWaiting(wait);
}

void RequestThrottle::reportWaiting(qint64 ms)
{
    const qint64 t = now();
    if (ms <= 0) {
        // Calls of a lane blocked by a 429 sit in their retry timer, not in the queue.
        const qint64 blocked = qMax(m_reads.blockedUntil(), m_writes.blockedUntil());
        m_waitUntil = blocked > t ? blocked : 0;
    } else {
        m_waitUntil = t + ms;
    }
    refresh();
}

void RequestThrottle::refresh()
{
    const qint64 left = m_waitUntil - now();
    const int seconds = left > 0 ? int((left + 999) / 1000) : 0;
    if (seconds > 0 && !m_tick->isActive())
        m_tick->start();
    else if (seconds == 0)
        m_tick->stop();
    if (seconds == m_waitSeconds)
        return;
    m_waitSeconds = seconds;
    Q_EMIT waitChanged(seconds);
}

int RequestThrottle::startsWithinWindow(Lane lane) const
{
    return window(lane).startsWithin(now());
}

} // namespace repdesk
