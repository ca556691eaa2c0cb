#include "ContactTable.h"

#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QSqlQuery>

namespace repdesk {

namespace {
const char kColumns[] = "contact_id, name, email, phone_number, created_at, company_id, custom_fields, company_role";

Contact fromRow(const QSqlQuery &query)
{
    Contact c;
    c.contactId = query.value(0).toString();
    c.name = query.value(1).toString();
    c.email = query.value(2).toString();
    c.phoneNumber = query.value(3).toString();
    c.createdAt = SqlValue::toDateTime(query.value(4));
    c.companyId = query.value(5).toString();
    c.customFields = SqlValue::toJsonObject(query.value(6));
    c.companyRole = query.value(7).toString();
    return c;
}
} // namespace

bool ContactTable::upsert(QSqlDatabase &db, const QList<Contact> &items, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    const bool prepared = transaction.isActive()
        && query.prepare(QStringLiteral("INSERT OR REPLACE INTO contacts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                             .arg(QLatin1String(kColumns)));
    if (!prepared)
        return transaction.fail(query, error);
    for (const Contact &c : items) {
        if (c.contactId.isEmpty())
            continue;
        query.bindValue(0, c.contactId);
        query.bindValue(1, SqlValue::fromText(c.name));
        query.bindValue(2, SqlValue::fromText(c.email));
        query.bindValue(3, SqlValue::fromText(c.phoneNumber));
        query.bindValue(4, SqlValue::fromDateTime(c.createdAt));
        query.bindValue(5, SqlValue::fromText(c.companyId));
        query.bindValue(6, SqlValue::fromJsonObject(c.customFields));
        query.bindValue(7, SqlValue::fromText(c.companyRole));
        if (!query.exec())
            return transaction.fail(query, error);
    }
    query.finish();
    return transaction.commit(error);
}

std::optional<Contact> ContactTable::find(const QSqlDatabase &db, const QString &contactId, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE contact_id = ?").arg(QLatin1String(kColumns)))) {
        *error = query.lastError();
        return std::nullopt;
    }
    query.bindValue(0, contactId);
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QHash<QString, Contact> ContactTable::all(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM contacts").arg(QLatin1String(kColumns)))) {
        *error = query.lastError();
        return {};
    }
    QHash<QString, Contact> out;
    while (query.next()) {
        Contact c = fromRow(query);
        const QString id = c.contactId;
        out.insert(id, std::move(c));
    }
    return out;
}

} // namespace repdesk
