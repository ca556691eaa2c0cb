#pragma once

#include "ApiError.h"
#include "RetryPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace repdesk {

// Asks a failed read again by itself, later: the one "recovers by itself" timer for what the
// transport's own retries (a few attempts within seconds) gave up on, such as a dashboard figure
// met by a server outage, or the organization list with nothing cached. Per key, one wait at a
// time (a new failure replaces it); the wait is the server's Retry-After when it gave one, else
// RetryPolicy's table for the key's failures in a row, so a server that stays away is asked less
// and less often, up to the policy's longest wait. succeeded() starts the key's table over.
// Whether a failure is worth asking again is the caller's: it knows what the read is.
class RetryLater : public QObject
{
    Q_OBJECT
public:
    explicit RetryLater(const RetryPolicy &policy, QObject *parent = nullptr);
    ~RetryLater() override;

    // From `firstMs`, doubling per failure up to `longestMs`, less up to a quarter at random so
    // that it cannot stay in step with a server that goes away on a fixed period (seen by hand:
    // waits of 60 s met an outage every 60 s each time).
    static RetryPolicy backoff(int firstMs, int longestMs);

    void setPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &policy() const { return m_policy; }

    // Runs `again` once, after the wait (see above); `context` gone by then: it does not run.
    // Returns the wait in milliseconds.
    int schedule(const QString &key, int retryAfterMs, std::function<void()> again, QObject *context = nullptr);
    // After an answer: a failure the server may get over (ApiError::isTransient: unreachable, too
    // slow, a 429, a 5xx) schedules `again`; anything else (an answer, a refusal) is succeeded().
    // True when `again` was scheduled.
    bool scheduleIfTransient(const QString &key, const ApiError &error, std::function<void()> again,
                             QObject *context = nullptr);
    // The read worked: its failures are forgotten and a wait for it is dropped.
    void succeeded(const QString &key);
    // Every wait dropped, every count forgotten (a new range, an organization closed).
    void clear();

    bool isWaiting(const QString &key) const;
    int waitingCount() const;
    int failuresInARow(const QString &key) const { return m_failures.value(key); }

private:
    void drop(const QString &key);

    RetryPolicy m_policy;
    QHash<QString, int> m_failures;
    QHash<QString, QTimer *> m_waits;
};

} // namespace repdesk
