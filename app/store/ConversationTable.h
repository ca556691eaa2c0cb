#pragma once

#include "Conversation.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <optional>

namespace repdesk {

// Conversation <-> row of the `conversations` table.
class ConversationTable
{
public:
    // One transaction, one prepared statement. Items without an id are skipped:
    // they could never be updated or told apart.
    static bool upsert(QSqlDatabase &db, const QList<Conversation> &items, QSqlError *error);
    // Most recent activity first, then by id so equal times keep a stable order; limit < 0 means all.
    static QList<Conversation> load(const QSqlDatabase &db, int limit, QSqlError *error);
    static int count(const QSqlDatabase &db, QSqlError *error);
    static QStringList ids(const QSqlDatabase &db, QSqlError *error);
    static bool remove(QSqlDatabase &db, const QStringList &conversationIds, QSqlError *error);

    // The full reconciliation walk (InboxSync), done as SaleTable's: each row
    // carries the walk that last saw it (`walk`), so removing what a complete
    // walk did not list is one statement instead of a comparison of every id.
    // A new walk: a fresh id, returned (0 on failure).
    static qint64 beginWalk(QSqlDatabase &db, QSqlError *error);
    // One page of `walk`, in one transaction: new rows and rows whose stored
    // copy differs are written, every row of the page is marked as seen by
    // `walk`, and identical rows are left as they are. Returns how many rows
    // were written, or -1 (nothing written) on failure or when `walk` is no
    // longer the current walk.
    static int savePage(QSqlDatabase &db, qint64 walk, const QList<Conversation> &items, QSqlError *error);
    // `walk` listed every conversation: the rows it did not see go, with their
    // stored threads, in one transaction. Returns their ids, or nullopt
    // (nothing removed) on failure or when `walk` is no longer the current walk.
    static std::optional<QStringList> finishWalk(QSqlDatabase &db, qint64 walk, QSqlError *error);
};

} // namespace repdesk
