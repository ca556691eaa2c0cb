#include "FaultCounters.h"

#include "ApiError.h"

#include <QMutexLocker>

namespace repdesk {

qint64 FaultCounters::Snapshot::failed() const
{
    qint64 n = 0;
    for (const qint64 v : failedByKind)
        n += v;
    return n;
}

FaultCounters &FaultCounters::instance()
{
    static FaultCounters counters;
    return counters;
}

void FaultCounters::countRequest()
{
    QMutexLocker lock(&m_mutex);
    ++m_counts.requests;
}

void FaultCounters::countRetry()
{
    QMutexLocker lock(&m_mutex);
    ++m_counts.retries;
}

void FaultCounters::countFinished(const ApiError &error, int attempts)
{
    QMutexLocker lock(&m_mutex);
    if (!error.isError()) {
        ++m_counts.succeeded;
        if (attempts > 1)
            ++m_counts.recovered;
    }
    else if (error.kind() == ApiError::Kind::Cancelled)
        ++m_counts.cancelled;
    else
        ++m_counts.failedByKind[error.kindName()];
}

FaultCounters::Snapshot FaultCounters::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

void FaultCounters::reset()
{
    QMutexLocker lock(&m_mutex);
    m_counts = {};
}

} // namespace repdesk
