#include "Poller.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace repdesk {

namespace {
bool s_allowShortIntervals = false;
constexpr int kTestMinimumIntervalMs = 10;
} // namespace

Poller::Poller(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Poller::poll);
}

void Poller::allowShortIntervalsForTests(bool allow)
{
    s_allowShortIntervals = allow;
}

void Poller::setIntervalMs(int ms)
{
    m_intervalMs = std::max(ms, s_allowShortIntervals ? kTestMinimumIntervalMs : kMinimumIntervalMs);
    if (m_timer->isActive() && m_failures == 0 && m_state == State::Online)
        schedule(m_intervalMs);
}

int Poller::intervalMs() const
{
    return m_intervalMs;
}

void Poller::start()
{
    if (m_state != State::Stopped)
        return;
    m_failures = 0;
    m_outstanding = false;
    setState(State::Online);
    schedule(m_intervalMs);
}

void Poller::stop()
{
    m_timer->stop();
    m_delayMs = -1;
    m_outstanding = false;
    m_failures = 0;
    setState(State::Stopped);
}

void Poller::pollNow()
{
    if (m_state == State::Stopped || m_outstanding)
        return;
    // Asking again before Retry-After has passed would only earn another 429.
    if (m_state == State::RateLimited && m_timer->isActive())
        return;
    poll();
}

void Poller::poll()
{
    if (m_state == State::Stopped || m_outstanding)
        return;
    m_timer->stop();
    m_delayMs = -1;
    m_outstanding = true;
    // Last: the owner may report synchronously from its slot.
    Q_EMIT pollRequested();
}

void Poller::reportSuccess()
{
    if (m_state == State::Stopped)
        return;
    m_outstanding = false;
    m_failures = 0;
    setState(State::Online);
    schedule(m_intervalMs);
}

void Poller::reportFailure(const ApiError &error)
{
    if (m_state == State::Stopped)
        return;
    m_outstanding = false;
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        setState(State::Offline);
        schedule(backoffDelayMs());
        return;
    case ApiError::Kind::RateLimited: {
        setState(State::RateLimited);
        const int wait = error.retryAfterMs() > 0 ? std::min(error.retryAfterMs(), 24 * 3600 * 1000) : backoffDelayMs();
        schedule(wait);
        return;
    }
    case ApiError::Kind::Server:
        schedule(backoffDelayMs());
        return;
    default:
        // The server answered, so whatever backoff was running is over.
        m_failures = 0;
        schedule(m_intervalMs);
        return;
    }
}

int Poller::backoffDelayMs()
{
    ++m_failures;
    qint64 nominal = m_intervalMs;
    for (int i = 0; i < m_failures && nominal < kMaximumBackoffMs; ++i)
        nominal *= 2;
    nominal = std::min<qint64>(nominal, kMaximumBackoffMs);
    // Jitter only downwards (by up to a fifth) so the cap holds and the many
    // clients that lost the same network do not all come back in the same second.
    const qint64 jitter = QRandomGenerator::global()->bounded(nominal / 5 + 1);
    return int(std::max<qint64>(nominal - jitter, m_intervalMs));
}

void Poller::schedule(int delayMs)
{
    m_delayMs = delayMs;
    m_timer->start(delayMs);
}

int Poller::currentDelayMs() const
{
    return m_delayMs;
}

Poller::State Poller::state() const
{
    return m_state;
}

bool Poller::isPollOutstanding() const
{
    return m_outstanding;
}

void Poller::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace repdesk
