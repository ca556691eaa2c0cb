#pragma once

#include <QSqlError>
#include <QStringList>

namespace repdesk {

class SqliteConnection;

// Keeps an organization's file under a byte bound. Rows are dropped by
// estimated size, least recently opened threads first, then the conversations
// with the oldest activity; VACUUM and a truncating checkpoint then give the
// space back to the disk, since SQLite otherwise only reuses it.
class CacheLimiter
{
public:
    struct Result
    {
        bool ok = true;
        QStringList droppedThreads;
        QStringList droppedConversations;
        QSqlError error;
    };

    // maxBytes <= 0 means no bound. Contacts, companies and agents are never
    // dropped: the inbox cannot render without them.
    static Result enforce(SqliteConnection &connection, qint64 maxBytes);

private:
    struct Candidate
    {
        QString id;
        qint64 bytes = 0;
    };
    // Rows of (id, estimated bytes) in the order they should go.
    static QList<Candidate> candidates(SqliteConnection &connection, const char *sql, QSqlError *error);
    // The first candidates whose sizes add up to `bytes` (at least one).
    static QStringList take(const QList<Candidate> &candidates, qint64 bytes);
    static qint64 freeBytes(SqliteConnection &connection);
    static bool compact(SqliteConnection &connection, QSqlError *error);
};

} // namespace repdesk
