#include "OrganizationTable.h"

#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QSqlQuery>

namespace repdesk {

bool OrganizationTable::replaceAll(QSqlDatabase &db, const QList<Organization> &items, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive() || !query.exec(QStringLiteral("DELETE FROM organizations")))
        return transaction.fail(query, error);
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO organizations (organization_id, name, position)"
                                      " VALUES (?, ?, ?)")))
        return transaction.fail(query, error);
    int position = 0;
    for (const Organization &o : items) {
        if (o.organizationId.isEmpty())
            continue;
        query.bindValue(0, o.organizationId);
        query.bindValue(1, SqlValue::fromText(o.name));
        query.bindValue(2, position++);
        if (!query.exec())
            return transaction.fail(query, error);
    }
    query.finish();
    return transaction.commit(error);
}

QList<Organization> OrganizationTable::all(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT organization_id, name FROM organizations ORDER BY position"))) {
        *error = query.lastError();
        return {};
    }
    QList<Organization> out;
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toString()});
    return out;
}

} // namespace repdesk
