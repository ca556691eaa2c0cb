#include "CacheMeta.h"

#include "SqlValue.h"

#include <QSqlQuery>

namespace repdesk {

namespace {
const QString kLastSync = QStringLiteral("last_sync");
}

QDateTime CacheMeta::lastSync(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (ok) {
        query.bindValue(0, kLastSync);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError();
        return {};
    }
    return query.next() ? SqlValue::toDateTime(query.value(0)) : QDateTime();
}

bool CacheMeta::setLastSync(QSqlDatabase &db, const QDateTime &when, QSqlError *error)
{
    QSqlQuery query(db);
    bool ok = when.isValid() ? query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"))
                             : query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    if (ok) {
        query.bindValue(0, kLastSync);
        if (when.isValid())
            query.bindValue(1, SqlValue::fromDateTime(when));
        ok = query.exec();
    }
    if (!ok)
        *error = query.lastError();
    return ok;
}

} // namespace repdesk
