#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace repdesk {

// The tables of a cache file as a list of migration steps; PRAGMA user_version
// records how many have run. Steps are append-only: a released step is never
// edited, a change of layout is a new step.
class CacheSchema
{
public:
    enum class Outcome {
        Ready,
        // Written by a newer Repdesk: the cache is disposable, so it is rebuilt rather than guessed at.
        Incompatible,
        Failed,
    };

    static CacheSchema organization();
    static CacheSchema account();

    int latestVersion() const { return int(m_steps.size()); }
    Outcome apply(QSqlDatabase &db, QString *error) const;

private:
    explicit CacheSchema(QList<QStringList> steps) : m_steps(std::move(steps)) {}

    // m_steps[i] takes a file from version i to version i + 1.
    QList<QStringList> m_steps;
};

} // namespace repdesk
