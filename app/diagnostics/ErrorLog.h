#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

namespace repdesk {

// The last errors of this run, for Help > Copy diagnostics: a small ring buffer fed by
// every failed API call (ApiCall) and every error banner shown (ErrorBanner). Text is
// passed through SecretRedactor as it is recorded, so a key in an error message or a
// URL never sits here. Thread-safe; one per process.
class ErrorLog
{
public:
    struct Entry
    {
        QDateTime when; // UTC
        QString area;   // "api", "ui", ...
        QString text;
    };

    static constexpr int kCapacity = 50;

    static ErrorLog &instance();

    void record(const QString &area, const QString &text);
    // Oldest first, at most kCapacity.
    QList<Entry> entries() const;
    // How many were recorded in all, including those the ring buffer let go.
    qint64 total() const;
    void clear();

private:
    ErrorLog() = default;
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
    qint64 m_total = 0;
};

} // namespace repdesk
