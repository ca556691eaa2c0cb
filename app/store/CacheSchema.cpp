#include "CacheSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace repdesk {

CacheSchema CacheSchema::organization()
{
    return CacheSchema({
        {
            QStringLiteral("CREATE TABLE conversations (conversation_id TEXT PRIMARY KEY NOT NULL, start_at INTEGER,"
                           " last_activity_at INTEGER, folder TEXT, is_read INTEGER, contact_id TEXT)"),
            // Matches conversations()'s ORDER BY exactly, so the list is read in index order without sorting.
            QStringLiteral("CREATE INDEX conversations_by_activity ON conversations (last_activity_at DESC, conversation_id)"),
            QStringLiteral("CREATE TABLE contacts (contact_id TEXT PRIMARY KEY NOT NULL, name TEXT, email TEXT,"
                           " phone_number TEXT, created_at INTEGER, company_id TEXT, custom_fields TEXT, company_role TEXT)"),
            QStringLiteral("CREATE TABLE companies (company_id TEXT PRIMARY KEY NOT NULL, name TEXT, domain TEXT,"
                           " custom_fields TEXT, address TEXT, agent_id TEXT, created_at INTEGER)"),
            QStringLiteral("CREATE TABLE agents (agent_id TEXT PRIMARY KEY NOT NULL, name TEXT, email TEXT)"),
            QStringLiteral("CREATE TABLE threads (conversation_id TEXT PRIMARY KEY NOT NULL, last_opened INTEGER NOT NULL,"
                           " latest_modality TEXT, saved_at INTEGER)"),
            QStringLiteral("CREATE INDEX threads_by_last_opened ON threads (last_opened)"),
            // The payload is the message's wire JSON: a new API field needs a codec change, not a migration.
            QStringLiteral("CREATE TABLE messages (conversation_id TEXT NOT NULL, position INTEGER NOT NULL,"
                           " message_id TEXT, payload BLOB NOT NULL, PRIMARY KEY (conversation_id, position))"),
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value)"),
        },
        // 1 -> 2: the sales index (SaleTable). `walk` is the walk that last saw
        // the sale, so a finished walk can drop what it did not see.
        {
            QStringLiteral("CREATE TABLE sales (sale_id TEXT PRIMARY KEY NOT NULL, last_activity_at INTEGER,"
                           " walk INTEGER NOT NULL, payload BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX sales_by_walk ON sales (walk)"),
            QStringLiteral("CREATE TABLE sales_by_conversation (conversation_id TEXT NOT NULL, sale_id TEXT NOT NULL,"
                           " PRIMARY KEY (conversation_id, sale_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX sales_by_conversation_sale ON sales_by_conversation (sale_id)"),
            QStringLiteral("CREATE TABLE sales_by_contact (contact_id TEXT NOT NULL, sale_id TEXT NOT NULL,"
                           " PRIMARY KEY (contact_id, sale_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX sales_by_contact_sale ON sales_by_contact (sale_id)"),
        },
        // 2 -> 3: the dashboards' analytics answers (AnalyticsTable): closed ranges for
        // good, and the last answers each screen showed.
        {
            QStringLiteral("CREATE TABLE analytics (key TEXT PRIMARY KEY NOT NULL, fetched_at INTEGER,"
                           " permanent INTEGER NOT NULL, payload BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX analytics_by_age ON analytics (permanent, fetched_at)"),
        },
        // 3 -> 4: `walk` is the full reconciliation walk that last saw the
        // conversation (ConversationTable::savePage), so a completed walk drops
        // what it did not see in one statement. NULL until a walk sees it. No
        // index: the removal reads the table once per walk, and an index would
        // be rewritten with every row each walk marks.
        {
            QStringLiteral("ALTER TABLE conversations ADD COLUMN walk INTEGER"),
        },
        // 4 -> 5: the review queue's memory (ReviewTable): per conversation, the
        // last_activity_at its response drafts were listed at and the pending draft
        // found then (its wire JSON, NULL for none), so the queue paints at once and
        // asks again only where activity changed.
        {
            QStringLiteral("CREATE TABLE review_checks (conversation_id TEXT PRIMARY KEY NOT NULL,"
                           " checked_activity_at INTEGER, checked_at INTEGER, payload BLOB)"),
        },
    });
}

CacheSchema CacheSchema::account()
{
    return CacheSchema({
        {
            QStringLiteral("CREATE TABLE organizations (organization_id TEXT PRIMARY KEY NOT NULL, name TEXT,"
                           " position INTEGER NOT NULL)"),
        },
    });
}

CacheSchema::Outcome CacheSchema::apply(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return Outcome::Failed;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > latestVersion()) {
        *error = QStringLiteral("schema version %1 is newer than %2").arg(version).arg(latestVersion());
        return Outcome::Incompatible;
    }
    if (version == latestVersion())
        return Outcome::Ready;

    if (!db.transaction()) {
        *error = db.lastError().text();
        return Outcome::Failed;
    }
    for (int step = version; step < latestVersion(); ++step) {
        for (const QString &sql : m_steps.at(step)) {
            if (!query.exec(sql)) {
                *error = query.lastError().text();
                query.finish();
                db.rollback();
                return Outcome::Failed;
            }
        }
    }
    // user_version lives in the file header and is written inside the transaction,
    // so a crash mid-migration leaves the old version and the old tables together.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestVersion())) || !db.commit()) {
        *error = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        query.finish();
        db.rollback();
        return Outcome::Failed;
    }
    return Outcome::Ready;
}

} // namespace repdesk
