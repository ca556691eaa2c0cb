#pragma once

#include "ApiError.h"

#include <QObject>

class QTimer;

namespace repdesk {

// Decides when to look for new activity; the owner does the looking. Every
// pollRequested() must be answered by exactly one reportSuccess() or
// reportFailure(): until then no other poll starts, so a slow sync never
// overlaps the next one. The transport's timeouts guarantee the answer comes.
class Poller : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Online, Offline, RateLimited };
    Q_ENUM(State)

    static constexpr int kDefaultIntervalMs = 60000;
    static constexpr int kMinimumIntervalMs = 5000;
    static constexpr int kMaximumBackoffMs = 5 * 60 * 1000;

    explicit Poller(QObject *parent = nullptr);

    // Process-wide: lets tests go below kMinimumIntervalMs (down to 10 ms).
    static void allowShortIntervalsForTests(bool allow);

    // Clamped to the minimum. Takes effect at once when the poller is waiting at the normal interval.
    void setIntervalMs(int ms);
    int intervalMs() const;

    // The first poll comes after one interval: the caller has just loaded fresh data.
    void start();
    // Also forgets an outstanding poll: a report arriving after stop() is ignored.
    void stop();
    // F5: polls at once and restarts the timer. Coalesced into a poll that is
    // still outstanding; while rate limited it only keeps the server's wait, and
    // while stopped it does nothing.
    void pollNow();

    void reportSuccess();
    // Network or timeout: Offline, with a delay doubling per failure (with jitter, up to 5 min).
    // 429 (or 503 with Retry-After): RateLimited, waiting Retry-After, else the same backoff.
    // 5xx: the same backoff, state unchanged. Anything else (auth, validation,
    // decode...) is not cured by waiting longer: the normal interval, state unchanged.
    void reportFailure(const ApiError &error);

    // The delay the next poll was scheduled with; -1 while stopped or while a poll is outstanding.
    int currentDelayMs() const;
    State state() const;
    bool isPollOutstanding() const;

Q_SIGNALS:
    void pollRequested();
    void stateChanged(repdesk::Poller::State state);

private:
    void poll();
    void schedule(int delayMs);
    int backoffDelayMs();
    void setState(State state);

    QTimer *m_timer;
    int m_intervalMs = kDefaultIntervalMs;
    int m_delayMs = -1;
    int m_failures = 0;
    bool m_outstanding = false;
    State m_state = State::Stopped;
};

} // namespace repdesk
