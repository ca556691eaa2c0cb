#pragma once

#include <QMap>
#include <QMutex>
#include <QString>

namespace repdesk {

class ApiError;

// What the network did this run, counted where every request passes (ApiCall): requests
// put on the wire (each attempt), retries, calls that succeeded, were cancelled, and
// failed by ApiError kind. Shown by Help > Copy diagnostics. Thread-safe; one per process.
class FaultCounters
{
public:
    struct Snapshot
    {
        qint64 requests = 0;  // attempts on the wire, retries included
        qint64 retries = 0;
        qint64 succeeded = 0; // calls, not attempts
        qint64 cancelled = 0;
        QMap<QString, qint64> failedByKind; // ApiError::kindName() -> calls that ended in it
        qint64 failed() const;
    };

    static FaultCounters &instance();

    void countRequest();
    void countRetry();
    void countFinished(const ApiError &error);
    Snapshot snapshot() const;
    void reset();

private:
    FaultCounters() = default;
    mutable QMutex m_mutex;
    Snapshot m_counts;
};

} // namespace repdesk
