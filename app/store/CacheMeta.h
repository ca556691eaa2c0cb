#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace repdesk {

// Small per-organization facts (the `meta` key/value table), such as the last sync time.
class CacheMeta
{
public:
    static QDateTime lastSync(const QSqlDatabase &db, QSqlError *error);
    // An invalid time forgets it, so the next refresh is a full one.
    static bool setLastSync(QSqlDatabase &db, const QDateTime &when, QSqlError *error);

    // Any fact by key; a missing key reads as a null QVariant, and writing a null one deletes it.
    static QVariant value(const QSqlDatabase &db, const QString &key, QSqlError *error);
    static bool setValue(QSqlDatabase &db, const QString &key, const QVariant &value, QSqlError *error);
};

} // namespace repdesk
