#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

#include <deque>

namespace repdesk {

// Fernand's published limits, enforced the way a server would: per key, at
// most `reads` GET and `writes` other requests in any window (sliding). Over
// the limit: 429 with X-RateLimit-Limit, -Remaining and -Reset (unix seconds).
// The window is an option so that tests need not wait a real minute.
class FernandSandboxLimiter
{
public:
    FernandSandboxLimiter(int reads, int writes, qint64 windowMs);

    struct Verdict
    {
        bool allowed = true;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    // Counts the request when allowed. `nowMs`: milliseconds since the epoch.
    Verdict check(const QByteArray &apiKey, bool write, qint64 nowMs);
    qint64 windowMs() const { return m_windowMs; }

private:
    struct Lane
    {
        std::deque<qint64> starts;
    };
    int m_reads;
    int m_writes;
    qint64 m_windowMs;
    QHash<QByteArray, Lane> m_lanes; // key + "/r" or "/w"
};

} // namespace repdesk
