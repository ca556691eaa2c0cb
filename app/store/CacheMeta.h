#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>

namespace repdesk {

// Small per-organization facts (the `meta` key/value table), such as the last sync time.
class CacheMeta
{
public:
    static QDateTime lastSync(const QSqlDatabase &db, QSqlError *error);
    // An invalid time forgets it, so the next refresh is a full one.
    static bool setLastSync(QSqlDatabase &db, const QDateTime &when, QSqlError *error);
};

} // namespace repdesk
