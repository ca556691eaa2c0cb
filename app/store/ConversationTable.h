#pragma once

#include "Conversation.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

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
};

} // namespace repdesk
