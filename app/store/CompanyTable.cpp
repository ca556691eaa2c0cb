#include "CompanyTable.h"

#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QSqlQuery>

namespace repdesk {

bool CompanyTable::upsert(QSqlDatabase &db, const QList<Company> &items, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    const bool prepared = transaction.isActive()
        && query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO companies (company_id, name, domain, custom_fields, address, agent_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return transaction.fail(query, error);
    for (const Company &c : items) {
        if (c.companyId.isEmpty())
            continue;
        query.bindValue(0, c.companyId);
        query.bindValue(1, SqlValue::fromText(c.name));
        query.bindValue(2, SqlValue::fromText(c.domain));
        query.bindValue(3, SqlValue::fromJsonObject(c.customFields));
        query.bindValue(4, SqlValue::fromText(c.address));
        query.bindValue(5, SqlValue::fromText(c.agentId));
        query.bindValue(6, SqlValue::fromDateTime(c.createdAt));
        if (!query.exec())
            return transaction.fail(query, error);
    }
    query.finish();
    return transaction.commit(error);
}

std::optional<Company> CompanyTable::find(const QSqlDatabase &db, const QString &companyId, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(QStringLiteral("SELECT company_id, name, domain, custom_fields, address, agent_id,"
                                           " created_at FROM companies WHERE company_id = ?"));
    if (ok) {
        query.bindValue(0, companyId);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Company c;
    c.companyId = query.value(0).toString();
    c.name = query.value(1).toString();
    c.domain = query.value(2).toString();
    c.customFields = SqlValue::toJsonObject(query.value(3));
    c.address = query.value(4).toString();
    c.agentId = query.value(5).toString();
    c.createdAt = SqlValue::toDateTime(query.value(6));
    return c;
}

} // namespace repdesk
