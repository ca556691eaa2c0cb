#include "ThreadTable.h"

#include "MessageCodec.h"
#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QDateTime>
#include <QSqlQuery>

namespace repdesk {

namespace {
// Wall-clock milliseconds are not enough on their own: two threads opened in
// the same millisecond (or after the clock stepped back) must still be ordered.
const char kTouchSql[] = "UPDATE threads SET last_opened = MAX(?, (SELECT COALESCE(MAX(last_opened), 0) + 1 FROM threads))"
                         " WHERE conversation_id = ?";
} // namespace

int ThreadTable::latestIndex(const QList<Message> &messages)
{
    int latest = int(messages.size()) - 1;
    QDateTime latestTime;
    for (int i = 0; i < messages.size(); ++i) {
        const QDateTime t = MessageCodec::orderingTime(messages.at(i));
        if (t.isValid() && (!latestTime.isValid() || t >= latestTime)) {
            latestTime = t;
            latest = i;
        }
    }
    return latest;
}

bool ThreadTable::save(QSqlDatabase &db, const QString &conversationId, const QList<Message> &messages,
                       QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive() || !query.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?")))
        return transaction.fail(query, error);
    query.bindValue(0, conversationId);
    if (!query.exec())
        return transaction.fail(query, error);

    if (!query.prepare(QStringLiteral("INSERT INTO messages (conversation_id, position, message_id, payload)"
                                      " VALUES (?, ?, ?, ?)")))
        return transaction.fail(query, error);
    for (int i = 0; i < messages.size(); ++i) {
        query.bindValue(0, conversationId);
        query.bindValue(1, i);
        query.bindValue(2, SqlValue::fromText(messages.at(i).messageId));
        query.bindValue(3, MessageCodec::toBytes(messages.at(i)));
        if (!query.exec())
            return transaction.fail(query, error);
    }

    const int latest = latestIndex(messages);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!query.prepare(QStringLiteral("INSERT INTO threads (conversation_id, last_opened, latest_modality, saved_at)"
                                      " VALUES (?, 0, ?, ?) ON CONFLICT (conversation_id) DO UPDATE SET"
                                      " latest_modality = excluded.latest_modality, saved_at = excluded.saved_at")))
        return transaction.fail(query, error);
    query.bindValue(0, conversationId);
    query.bindValue(1, latest >= 0 ? SqlValue::fromText(messages.at(latest).modality) : QVariant());
    query.bindValue(2, now);
    if (!query.exec())
        return transaction.fail(query, error);
    query.finish();
    if (!touch(db, conversationId, error))
        return false;
    return transaction.commit(error);
}

QList<Message> ThreadTable::load(const QSqlDatabase &db, const QString &conversationId, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(QStringLiteral("SELECT payload FROM messages WHERE conversation_id = ? ORDER BY position"));
    if (ok) {
        query.bindValue(0, conversationId);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError();
        return {};
    }
    QList<Message> out;
    while (query.next()) {
        if (std::optional<Message> m = MessageCodec::fromBytes(query.value(0).toByteArray()))
            out.append(std::move(*m));
    }
    return out;
}

bool ThreadTable::touch(const QSqlDatabase &db, const QString &conversationId, QSqlError *error)
{
    QSqlQuery query(db);
    bool ok = query.prepare(QLatin1String(kTouchSql));
    if (ok) {
        query.bindValue(0, QDateTime::currentMSecsSinceEpoch());
        query.bindValue(1, conversationId);
        ok = query.exec();
    }
    if (!ok)
        *error = query.lastError();
    return ok;
}

QHash<QString, QString> ThreadTable::latestModalities(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT conversation_id, latest_modality FROM threads"
                                   " WHERE latest_modality IS NOT NULL AND latest_modality <> ''"))) {
        *error = query.lastError();
        return {};
    }
    QHash<QString, QString> out;
    while (query.next())
        out.insert(query.value(0).toString(), query.value(1).toString());
    return out;
}

bool ThreadTable::remove(QSqlDatabase &db, const QStringList &conversationIds, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery messages(db);
    QSqlQuery threads(db);
    if (!transaction.isActive() || !messages.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?")))
        return transaction.fail(messages, error);
    if (!threads.prepare(QStringLiteral("DELETE FROM threads WHERE conversation_id = ?")))
        return transaction.fail(threads, error);
    for (const QString &id : conversationIds) {
        messages.bindValue(0, id);
        if (!messages.exec())
            return transaction.fail(messages, error);
        threads.bindValue(0, id);
        if (!threads.exec())
            return transaction.fail(threads, error);
    }
    messages.finish();
    threads.finish();
    return transaction.commit(error);
}

} // namespace repdesk
