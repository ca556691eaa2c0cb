#pragma once

#include "JournalDatabase.h"
#include "JournalEntry.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace repdesk {

// The drafts table of a journal file: statements prepared once (a keystroke
// write must stay well under 2 ms) and the row <-> JournalEntry mapping.
// Destroy it before closing the connection it was made on.
class JournalTable
{
public:
    static JournalDatabase::Layout layout();

    explicit JournalTable(const QSqlDatabase &db);
    JournalTable(const JournalTable &) = delete;
    JournalTable &operator=(const JournalTable &) = delete;

    // False when a statement did not prepare; error() says why.
    bool isReady() const { return m_ready; }
    const QSqlError &error() const { return m_error; }

    // A new row takes every field; an existing one keeps its send marker (see setSendAttempted()).
    bool upsert(const JournalEntry &entry);
    // nullopt also on error; check error().isValid() to tell the two apart.
    std::optional<JournalEntry> find(const QString &organizationId, const QString &key);
    QList<JournalEntry> list(const QString &organizationId); // newest edit first
    // Entries of every organization whose text the server does not have.
    int unsavedCount();
    // Stores the server fields; saved_to_server becomes whether the row's text is serverBodyHtml.
    bool markSaved(const QString &organizationId, const QString &key, const QString &serverDraftId,
                   const QString &serverBodyHtml, const QDateTime &serverCreatedAt);
    // The send marker (JournalEntry::sendAttemptedAt); an invalid `at` clears it.
    bool setSendAttempted(const QString &organizationId, const QString &key, const QDateTime &at);
    bool remove(const QString &organizationId, const QString &key);

    // Copies the readable rows of another journal file (one that was moved
    // aside) into this table; rows already here win. Returns how many were copied.
    int salvage(const QString &filePath);

private:
    bool run(QSqlQuery &query);

    QSqlDatabase m_db;
    QSqlQuery m_upsert;
    QSqlQuery m_find;
    QSqlQuery m_list;
    QSqlQuery m_markSaved;
    QSqlQuery m_markSend;
    QSqlQuery m_remove;
    QSqlError m_error;
    bool m_ready = false;
};

} // namespace repdesk
