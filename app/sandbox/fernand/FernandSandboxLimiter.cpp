#include "FernandSandboxLimiter.h"

#include <QtGlobal>

namespace repdesk {

FernandSandboxLimiter::FernandSandboxLimiter(int reads, int writes, qint64 windowMs)
    : m_reads(reads), m_writes(writes), m_windowMs(qMax<qint64>(1, windowMs))
{
}

FernandSandboxLimiter::Verdict FernandSandboxLimiter::check(const QByteArray &apiKey, bool write, qint64 nowMs)
{
    const int limit = write ? m_writes : m_reads;
    Verdict v;
    if (limit <= 0)
        return v;
    Lane &lane = m_lanes[apiKey + (write ? "/w" : "/r")];
    while (!lane.starts.empty() && lane.starts.front() + m_windowMs <= nowMs)
        lane.starts.pop_front();
    v.allowed = int(lane.starts.size()) < limit;
    if (v.allowed)
        lane.starts.push_back(nowMs);
    const qint64 resetMs = lane.starts.empty() ? nowMs : lane.starts.front() + m_windowMs;
    v.headers.append({"X-RateLimit-Limit", QByteArray::number(limit)});
    v.headers.append({"X-RateLimit-Remaining", QByteArray::number(qMax(0, limit - int(lane.starts.size())))});
    v.headers.append({"X-RateLimit-Reset", QByteArray::number((resetMs + 999) / 1000)});
    return v;
}

} // namespace repdesk
