#include "Outbox.h"

#include "ApiCall.h"
#include "InboxProvider.h"
#include "JournalDatabase.h"
#include "LogCategories.h"
#include "OutboxDispatch.h"
#include "OutboxTable.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace repdesk {

namespace {
bool isDelete(OutboxItem::Kind kind)
{
    return kind == OutboxItem::Kind::DeleteResponseDraft || kind == OutboxItem::Kind::DeleteMessageDraft;
}

// Errors that say nothing about the item itself: the same request may pass
// later, so the item keeps its place. A 403 is here too: an expired key would
// otherwise drop the whole queue one item at a time.
bool stopsFlush(const ApiError &e)
{
    return e.isTransient() || e.kind() == ApiError::Kind::Auth || e.kind() == ApiError::Kind::Cancelled
        || e.kind() == ApiError::Kind::Insecure;
}
} // namespace

class Outbox::Private
{
public:
    explicit Private(Outbox *owner) : q(owner) {}

    void open(const QString &path);
    void sendNext();
    void finished(qint64 id, quint64 generation, const OutboxDispatch::Outcome &outcome);
    void endFlush(bool emptied);
    void removeAt(int index);
    int indexOf(qint64 id) const;
    int nextIndex() const;
    void diskFailed(const char *what);

    Outbox *q;
    JournalDatabase db{QStringLiteral("outbox")};
    std::unique_ptr<OutboxTable> table;
    QList<OutboxItem> items; // the queue; the file mirrors it
    QPointer<InboxProvider> provider;
    QMetaObject::Connection providerGone;
    QPointer<ApiCall> inFlight;
    qint64 inFlightId = 0;
    std::function<bool(const OutboxItem &)> held;
    qint64 memoryId = 0;     // ids for items the file refused: negative, never clash with the file's
    quint64 generation = 0;  // an answer of an abandoned call carries an old generation
    bool flushing = false;
    QString lastError;
};

void Outbox::Private::open(const QString &path)
{
    const auto result = db.open(path, OutboxTable::layout());
    if (result == JournalDatabase::OpenResult::Failed) {
        lastError = QStringLiteral("The outbox cannot be opened; waiting saves are kept in memory only: %1")
                        .arg(db.errorText());
        qCWarning(lcStore, "repdesk outbox: %s", qPrintable(lastError));
        return;
    }
    if (result == JournalDatabase::OpenResult::Recovered) {
        // The texts of the lost items are still in the draft journal, marked unsaved.
        lastError = QStringLiteral("The outbox was damaged: %1").arg(db.errorText());
        qCWarning(lcStore, "repdesk outbox: %s", qPrintable(lastError));
    }
    table = std::make_unique<OutboxTable>(db.database());
    items = table->load();
}

void Outbox::Private::diskFailed(const char *what)
{
    lastError = QStringLiteral("The outbox cannot %1: %2")
                    .arg(QLatin1String(what), table ? table->error().text() : db.errorText());
    qCWarning(lcStore, "repdesk outbox: %s", qPrintable(lastError));
}

int Outbox::Private::indexOf(qint64 id) const
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

void Outbox::Private::removeAt(int index)
{
    const qint64 id = items.at(index).id;
    items.removeAt(index);
    if (id > 0 && table && !table->remove(id))
        diskFailed("remove a sent item");
    Q_EMIT q->countChanged(int(items.size()));
}

void Outbox::Private::endFlush(bool emptied)
{
    flushing = false;
    Q_EMIT q->flushFinished(emptied);
}

int Outbox::Private::nextIndex() const
{
    QSet<std::pair<QString, QString>> heldKeys;
    for (int i = 0; i < items.size(); ++i) {
        const OutboxItem &item = items.at(i);
        const std::pair<QString, QString> key{item.organizationId, item.key};
        if (heldKeys.contains(key))
            continue;
        if (held && held(item)) {
            heldKeys.insert(key);
            continue;
        }
        return i;
    }
    return -1;
}

void Outbox::Private::sendNext()
{
    // A loop, not recursion, for items the provider cannot even start.
    while (true) {
        const int index = nextIndex();
        if (index < 0) {
            endFlush(items.isEmpty());
            return;
        }
        if (!provider) {
            endFlush(false);
            return;
        }
        const OutboxItem item = items.at(index);
        const quint64 gen = ++generation;
        ApiCall *call = OutboxDispatch::start(*provider, item, q, [this, id = item.id, gen](const OutboxDispatch::Outcome &o) {
            finished(id, gen, o);
        });
        if (call) {
            inFlight = call;
            inFlightId = item.id;
            return;
        }
        removeAt(index);
        Q_EMIT q->itemFailed(item, ApiError(ApiError::Kind::Validation,
                                            QCoreApplication::translate("repdesk::Outbox",
                                                                        "This server does not support this kind of draft.")));
    }
}

