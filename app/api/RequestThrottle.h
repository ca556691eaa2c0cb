#pragma once

#include "RateWindow.h"

#include <QObject>

#include <functional>

class QTimer;

namespace repdesk {

struct RequestSpec;

// A client-side request budget for servers that publish one (Fernand: 20 GET
// and 5 writes a minute per account). The Transport asks it before starting
// each queued call; a call over budget waits in the queue, in order, and is
// never dropped. A 429 blocks its lane until the server's reset time. It
// only counts and answers; the Transport does the waiting.
class RequestThrottle : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitChanged)
public:
    enum class Lane { Read, Write };

    struct Limits
    {
        int reads = 20;
        int writes = 5;
        qint64 windowMs = 60000;
        qint64 marginMs = 500;
    };

    explicit RequestThrottle(const Limits &limits, QObject *parent = nullptr);

    static Lane laneOf(const RequestSpec &spec); // GET (and HEAD) read; everything else writes

    // Milliseconds since an arbitrary origin; tests give a simulated clock.
    void setClock(std::function<qint64()> clock);
    qint64 now() const { return m_clock(); }

    // 0: the request may start now, and is counted. Otherwise how long until it may.
    qint64 admit(const RequestSpec &spec);
    // Without counting: how long a request of this lane would wait.
    qint64 waitFor(Lane lane) const;
    // The server answered 429: nothing of that lane starts for `retryAfterMs`
    // (unknown: one window).
    void noteRateLimited(const RequestSpec &spec, int retryAfterMs);

    // The Transport reports after each pass over its queue: calls are waiting
    // for the budget and the first may go in `ms` (0: none waits).
    void reportWaiting(qint64 ms);
    // Whole seconds until waiting calls may go; 0 when none waits.
    int waitSeconds() const { return m_waitSeconds; }
    const Limits &limits() const { return m_limits; }
    int startsWithinWindow(Lane lane) const;

Q_SIGNALS:
    // Calls wait for the budget: `seconds` until the next may go (counts down once a
    // second); 0 when nothing waits any more.
    void waitChanged(int seconds);

private:
    RateWindow &window(Lane lane) { return lane == Lane::Read ? m_reads : m_writes; }
    const RateWindow &window(Lane lane) const { return lane == Lane::Read ? m_reads : m_writes; }
    void refresh();

    Limits m_limits;
    RateWindow m_reads;
    RateWindow m_writes;
    std::function<qint64()> m_clock;
    qint64 m_waitUntil = 0;
    int m_waitSeconds = 0;
    QTimer *m_tick;
};

} // namespace repdesk
