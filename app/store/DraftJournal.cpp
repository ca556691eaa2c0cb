#include "DraftJournal.h"

#include "JournalDatabase.h"
#include "JournalTable.h"
#include "LogCategories.h"
#include "SqliteConnection.h"

#include <QElapsedTimer>
#include <QSqlError>

#include <algorithm>
#include <limits>
#include <memory>
#include <utility>

namespace repdesk {

namespace {
using EntryKey = std::pair<QString, QString>;

EntryKey keyOf(const JournalEntry &e)
{
    return {e.organizationId, e.key};
}
} // namespace

class DraftJournal::Private
{
public:
    explicit Private(DraftJournal *owner) : q(owner) {}

    void open(const QString &path);
    bool attachTable();
    // Writes one entry; on failure it goes back to `pending` for a retry, so
    // text that did not reach the file still lives in memory.
    bool persist(const JournalEntry &entry);
    bool recoverFromCorruption(const QString &reason);
    void schedule();
    void writeDue();
    void reportFailure(const QString &message);
    void announce(const QString &message);

    DraftJournal *q;
    JournalDatabase db{QStringLiteral("drafts")};
    std::unique_ptr<JournalTable> table;
    QString lastError;
    QHash<EntryKey, JournalEntry> pending;   // staged, newer than the file
    QHash<EntryKey, qint64> lastWrite;       // clock time of each key's last write attempt
    QElapsedTimer clock;                     // monotonic: a wall-clock jump must not stall writes
    QTimer timer;
    int diskWrites = 0;
    bool failing = false;
};

void DraftJournal::Private::open(const QString &path)
{
    JournalDatabase::OpenResult result = db.open(path, JournalTable::layout());
    if (result != JournalDatabase::OpenResult::Failed && !attachTable()) {
        const QString why = table->error().text();
        table.reset();
        result = db.recover(why);
        if (result != JournalDatabase::OpenResult::Failed && !attachTable())
            result = JournalDatabase::OpenResult::Failed;
    }
    if (result == JournalDatabase::OpenResult::Failed) {
        table.reset();
        db.close();
        // Not fatal: staged text stays in memory and every write retries.
        announce(QStringLiteral("The draft journal cannot be opened: %1").arg(db.errorText()));
        failing = true;
        return;
    }
    if (result == JournalDatabase::OpenResult::Recovered) {
        const int salvaged = table->salvage(db.movedAsidePath());
        announce(QStringLiteral("The draft journal was damaged: %1; %2 drafts were recovered from it.")
                     .arg(db.errorText())
                     .arg(salvaged));
    }
}

bool DraftJournal::Private::attachTable()
{
    table = std::make_unique<JournalTable>(db.database());
    return table->isReady();
}

bool DraftJournal::Private::persist(const JournalEntry &entry)
{
    const EntryKey k = keyOf(entry);
    lastWrite.insert(k, clock.elapsed());
    bool ok = table && table->upsert(entry);
    if (!ok && table && SqliteConnection::isCorruption(table->error()) && recoverFromCorruption(table->error().text()))
        ok = table->upsert(entry);
    if (ok) {
        ++diskWrites;
        failing = false;
        return true;
    }
    pending.insert(k, entry);
    schedule();
    reportFailure(table ? table->error().text() : db.errorText());
    return false;
}

bool DraftJournal::Private::recoverFromCorruption(const QString &reason)
{
    table.reset();
    if (db.recover(reason) == JournalDatabase::OpenResult::Failed || !attachTable()) {
        table.reset();
        db.close();
        announce(QStringLiteral("The draft journal is damaged and cannot be replaced: %1").arg(db.errorText()));
        failing = true;
        return false;
    }
    const int salvaged = table->salvage(db.movedAsidePath());
    announce(QStringLiteral("The draft journal was damaged: %1; %2 drafts were recovered from it.")
                 .arg(db.errorText())
                 .arg(salvaged));
    return true;
}

void DraftJournal::Private::schedule()
{
    if (pending.isEmpty()) {
        timer.stop();
        return;
    }
    qint64 due = std::numeric_limits<qint64>::max();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        due = std::min(due, lastWrite.value(it.key(), 0) + debounceMs);
    timer.start(int(std::clamp<qint64>(due - clock.elapsed(), 0, debounceMs)));
}

void DraftJournal::Private::writeDue()
{
    const qint64 now = clock.elapsed();
    QList<JournalEntry> due;
    for (auto it = pending.begin(); it != pending.end();) {
        // A millisecond of slack: the timer's resolution must not cost another full period.
        if (lastWrite.value(it.key(), 0) + debounceMs <= now + 1) {
            due.append(it.value());
            it = pending.erase(it);
        } else {
            ++it;
        }
    }
    for (const JournalEntry &e : std::as_const(due))
        persist(e);
    // Keys quiet for a full period write at once on their next edit anyway.
    for (auto it = lastWrite.begin(); it != lastWrite.end();) {
        if (now - it.value() >= debounceMs && !pending.contains(it.key()))
            it = lastWrite.erase(it);
        else
            ++it;
    }
    schedule();
}

void DraftJournal::Private::reportFailure(const QString &message)
{
    // Once per outage: a retry every second must not flood the status bar.
    if (failing)
        return;
    failing = true;
    lastError = QStringLiteral("Drafts cannot be written to disk: %1").arg(message);
    qCWarning(lcStore, "repdesk journal: %s", qPrintable(lastError));
    Q_EMIT q->error(lastError);
}

void DraftJournal::Private::announce(const QString &message)
{
    lastError = message;
    qCWarning(lcStore, "repdesk journal: %s", qPrintable(message));
    // Queued: from the constructor nobody is connected yet.
    QMetaObject::invokeMethod(q, [journal = q, message] { Q_EMIT journal->error(message); }, Qt::QueuedConnection);
}

DraftJournal::DraftJournal(const QString &directory, const QString &accountKey, QObject *parent)
    : QObject(parent), d(new Private(this))
{
    d->clock.start();
    d->timer.setSingleShot(true);
    d->timer.setTimerType(Qt::PreciseTimer);
    connect(&d->timer, &QTimer::timeout, this, [this] { d->writeDue(); });
    d->open(JournalDatabase::accountFile(directory, accountKey, QStringLiteral("drafts.sqlite")));
}

DraftJournal::~DraftJournal()
{
    flush();
    d->table.reset();
    d->db.close();
    delete d;
}

bool DraftJournal::isOpen() const
{
    return d->table != nullptr;
}

QString DraftJournal::lastError() const
{
    return d->lastError;
}

void DraftJournal::stage(const JournalEntry &staged)
{
    const EntryKey k = keyOf(staged);
    JournalEntry entry = staged;
    // The marker belongs to the send: an edit staged meanwhile must not drop it (the file keeps it the same way).
    if (const auto older = d->pending.constFind(k); older != d->pending.cend())
        entry.sendAttemptedAt = older->sendAttemptedAt;
    const auto last = d->lastWrite.constFind(k);
    if (last == d->lastWrite.cend() || d->clock.elapsed() - *last >= debounceMs) {
        d->pending.remove(k);
        d->persist(entry);
        d->schedule();
        return;
    }
    d->pending.insert(k, entry);
    d->schedule();
}

void DraftJournal::flush()
{
    const QList<JournalEntry> all = d->pending.values();
    d->pending.clear();
    for (const JournalEntry &e : all)
        d->persist(e);
    d->schedule();
}

bool DraftJournal::writeNow(const JournalEntry &entry)
{
    d->pending.remove(keyOf(entry));
    const bool ok = d->persist(entry);
    d->schedule();
    return ok;
}

std::optional<JournalEntry> DraftJournal::entry(const QString &organizationId, const QString &key) const
{
    const auto staged = d->pending.constFind({organizationId, key});
    std::optional<JournalEntry> stored =
        d->table && (staged == d->pending.cend() || !staged->sendAttemptedAt.isValid())
        ? d->table->find(organizationId, key)
        : std::nullopt;
    if (staged == d->pending.cend())
        return stored;
    JournalEntry out = *staged;
    if (stored && !out.sendAttemptedAt.isValid())
        out.sendAttemptedAt = stored->sendAttemptedAt; // the file's row keeps it across upserts
    return out;
}

QList<JournalEntry> DraftJournal::entries(const QString &organizationId) const
{
    QList<JournalEntry> out = d->table ? d->table->list(organizationId) : QList<JournalEntry>();
    for (auto it = d->pending.cbegin(); it != d->pending.cend(); ++it) {
        if (it.key().first != organizationId)
            continue;
        const auto stored = std::find_if(out.begin(), out.end(),
                                         [&](const JournalEntry &e) { return e.key == it.key().second; });
        if (stored != out.end()) {
            const QDateTime marker = stored->sendAttemptedAt;
            *stored = it.value();
            if (!stored->sendAttemptedAt.isValid())
                stored->sendAttemptedAt = marker;
        } else
            out.append(it.value());
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const JournalEntry &a, const JournalEntry &b) { return a.updatedAt > b.updatedAt; });
    return out;
}