void Outbox::Private::finished(qint64 id, quint64 gen, const OutboxDispatch::Outcome &outcome)
{
    if (gen != generation || !flushing)
        return;
    inFlight = nullptr;
    inFlightId = 0;
    const int index = indexOf(id);
    if (index < 0) {
        sendNext();
        return;
    }
    OutboxItem item = items.at(index);
    const ApiError &e = outcome.error;
    // A draft that is already gone (deleted elsewhere, or sent) is what a delete wanted.
    if (!e.isError() || (isDelete(item.kind) && e.kind() == ApiError::Kind::NotFound)) {
        removeAt(index);
        Q_EMIT q->itemSent(item, outcome.result);
        sendNext();
        return;
    }
    if (stopsFlush(e)) {
        if (e.kind() != ApiError::Kind::Cancelled) {
            ++item.attempts;
            item.lastError = e.message();
            items[index] = item;
            if (item.id > 0 && table && !table->updateAttempt(item.id, item.attempts, item.lastError))
                diskFailed("record a failed attempt");
        }
        endFlush(false);
        return;
    }
    removeAt(index);
    Q_EMIT q->itemFailed(item, e);
    sendNext();
}

Outbox::Outbox(const QString &directory, const QString &accountKey, QObject *parent)
    : QObject(parent), d(new Private(this))
{
    d->open(JournalDatabase::accountFile(directory, accountKey, QStringLiteral("outbox.sqlite")));
}

Outbox::~Outbox()
{
    // The call may still answer after this; it must not reach a deleted Private.
    if (d->inFlight)
        d->inFlight->disconnect(this);
    disconnect(d->providerGone);
    d->table.reset();
    d->db.close();
    delete d;
}

void Outbox::setProvider(InboxProvider *provider)
{
    disconnect(d->providerGone);
    d->provider = provider;
    if (!provider)
        return;
    d->providerGone = connect(provider, &QObject::destroyed, this, [this] {
        // An Account cancels its calls before its provider goes; other providers may not.
        if (!d->flushing)
            return;
        ++d->generation;
        if (d->inFlight)
            d->inFlight->disconnect(this);
        d->inFlight = nullptr;
        d->inFlightId = 0;
        d->endFlush(false);
    });
}

qint64 Outbox::enqueue(const OutboxItem &item)
{
    if (item.kind == OutboxItem::Kind::SaveResponseDraft) {
        // Only when the save is the key's last item: jumping ahead of a later delete would reorder them.
        for (int i = int(d->items.size()) - 1; i >= 0; --i) {
            OutboxItem &queued = d->items[i];
            if (queued.organizationId != item.organizationId || queued.key != item.key)
                continue;
            const bool onTheWire = d->flushing && queued.id == d->inFlightId;
            if (queued.kind == OutboxItem::Kind::SaveResponseDraft && !onTheWire) {
                queued.body = item.body;
                if (queued.id > 0 && d->table && !d->table->updateBody(queued.id, queued.body))
                    d->diskFailed("store a newer text");
                Q_EMIT countChanged(int(d->items.size()));
                return queued.id;
            }
            break;
        }
    }

    OutboxItem stored = item;
    stored.id = 0;
    if (!stored.createdAt.isValid())
        stored.createdAt = QDateTime::currentDateTimeUtc();
    if (d->table)
        stored.id = d->table->insert(stored);
    if (stored.id <= 0) {
        if (d->table)
            d->diskFailed("store an item");
        stored.id = --d->memoryId;
    }
    d->items.append(stored);
    Q_EMIT countChanged(int(d->items.size()));
    return stored.id;
}

int Outbox::remove(const QString &organizationId, const QString &key)
{
    int removed = 0;
    for (int i = int(d->items.size()) - 1; i >= 0; --i) {
        const OutboxItem &item = d->items.at(i);
        if (item.kind != OutboxItem::Kind::SaveResponseDraft || item.organizationId != organizationId
            || item.key != key || (d->flushing && item.id == d->inFlightId))
            continue;
        const qint64 id = item.id;
        d->items.removeAt(i);
        if (id > 0 && d->table && !d->table->remove(id))
            d->diskFailed("remove a save");
        ++removed;
    }
    if (removed > 0)
        Q_EMIT countChanged(int(d->items.size()));
    return removed;
}

bool Outbox::isSending(const QString &organizationId, const QString &key) const
{
    if (!d->flushing || d->inFlightId == 0)
        return false;
    const int index = d->indexOf(d->inFlightId);
    return index >= 0 && d->items.at(index).organizationId == organizationId && d->items.at(index).key == key;
}

void Outbox::setHold(std::function<bool(const OutboxItem &)> held)
{
    d->held = std::move(held);
}

int Outbox::count() const
{
    return int(d->items.size());
}

QList<OutboxItem> Outbox::items() const
{
    return d->items;
}

bool Outbox::isFlushing() const
{
    return d->flushing;
}

QString Outbox::lastError() const
{
    return d->lastError;
}

void Outbox::flush()
{
    if (d->flushing)
        return;
    d->flushing = true;
    d->sendNext();
}

} // namespace repdesk
