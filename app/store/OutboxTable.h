#pragma once

#include "JournalDatabase.h"
#include "OutboxItem.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

class QSqlQuery;

namespace repdesk {

// The outbox table of an outbox file: FIFO by an AUTOINCREMENT id, so an id
// is never reused and the order survives restarts. Destroy it before
// closing the connection it was made on.
class OutboxTable
{
public:
    static JournalDatabase::Layout layout();

    explicit OutboxTable(const QSqlDatabase &db);
    OutboxTable(const OutboxTable &) = delete;
    OutboxTable &operator=(const OutboxTable &) = delete;

    const QSqlError &error() const { return m_error; }

    // Rows whose kind this version does not know are skipped, not deleted.
    QList<OutboxItem> load();
    // Returns the new id, or 0 on failure.
    qint64 insert(const OutboxItem &item);
    bool updateBody(qint64 id, const QJsonObject &body);
    bool updateAttempt(qint64 id, int attempts, const QString &lastError);
    bool remove(qint64 id);

    static QString kindName(OutboxItem::Kind kind);

private:
    bool exec(const QString &sql, const QVariantList &binds, QSqlQuery *query = nullptr);

    QSqlDatabase m_db;
    QSqlError m_error;
};

} // namespace repdesk
