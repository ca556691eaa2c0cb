#pragma once

#include <QMap>
#include <QMutex>
#include <QString>

namespace repdesk {

class ApiError;

// What the network did this run, counted where every request passes (ApiCall): requests
// put on the wire (each attempt), retries, calls that succeeded (and how many of them
// recovered: succeeded after a retry), were cancelled, and failed by ApiError kind. Shown by Help > Copy diagnostics. Thread-safe; one per process.
class FaultCounters
{
public:
    struct Snapshot
    {
        qint64 requests = 0;  // attempts on the wire, retries included
        qint64 retries = 0;
        qint64 succeeded = 0; // calls, not attempts
        qint64 recovered = 0; // of those, calls that succeeded only after one or more retries
        qint64 cancelled = 0;
        QMap<QString, qint64> failedByKind; // ApiError::kindName() -> calls that ended in it
        qint64 failed() const;
    };

    static FaultCounters &instance();

    void countRequest();
    void countRetry();
    // `attempts`: how many times the call went on the wire (1: no retry).
    void countFinished(const ApiError &error, int attempts = 1);
    Snapshot snapshot() const;
    void reset();

private:
    FaultCounters() = default;
    mutable QMutex m_mutex;
    Snapshot m_counts;
};

} // namespace repdesk
