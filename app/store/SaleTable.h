#pragma once

#include "Sale.h"
#include "SalesWalkState.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

namespace repdesk {

// The organization's sales (`sales`: one row per sale, its wire JSON and the
// walk that last saw it) and two lookups filled from each sale
// (`sales_by_conversation` from associated_conversation_ids,
// `sales_by_contact` from associated_contacts[].contact_id). The walk's
// progress lives in `meta`, next to the rows it describes, so a page and the
// cursor after it are saved in one transaction.
class SaleTable
{
public:
    static SalesWalkState walkState(const QSqlDatabase &db, QSqlError *error);
    // A new walk from the top: a fresh walk id, no cursor, not lossy. Returns the id (0 on failure).
    static qint64 beginWalk(QSqlDatabase &db, QSqlError *error);
    // Upserts one page for `walk` and saves `nextCursor` (empty after the last
    // page). False without writing when `walk` is no longer the current walk.
    static bool savePage(QSqlDatabase &db, qint64 walk, const QList<Sale> &sales, const QString &nextCursor,
                         bool itemsFailed, QSqlError *error);
    // `walk` reached the end: unless it was lossy, every sale it did not see
    // is removed; the cursor is cleared and `when` recorded. Returns the
    // number of sales removed, or -1 (nothing changed) on failure or when
    // `walk` is no longer the current walk.
    static int finishWalk(QSqlDatabase &db, qint64 walk, const QDateTime &when, QSqlError *error);

    // Most recent activity first, then by id; a payload that no longer decodes is skipped.
    static QList<Sale> forConversation(const QSqlDatabase &db, const QString &conversationId, QSqlError *error);
    static QList<Sale> forContact(const QSqlDatabase &db, const QString &contactId, QSqlError *error);
    static QList<Sale> all(const QSqlDatabase &db, QSqlError *error);
    static int count(const QSqlDatabase &db, QSqlError *error);
};

} // namespace repdesk
