#pragma once

#include "JournalEntry.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace repdesk {

// Every edit lands here before anything goes over the network: a SQLite
// database (WAL, synchronous=NORMAL) per account, written at most once per
// second per draft while typing, and at once on flush(). After a crash or a
// kill, entries with savedToServer=false are what the user had typed.
class DraftJournal : public QObject
{
    Q_OBJECT
public:
    // `directory` as for Cache; the file is <directory>/<accountKey>/drafts.sqlite.
    DraftJournal(const QString &directory, const QString &accountKey, QObject *parent = nullptr);
    ~DraftJournal() override; // flushes

    bool isOpen() const;
    QString lastError() const;
    static constexpr int debounceMs = 1000;

    // Records an edit; written within debounceMs (the first edit after a quiet period is written at once).
    // An entry that exists keeps its send marker (sendAttemptedAt): only the two calls below change it.
    void stage(const JournalEntry &entry);
    // Writes every staged entry now (before a save/send goes out, on close).
    void flush();
    // Synchronous single write (benchmarks, tests).
    bool writeNow(const JournalEntry &entry);

    // The staged-or-stored entry.
    std::optional<JournalEntry> entry(const QString &organizationId, const QString &key) const;
    QList<JournalEntry> entries(const QString &organizationId) const;
    QList<JournalEntry> unsaved(const QString &organizationId) const;
    // Unsaved entries of every organization (flushes staged edits first), e.g. before removing the account.
    int unsavedCount();
    // Pass the HTML that was sent as serverBodyHtml: the entry becomes saved only
    // while its text is still that HTML; edits made during the round trip stay unsaved.
    void markSaved(const QString &organizationId, const QString &key, const QString &serverDraftId,
                   const QString &serverBodyHtml, const QDateTime &serverCreatedAt);
    // A Send of this entry's text is about to POST at `at` (written at once, staged text first);
    // cleared once its outcome is known. See JournalEntry::sendAttemptedAt.
    void markSendAttempted(const QString &organizationId, const QString &key, const QDateTime &at);
    void clearSendAttempt(const QString &organizationId, const QString &key);
    void remove(const QString &organizationId, const QString &key);
    // Upserts that reached the file since construction (tests check the debounce with it).
    int diskWrites() const;

Q_SIGNALS:
    void error(const QString &message);

private:
    class Private;
    Private *d;
};

} // namespace repdesk
