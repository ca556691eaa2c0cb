#pragma once

#include "Message.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace repdesk {

// Stored threads: `messages` holds each message's wire JSON at its position in
// the thread, `threads` one row per stored thread with when it was last opened
// (for the size limit) and the modality of its latest message (for the list).
class ThreadTable
{
public:
    // Replaces the stored thread and counts as opening it.
    static bool save(QSqlDatabase &db, const QString &conversationId, const QList<Message> &messages,
                     QSqlError *error);
    // In stored order; a payload that no longer decodes is skipped rather than failing the thread.
    static QList<Message> load(const QSqlDatabase &db, const QString &conversationId, QSqlError *error);
    // Marks the thread as the most recently opened one.
    static bool touch(const QSqlDatabase &db, const QString &conversationId, QSqlError *error);
    static QHash<QString, QString> latestModalities(const QSqlDatabase &db, QSqlError *error);
    static bool remove(QSqlDatabase &db, const QStringList &conversationIds, QSqlError *error);

    // The latest message by sent (else drafted) time; the last one when no time is known.
    static int latestIndex(const QList<Message> &messages);
};

} // namespace repdesk
