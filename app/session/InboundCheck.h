#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace repdesk {

class InboxProvider;
class PageWalk;

// Whether a conversation received a message after a given time. A conversation that was unread
// and is unread still, with newer activity, may only have had an outbound message added: a reply
// the rep sent without reading it, or one HyperRep sent on its own (a prepared reply's autosend).
// The conversation record does not say which way its activity went; its messages do
// (message_direction). So this walks them and finishes with `received` true when one that is not
// outbound (received, or of a direction the client does not know) has no sent_at or one after
// `since`. A walk that fails also finishes with true: announcing once too often is better than
// keeping quiet about a customer's message.
class InboundCheck : public QObject
{
    Q_OBJECT
public:
    // Starts at once; `finished` comes later, once, unless this object is deleted first.
    InboundCheck(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                 const QDateTime &since, QObject *parent = nullptr);
    ~InboundCheck() override;

    QString conversationId() const { return m_conversationId; }

Q_SIGNALS:
    void finished(const QString &conversationId, bool received);

private:
    QString m_conversationId;
    QPointer<PageWalk> m_walk;
    bool m_received = false;
};

} // namespace repdesk
