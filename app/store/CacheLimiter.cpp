#include "CacheLimiter.h"

#include "ConversationTable.h"
#include "SqliteConnection.h"
#include "ThreadTable.h"

#include <QSqlQuery>
#include <QVariant>

namespace repdesk {

namespace {
// Passes are bounded: estimates are close, so one or two normally suffice, and
// a file whose fixed overhead exceeds the bound must not loop forever.
constexpr int kMaxPasses = 8;

// Row sizes are estimated from their bytes plus the primary-key copies in
// their indexes; record headers and page slack come on top.
const char kThreadSizes[] =
    "SELECT t.conversation_id, 2 * length(CAST(t.conversation_id AS BLOB)) + 32 + COALESCE("
    " (SELECT SUM(length(m.payload) + 2 * length(CAST(m.conversation_id AS BLOB))"
    " + COALESCE(length(CAST(m.message_id AS BLOB)), 0) + 24) FROM messages m"
    " WHERE m.conversation_id = t.conversation_id), 0)"
    " FROM threads t ORDER BY t.last_opened ASC";
const char kConversationSizes[] =
    "SELECT conversation_id, 3 * length(CAST(conversation_id AS BLOB)) + COALESCE(length(CAST(folder AS BLOB)), 0)"
    " + COALESCE(length(CAST(contact_id AS BLOB)), 0) + 48 FROM conversations"
    " ORDER BY last_activity_at ASC, conversation_id DESC";

} // namespace

CacheLimiter::Result CacheLimiter::enforce(SqliteConnection &connection, qint64 maxBytes)
{
    Result result;
    if (maxBytes <= 0 || !connection.isOpen() || connection.sizeBytes() <= maxBytes)
        return result;

    // A large WAL is often the whole excess.
    connection.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        const qint64 used = connection.sizeBytes() - freeBytes(connection);
        if (used <= maxBytes)
            break;
        // A small margin: estimates run slightly low, and a short pass only costs another round.
        const qint64 target = (used - maxBytes) * 11 / 10 + 4096;

        const QList<Candidate> threads = candidates(connection, kThreadSizes, &result.error);
        QList<Candidate> conversations;
        if (threads.isEmpty() && !result.error.isValid())
            conversations = candidates(connection, kConversationSizes, &result.error);
        if (result.error.isValid()) {
            result.ok = false;
            return result;
        }
        if (!threads.isEmpty()) {
            const QStringList ids = take(threads, target);
            result.ok = ThreadTable::remove(connection.database(), ids, &result.error);
            result.droppedThreads += ids;
        } else if (!conversations.isEmpty()) {
            const QStringList ids = take(conversations, target);
            result.ok = ConversationTable::remove(connection.database(), ids, &result.error)
                && ThreadTable::remove(connection.database(), ids, &result.error);
            result.droppedConversations += ids;
        } else {
            break;
        }
        if (!result.ok || !compact(connection, &result.error)) {
            result.ok = false;
            return result;
        }
    }
    if (connection.sizeBytes() > maxBytes && freeBytes(connection) > 0)
        result.ok = compact(connection, &result.error);
    return result;
}

QList<CacheLimiter::Candidate> CacheLimiter::candidates(SqliteConnection &connection, const char *sql,
                                                       QSqlError *error)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String(sql))) {
        *error = query.lastError();
        return {};
    }
    QList<Candidate> out;
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toLongLong()});
    return out;
}

QStringList CacheLimiter::take(const QList<Candidate> &candidates, qint64 bytes)
{
    QStringList ids;
    qint64 total = 0;
    for (const Candidate &c : candidates) {
        if (!ids.isEmpty() && total >= bytes)
            break;
        ids.append(c.id);
        total += c.bytes;
    }
    return ids;
}

qint64 CacheLimiter::freeBytes(SqliteConnection &connection)
{
    QVariant pages;
    QVariant pageSize;
    if (!connection.exec(QStringLiteral("PRAGMA freelist_count"), &pages)
        || !connection.exec(QStringLiteral("PRAGMA page_size"), &pageSize))
        return 0;
    return pages.toLongLong() * pageSize.toLongLong();
}

bool CacheLimiter::compact(SqliteConnection &connection, QSqlError *error)
{
    // VACUUM in WAL mode writes the compacted file into the WAL; only the
    // truncating checkpoint shrinks the main file and empties the WAL.
    return connection.exec(QStringLiteral("VACUUM"), nullptr, error)
        && connection.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), nullptr, error);
}

} // namespace repdesk
