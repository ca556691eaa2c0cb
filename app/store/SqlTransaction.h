#pragma once

#include <QSqlDatabase>
#include <QSqlError>

class QSqlQuery;

namespace repdesk {

// A transaction that rolls back unless committed, so every early return of a
// batch write leaves the file as it was. It also gives the connection SQLite's
// large page cache for the batch and the small one back after it (SqliteConnection).
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QSqlError *error);
    // Takes the query's error (or the begin error), rolls back; always false, for `return t.fail(...)`.
    bool fail(QSqlQuery &query, QSqlError *error);

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QSqlError m_beginError;
};

} // namespace repdesk
