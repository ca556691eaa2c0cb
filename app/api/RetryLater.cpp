#include "RetryLater.h"

#include <QTimer>

namespace repdesk {

RetryLater::RetryLater(const RetryPolicy &policy, QObject *parent) : QObject(parent), m_policy(policy) {}

RetryLater::~RetryLater() = default; // the timers are children

RetryPolicy RetryLater::backoff(int firstMs, int longestMs)
{
    RetryPolicy policy;
    policy.baseDelayMs = qMax(1, firstMs);
    policy.maxDelayMs = qMax(policy.baseDelayMs, longestMs);
    policy.jitter = 0.25;
    return policy;
}

int RetryLater::schedule(const QString &key, int retryAfterMs, std::function<void()> again, QObject *context)
{
    drop(key);
    const int failures = ++m_failures[key];
    const int wait = qMax(0, m_policy.delayForAttempt(failures, retryAfterMs));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_waits.insert(key, timer);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(timer, &QTimer::timeout, this, [this, key, timer, guard, hasContext, again = std::move(again)] {
        // The wait is over before `again` runs, so that it may schedule the next one.
        if (m_waits.value(key) == timer)
            m_waits.remove(key);
        timer->deleteLater();
        if (!hasContext || guard)
            again();
    });
    timer->start(wait);
    return wait;
}

bool RetryLater::scheduleIfTransient(const QString &key, const ApiError &error, std::function<void()> again,
                                     QObject *context)
{
    if (!error.isTransient()) {
        succeeded(key);
        return false;
    }
    schedule(key, error.retryAfterMs(), std::move(again), context);
    return true;
}

void RetryLater::succeeded(const QString &key)
{
    drop(key);
    m_failures.remove(key);
}

void RetryLater::clear()
{
    const QList<QString> keys = m_waits.keys();
    for (const QString &key : keys)
        drop(key);
    m_failures.clear();
}

bool RetryLater::isWaiting(const QString &key) const
{
    return m_waits.contains(key);
}

int RetryLater::waitingCount() const
{
    return int(m_waits.size());
}

void RetryLater::drop(const QString &key)
{
    if (QTimer *timer = m_waits.take(key)) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace repdesk
