#include "SqlTransaction.h"

#include "SqliteConnection.h"

#include <QSqlQuery>

namespace repdesk {

SqlTransaction::SqlTransaction(QSqlDatabase &db) : m_db(db)
{
    SqliteConnection::setCacheKiB(m_db, SqliteConnection::kBatchCacheKiB);
    m_active = m_db.transaction();
    if (!m_active)
        m_beginError = m_db.lastError();
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        m_db.rollback();
    // After the batch, whatever its end: the pages it pulled in are freed now, not kept for good.
    SqliteConnection::setCacheKiB(m_db, SqliteConnection::kReadCacheKiB);
}

bool SqlTransaction::commit(QSqlError *error)
{
    if (!m_active) {
        *error = m_beginError;
        return false;
    }
    m_active = false;
    if (m_db.commit())
        return true;
    *error = m_db.lastError();
    m_db.rollback();
    return false;
}

bool SqlTransaction::fail(QSqlQuery &query, QSqlError *error)
{
    *error = m_active ? query.lastError() : m_beginError;
    // A statement still stepping would keep the rollback from releasing its locks.
    query.finish();
    if (m_active) {
        m_active = false;
        m_db.rollback();
    }
    return false;
}

} // namespace repdesk
