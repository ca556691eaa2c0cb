#pragma once

#include "ApiError.h"
#include "OutboxItem.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace repdesk {

class InboxProvider;

// Saves made while offline wait here, in order, persisted in SQLite, and are
// sent when the server is reachable again. One item in flight at a time; a
// network error stops the flush (try again later), a 4xx drops the item and
// reports it (the text stays in the journal), success reports the result.
// Items the hold (setHold()) names wait, with every later item of their key,
// while the rest go out: a reply being sent must not be overwritten by an
// older save of the same conversation.
class Outbox : public QObject
{
    Q_OBJECT
public:
    // Same directory/accountKey as DraftJournal; a file of its own: <directory>/<accountKey>/outbox.sqlite.
    Outbox(const QString &directory, const QString &accountKey, QObject *parent = nullptr);
    ~Outbox() override;

    void setProvider(InboxProvider *provider);
    qint64 enqueue(const OutboxItem &item); // replaces a pending save of the same key (latest text wins)
    // Drops the key's response-draft saves that are waiting (not one already on the
    // wire: see isSending()), e.g. because the reply is being sent. Returns how many.
    int remove(const QString &organizationId, const QString &key);
    // True while an item of that key is on the wire.
    bool isSending(const QString &organizationId, const QString &key) const;
    // Items for which `held` answers true are skipped by flush(), with every later
    // item of the same key (their order must not change); null holds nothing.
    void setHold(std::function<bool(const OutboxItem &)> held);
    int count() const;
    QList<OutboxItem> items() const;
    bool isFlushing() const;
    // Why the file was moved aside or cannot be written (items then live in memory only); empty when fine.
    QString lastError() const;
    // Sends pending items in order until one fails with a transient error or the queue is empty.
    void flush();

Q_SIGNALS:
    void countChanged(int count);
    // `responseJson` is the decoded body of the successful answer (empty for 204).
    void itemSent(const repdesk::OutboxItem &item, const QJsonObject &responseJson);
    void itemFailed(const repdesk::OutboxItem &item, const repdesk::ApiError &error); // permanent (4xx): dropped
    void flushFinished(bool emptied);

private:
    class Private;
    Private *d;
};

} // namespace repdesk