QList<JournalEntry> DraftJournal::unsaved(const QString &organizationId) const
{
    QList<JournalEntry> out = entries(organizationId);
    out.removeIf([](const JournalEntry &e) { return e.savedToServer; });
    return out;
}

int DraftJournal::unsavedCount()
{
    flush();
    return d->table ? d->table->unsavedCount() : 0;
}

void DraftJournal::markSaved(const QString &organizationId, const QString &key, const QString &serverDraftId,
                             const QString &serverBodyHtml, const QDateTime &serverCreatedAt)
{
    // A staged edit is newer than the file: it takes the server fields too,
    // and is saved only if it is the very text that was sent.
    const auto staged = d->pending.find({organizationId, key});
    if (staged != d->pending.end()) {
        staged->serverDraftId = serverDraftId;
        staged->serverBodyHtml = serverBodyHtml;
        staged->serverCreatedAt = serverCreatedAt;
        staged->savedToServer = staged->html == serverBodyHtml;
    }
    if (d->table && !d->table->markSaved(organizationId, key, serverDraftId, serverBodyHtml, serverCreatedAt))
        d->reportFailure(d->table->error().text());
}

void DraftJournal::markSendAttempted(const QString &organizationId, const QString &key, const QDateTime &at)
{
    // The row must exist for the marker to reach the file: write the staged text first.
    const auto staged = d->pending.find({organizationId, key});
    if (staged != d->pending.end()) {
        staged->sendAttemptedAt = at;
        const JournalEntry entry = *staged;
        d->pending.erase(staged);
        d->persist(entry); // a new row takes the marker; on failure it stays staged, marker included
        d->schedule();
    }
    if (d->table && !d->table->setSendAttempted(organizationId, key, at))
        d->reportFailure(d->table->error().text());
}

void DraftJournal::clearSendAttempt(const QString &organizationId, const QString &key)
{
    const auto staged = d->pending.find({organizationId, key});
    if (staged != d->pending.end())
        staged->sendAttemptedAt = QDateTime();
    if (d->table && !d->table->setSendAttempted(organizationId, key, QDateTime()))
        d->reportFailure(d->table->error().text());
}

void DraftJournal::remove(const QString &organizationId, const QString &key)
{
    d->pending.remove({organizationId, key});
    d->lastWrite.remove({organizationId, key});
    d->schedule();
    if (d->table && !d->table->remove(organizationId, key))
        d->reportFailure(d->table->error().text());
}

int DraftJournal::diskWrites() const
{
    return d->diskWrites;
}

} // namespace repdesk
