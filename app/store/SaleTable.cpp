#include "SaleTable.h"

#include "CacheMeta.h"
#include "SaleCodec.h"
#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QSet>
#include <QSqlQuery>

namespace repdesk {

namespace {
const QString kWalk = QStringLiteral("sales_walk");
const QString kCursor = QStringLiteral("sales_cursor");
const QString kLossy = QStringLiteral("sales_walk_lossy");
const QString kCompleted = QStringLiteral("sales_completed_at");

// The lookups of one sale, replaced whole: a sale can lose a conversation or a contact.
bool saveLinks(QSqlQuery &clear, QSqlQuery &insert, const QString &saleId, const QStringList &keys)
{
    clear.bindValue(0, saleId);
    if (!clear.exec())
        return false;
    QSet<QString> seen;
    for (const QString &key : keys) {
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        insert.bindValue(0, key);
        insert.bindValue(1, saleId);
        if (!insert.exec())
            return false;
    }
    return true;
}

QList<Sale> lookup(const QSqlDatabase &db, const QString &table, const QString &column, const QString &key,
                   QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(QStringLiteral("SELECT s.payload FROM %1 l JOIN sales s ON s.sale_id = l.sale_id"
                                           " WHERE l.%2 = ? ORDER BY s.last_activity_at DESC, s.sale_id")
                                .arg(table, column));
    if (ok) {
        query.bindValue(0, key);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError();
        return {};
    }
    QList<Sale> out;
    while (query.next()) {
        if (std::optional<Sale> sale = SaleCodec::fromBytes(query.value(0).toByteArray()))
            out.append(std::move(*sale));
    }
    return out;
}

// Inside a transaction: is `walk` still the one pages are written for?
bool isCurrent(const QSqlDatabase &db, qint64 walk, QSqlError *error)
{
    return walk > 0 && CacheMeta::value(db, kWalk, error).toLongLong() == walk && !error->isValid();
}
} // namespace

SalesWalkState SaleTable::walkState(const QSqlDatabase &db, QSqlError *error)
{
    SalesWalkState state;
    state.walk = CacheMeta::value(db, kWalk, error).toLongLong();
    state.cursor = CacheMeta::value(db, kCursor, error).toString();
    state.lossy = CacheMeta::value(db, kLossy, error).toInt() != 0;
    state.completedAt = SqlValue::toDateTime(CacheMeta::value(db, kCompleted, error));
    return error->isValid() ? SalesWalkState() : state;
}

qint64 SaleTable::beginWalk(QSqlDatabase &db, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery failed(db);
    if (!transaction.isActive()) {
        transaction.fail(failed, error);
        return 0;
    }
    const qint64 walk = CacheMeta::value(db, kWalk, error).toLongLong() + 1;
    const bool ok = !error->isValid() && CacheMeta::setValue(db, kWalk, walk, error)
        && CacheMeta::setValue(db, kCursor, {}, error) && CacheMeta::setValue(db, kLossy, {}, error)
        && transaction.commit(error);
    return ok ? walk : 0;
}

bool SaleTable::savePage(QSqlDatabase &db, qint64 walk, const QList<Sale> &sales, const QString &nextCursor,
                         bool itemsFailed, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery upsert(db);
    if (!transaction.isActive())
        return transaction.fail(upsert, error);
    if (!isCurrent(db, walk, error))
        return false;
    QSqlQuery clearConversations(db);
    QSqlQuery addConversation(db);
    QSqlQuery clearContacts(db);
    QSqlQuery addContact(db);
    const bool prepared =
        upsert.prepare(QStringLiteral("INSERT INTO sales (sale_id, last_activity_at, walk, payload) VALUES (?, ?, ?, ?)"
                                      " ON CONFLICT (sale_id) DO UPDATE SET last_activity_at = excluded.last_activity_at,"
                                      " walk = excluded.walk, payload = excluded.payload"))
        && clearConversations.prepare(QStringLiteral("DELETE FROM sales_by_conversation WHERE sale_id = ?"))
        && addConversation.prepare(
            QStringLiteral("INSERT OR IGNORE INTO sales_by_conversation (conversation_id, sale_id) VALUES (?, ?)"))
        && clearContacts.prepare(QStringLiteral("DELETE FROM sales_by_contact WHERE sale_id = ?"))
        && addContact.prepare(QStringLiteral("INSERT OR IGNORE INTO sales_by_contact (contact_id, sale_id) VALUES (?, ?)"));
    if (!prepared)
        return transaction.fail(upsert, error);
    for (const Sale &sale : sales) {
        // Without an id a sale could never be updated, removed or told apart.
        if (sale.saleId.isEmpty())
            continue;
        upsert.bindValue(0, sale.saleId);
        upsert.bindValue(1, SqlValue::fromDateTime(sale.lastActivityAt));
        upsert.bindValue(2, walk);
        upsert.bindValue(3, SaleCodec::toBytes(sale));
        QStringList contacts;
        for (const SaleContact &c : sale.associatedContacts)
            contacts << c.contactId;
        if (!upsert.exec())
            return transaction.fail(upsert, error);
        if (!saveLinks(clearConversations, addConversation, sale.saleId, sale.associatedConversationIds))
            return transaction.fail(clearConversations.lastError().isValid() ? clearConversations : addConversation, error);
        if (!saveLinks(clearContacts, addContact, sale.saleId, contacts))
            return transaction.fail(clearContacts.lastError().isValid() ? clearContacts : addContact, error);
    }
    upsert.finish();
    const bool ok = CacheMeta::setValue(db, kCursor, SqlValue::fromText(nextCursor), error)
        && (!itemsFailed || CacheMeta::setValue(db, kLossy, 1, error));
    return ok && transaction.commit(error);
}

int SaleTable::finishWalk(QSqlDatabase &db, qint64 walk, const QDateTime &when, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive()) {
        transaction.fail(query, error);
        return -1;
    }
    if (!isCurrent(db, walk, error))
        return -1;
    const bool lossy = CacheMeta::value(db, kLossy, error).toInt() != 0;
    int removed = 0;
    if (!lossy && !error->isValid()) {
        const QString unseen = QStringLiteral("SELECT sale_id FROM sales WHERE walk IS NOT %1").arg(walk);
        const QStringList statements{
            QStringLiteral("DELETE FROM sales_by_conversation WHERE sale_id IN (%1)").arg(unseen),
            QStringLiteral("DELETE FROM sales_by_contact WHERE sale_id IN (%1)").arg(unseen),
            QStringLiteral("DELETE FROM sales WHERE walk IS NOT %1").arg(walk),
        };
        for (const QString &sql : statements) {
            if (!query.exec(sql)) {
                transaction.fail(query, error);
                return -1;
            }
        }
        removed = query.numRowsAffected();
        query.finish();
    }
    const bool ok = !error->isValid() && CacheMeta::setValue(db, kCursor, {}, error)
        && CacheMeta::setValue(db, kCompleted, SqlValue::fromDateTime(when), error) && transaction.commit(error);
    return ok ? removed : -1;
}

QList<Sale> SaleTable::forConversation(const QSqlDatabase &db, const QString &conversationId, QSqlError *error)
{
    return lookup(db, QStringLiteral("sales_by_conversation"), QStringLiteral("conversation_id"), conversationId, error);
}

QList<Sale> SaleTable::forContact(const QSqlDatabase &db, const QString &contactId, QSqlError *error)
{
    return lookup(db, QStringLiteral("sales_by_contact"), QStringLiteral("contact_id"), contactId, error);
}

QList<Sale> SaleTable::all(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT payload FROM sales ORDER BY last_activity_at DESC, sale_id"))) {
        *error = query.lastError();
        return {};
    }
    QList<Sale> out;
    while (query.next()) {
        if (std::optional<Sale> sale = SaleCodec::fromBytes(query.value(0).toByteArray()))
            out.append(std::move(*sale));
    }
    return out;
}

int SaleTable::count(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sales")) || !query.next()) {
        *error = query.lastError();
        return 0;
    }
    return query.value(0).toInt();
}

} // namespace repdesk
