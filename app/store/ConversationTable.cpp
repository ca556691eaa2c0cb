#include "ConversationTable.h"

#include "CacheMeta.h"
#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace repdesk {

namespace {
const QString kWalk = QStringLiteral("conversations_walk");

// The update of an upsert: a stored row is rewritten only when a column
// differs; `walk` also sets the walk that saw it (only the walk writes it).
QString updateClause(bool walk)
{
    return QStringLiteral("start_at = excluded.start_at, last_activity_at = excluded.last_activity_at,"
                          " folder = excluded.folder, is_read = excluded.is_read, contact_id = excluded.contact_id%1"
                          // A refresh mostly repeats what is stored: rewriting identical rows would only churn the WAL.
                          " WHERE start_at IS NOT excluded.start_at OR last_activity_at IS NOT excluded.last_activity_at"
                          " OR folder IS NOT excluded.folder OR is_read IS NOT excluded.is_read"
                          " OR contact_id IS NOT excluded.contact_id")
        .arg(walk ? QStringLiteral(", walk = excluded.walk") : QString());
}

void bindRow(QSqlQuery &query, const Conversation &c)
{
    query.bindValue(0, c.conversationId);
    query.bindValue(1, SqlValue::fromDateTime(c.startAt));
    query.bindValue(2, SqlValue::fromDateTime(c.lastActivityAt));
    query.bindValue(3, SqlValue::fromText(c.folder));
    query.bindValue(4, SqlValue::fromOptionalBool(c.isRead));
    query.bindValue(5, SqlValue::fromText(c.contactId));
}

// Inside a transaction: is `walk` still the one pages are written for?
bool isCurrentWalk(const QSqlDatabase &db, qint64 walk, QSqlError *error)
{
    return walk > 0 && CacheMeta::value(db, kWalk, error).toLongLong() == walk && !error->isValid();
}
} // namespace

bool ConversationTable::upsert(QSqlDatabase &db, const QList<Conversation> &items, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    const QString sql = QStringLiteral("INSERT INTO conversations (conversation_id, start_at, last_activity_at, folder,"
                                       " is_read, contact_id) VALUES (?, ?, ?, ?, ?, ?)"
                                       " ON CONFLICT (conversation_id) DO UPDATE SET %1")
                            .arg(updateClause(false));
    if (!transaction.isActive() || !query.prepare(sql))
        return transaction.fail(query, error);
    for (const Conversation &c : items) {
        if (c.conversationId.isEmpty())
            continue;
        bindRow(query, c);
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

qint64 ConversationTable::beginWalk(QSqlDatabase &db, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery failed(db);
    if (!transaction.isActive()) {
        transaction.fail(failed, error);
        return 0;
    }
    const qint64 walk = CacheMeta::value(db, kWalk, error).toLongLong() + 1;
    const bool ok = !error->isValid() && CacheMeta::setValue(db, kWalk, walk, error) && transaction.commit(error);
    return ok ? walk : 0;
}

int ConversationTable::savePage(QSqlDatabase &db, qint64 walk, const QList<Conversation> &items, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery upsert(db);
    QSqlQuery mark(db);
    if (!transaction.isActive()) {
        transaction.fail(upsert, error);
        return -1;
    }
    if (!isCurrentWalk(db, walk, error))
        return -1;
    const bool prepared =
        upsert.prepare(QStringLiteral("INSERT INTO conversations (conversation_id, start_at, last_activity_at, folder,"
                                      " is_read, contact_id, walk) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                      " ON CONFLICT (conversation_id) DO UPDATE SET %1")
                           .arg(updateClause(true)))
        // Seen rows the upsert left alone (identical ones) only get the walk's
        // mark: one statement for the page, its ids as a JSON array.
        && mark.prepare(QStringLiteral("UPDATE conversations SET walk = ? WHERE walk IS NOT ? AND conversation_id IN"
                                       " (SELECT value FROM json_each(?))"));
    if (!prepared) {
        transaction.fail(upsert.lastError().isValid() ? upsert : mark, error);
        return -1;
    }
    int written = 0;
    QJsonArray ids;
    for (const Conversation &c : items) {
        if (c.conversationId.isEmpty())
            continue;
        bindRow(upsert, c);
        upsert.bindValue(6, walk);
        if (!upsert.exec()) {
            transaction.fail(upsert, error);
            return -1;
        }
        // 0 for an identical row: the update's WHERE left it alone.
        written += qMax(0, upsert.numRowsAffected());
        ids.append(c.conversationId);
    }
    upsert.finish();
    mark.bindValue(0, walk);
    mark.bindValue(1, walk);
    mark.bindValue(2, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (!mark.exec()) {
        transaction.fail(mark, error);
        return -1;
    }
    mark.finish();
    return transaction.commit(error) ? written : -1;
}

std::optional<QStringList> ConversationTable::finishWalk(QSqlDatabase &db, qint64 walk, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery remove(db);
    if (!transaction.isActive()) {
        transaction.fail(remove, error);
        return std::nullopt;
    }
    if (!isCurrentWalk(db, walk, error))
        return std::nullopt;
    remove.setForwardOnly(true);
    // One statement removes every row the walk did not see; RETURNING names
    // them, for their threads below and for the list model.
    if (!remove.prepare(QStringLiteral("DELETE FROM conversations WHERE walk IS NOT ? RETURNING conversation_id"))) {
        transaction.fail(remove, error);
        return std::nullopt;
    }
    remove.bindValue(0, walk);
    QStringList gone;
    if (remove.exec()) {
        while (remove.next())
            gone.append(remove.value(0).toString());
    }
    if (remove.lastError().isValid()) {
        transaction.fail(remove, error);
        return std::nullopt;
    }
    remove.finish();
    // The stored threads of those conversations (ThreadTable's tables) go in the same transaction.
    QSqlQuery messages(db);
    QSqlQuery threads(db);
    if (!messages.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"))
        || !threads.prepare(QStringLiteral("DELETE FROM threads WHERE conversation_id = ?"))) {
        transaction.fail(messages.lastError().isValid() ? messages : threads, error);
        return std::nullopt;
    }
    for (const QString &id : std::as_const(gone)) {
        messages.bindValue(0, id);
        threads.bindValue(0, id);
        if (!messages.exec() || !threads.exec()) {
            transaction.fail(messages.lastError().isValid() ? messages : threads, error);
            return std::nullopt;
        }
    }
    messages.finish();
    threads.finish();
    if (!transaction.commit(error))
        return std::nullopt;
    return gone;
}

} // namespace repdesk
