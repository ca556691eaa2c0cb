#pragma once

#include "Conversation.h"
#include "ReviewCheck.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace repdesk {

// The review queue's memory (`review_checks`, one row per conversation the
// discovery listed): the activity each conversation was checked at and the
// pending draft it had then, so a restart paints the queue at once and asks
// again only about conversations whose activity changed. The draft is kept
// as its wire JSON, so ResponseDraft::fromJson reads it back like a fetched one.
class ReviewTable
{
public:
    // Replaces the rows of these conversations, in one transaction.
    static bool save(QSqlDatabase &db, const QList<ReviewCheck> &checks, QSqlError *error);
    static QHash<QString, ReviewCheck> all(const QSqlDatabase &db, QSqlError *error);
    static bool remove(QSqlDatabase &db, const QStringList &conversationIds, QSqlError *error);
    // Drops checks whose conversation is gone from the cache or whose activity
    // is older than `before`: the queue never looks at them again.
    static bool prune(QSqlDatabase &db, const QDateTime &before, QSqlError *error);

    // Conversations whose last activity (or, without one, start) is at or
    // after `since`, most recent first: the discovery's candidates.
    static QList<Conversation> activeSince(const QSqlDatabase &db, const QDateTime &since, QSqlError *error);

    static QByteArray encode(const ResponseDraft &draft);
    static std::optional<ResponseDraft> decode(const QByteArray &payload);
};

} // namespace repdesk
