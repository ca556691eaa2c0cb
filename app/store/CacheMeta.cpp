#include "CacheMeta.h"

#include "SqlValue.h"

#include <QSqlQuery>

namespace repdesk {

namespace {
const QString kLastSync = QStringLiteral("last_sync");
}

QDateTime CacheMeta::lastSync(const QSqlDatabase &db, QSqlError *error)
{
    return SqlValue::toDateTime(value(db, kLastSync, error));
}

bool CacheMeta::setLastSync(QSqlDatabase &db, const QDateTime &when, QSqlError *error)
{
    return setValue(db, kLastSync, SqlValue::fromDateTime(when), error);
}

QVariant CacheMeta::value(const QSqlDatabase &db, const QString &key, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (ok) {
        query.bindValue(0, key);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

bool CacheMeta::setValue(QSqlDatabase &db, const QString &key, const QVariant &value, QSqlError *error)
{
    QSqlQuery query(db);
    const bool remove = value.isNull() || !value.isValid();
    bool ok = remove ? query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"))
                     : query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (ok) {
        query.bindValue(0, key);
        if (!remove)
            query.bindValue(1, value);
        ok = query.exec();
    }
    if (!ok)
        *error = query.lastError();
    return ok;
}

} // namespace repdesk
