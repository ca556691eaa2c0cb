#include "ConversationTable.h"

#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QSqlQuery>

namespace repdesk {

bool ConversationTable::upsert(QSqlDatabase &db, const QList<Conversation> &items, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    const bool prepared = transaction.isActive()
        && query.prepare(QStringLiteral(
            "INSERT INTO conversations (conversation_id, start_at, last_activity_at, folder, is_read, contact_id)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_id) DO UPDATE SET"
            " start_at = excluded.start_at, last_activity_at = excluded.last_activity_at, folder = excluded.folder,"
            " is_read = excluded.is_read, contact_id = excluded.contact_id"
            // A refresh mostly repeats what is stored: rewriting identical rows would only churn the WAL.
            " WHERE start_at IS NOT excluded.start_at OR last_activity_at IS NOT excluded.last_activity_at"
            " OR folder IS NOT excluded.folder OR is_read IS NOT excluded.is_read"
            " OR contact_id IS NOT excluded.contact_id"));
    if (!prepared)
        return transaction.fail(query, error);
    for (const Conversation &c : items) {
        if (c.conversationId.isEmpty())
            continue;
        query.bindValue(0, c.conversationId);
        query.bindValue(1, SqlValue::fromDateTime(c.startAt));
        query.bindValue(2, SqlValue::fromDateTime(c.lastActivityAt));
        query.bindValue(3, SqlValue::fromText(c.folder));
        query.bindValue(4, SqlValue::fromOptionalBool(c.isRead));
        query.bindValue(5, SqlValue::fromText(c.contactId));
        if (!query.exec())
            return transaction.fail(query, error);
    }
    query.finish();
    return transaction.commit(error);
}

QList<Conversation> ConversationTable::load(const QSqlDatabase &db, int limit, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(QStringLiteral("SELECT conversation_id, start_at, last_activity_at, folder, is_read,"
                                           " contact_id FROM conversations"
                                           " ORDER BY last_activity_at DESC, conversation_id LIMIT ?"));
    if (ok) {
        query.bindValue(0, limit < 0 ? -1 : limit);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError();
        return {};
    }
    QList<Conversation> out;
    if (limit > 0)
        out.reserve(limit);
    while (query.next()) {
        Conversation c;
        c.conversationId = query.value(0).toString();
        c.startAt = SqlValue::toDateTime(query.value(1));
        c.lastActivityAt = SqlValue::toDateTime(query.value(2));
        c.folder = query.value(3).toString();
        c.isRead = SqlValue::toOptionalBool(query.value(4));
        c.contactId = query.value(5).toString();
        out.append(std::move(c));
    }
    return out;
}

int ConversationTable::count(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM conversations")) || !query.next()) {
        *error = query.lastError();
        return 0;
    }
    return query.value(0).toInt();
}

QStringList ConversationTable::ids(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT conversation_id FROM conversations"))) {
        *error = query.lastError();
        return {};
    }
    QStringList out;
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

bool ConversationTable::remove(QSqlDatabase &db, const QStringList &conversationIds, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive() || !query.prepare(QStringLiteral("DELETE FROM conversations WHERE conversation_id = ?")))
        return transaction.fail(query, error);
    for (const QString &id : conversationIds) {
        query.bindValue(0, id);
        if (!query.exec())
            return transaction.fail(query, error);
    }
    query.finish();
    return transaction.commit(error);
}

} // namespace repdesk
