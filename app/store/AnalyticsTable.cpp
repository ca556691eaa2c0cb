#include "AnalyticsTable.h"

#include "SqlValue.h"

#include <QSqlQuery>

namespace repdesk {

bool AnalyticsTable::save(QSqlDatabase &db, const QString &key, const CachedAnalytics &entry, QSqlError *error)
{
    if (key.isEmpty())
        return true;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO analytics (key, fetched_at, permanent, payload)"
                                      " VALUES (?, ?, ?, ?)"))) {
        *error = query.lastError();
        return false;
    }
    query.bindValue(0, key);
    query.bindValue(1, SqlValue::fromDateTime(entry.fetchedAt));
    query.bindValue(2, entry.permanent ? 1 : 0);
    query.bindValue(3, entry.payload);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    query.finish();
    // Cheap to check on every write: the count runs on the (permanent, fetched_at) index.
    const int limit = entry.permanent ? kMaxPermanent : kMaxRecent;
    if (count(db, entry.permanent, error) > limit)
        return prune(db, entry.permanent, limit, error);
    return !error->isValid();
}

std::optional<CachedAnalytics> AnalyticsTable::find(const QSqlDatabase &db, const QString &key, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT payload, fetched_at, permanent FROM analytics WHERE key = ?"))) {
        *error = query.lastError();
        return std::nullopt;
    }
    query.bindValue(0, key);
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    CachedAnalytics entry;
    entry.payload = query.value(0).toByteArray();
    entry.fetchedAt = SqlValue::toDateTime(query.value(1));
    entry.permanent = query.value(2).toInt() != 0;
    return entry;
}

int AnalyticsTable::count(const QSqlDatabase &db, bool permanent, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM analytics WHERE permanent = ?"))) {
        *error = query.lastError();
        return 0;
    }
    query.bindValue(0, permanent ? 1 : 0);
    if (!query.exec() || !query.next()) {
        *error = query.lastError();
        return 0;
    }
    return query.value(0).toInt();
}

bool AnalyticsTable::prune(QSqlDatabase &db, bool permanent, int keep, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("DELETE FROM analytics WHERE permanent = ? AND key NOT IN"
                                      " (SELECT key FROM analytics WHERE permanent = ? ORDER BY fetched_at DESC LIMIT ?)"))) {
        *error = query.lastError();
        return false;
    }
    query.bindValue(0, permanent ? 1 : 0);
    query.bindValue(1, permanent ? 1 : 0);
    query.bindValue(2, keep);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

} // namespace repdesk
