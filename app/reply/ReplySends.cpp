#include "ReplySends.h"

#include "DraftJournal.h"
#include "InboxProvider.h"
#include "Outbox.h"
#include "OutboxItem.h"
#include "ReplySender.h"
#include "TransportConfig.h"

#include <memory>

namespace repdesk {

namespace {
QString keyOf(const QString &org, const QString &conversationId)
{
    return org + QChar(0x1f) + conversationId;
}
} // namespace

ReplySends::ReplySends(DraftJournal *journal, Outbox *outbox, QObject *parent)
    : QObject(parent), m_journal(journal), m_outbox(outbox), m_settleMs(TransportConfig().transferTimeoutMs)
{
    if (m_outbox) {
        // A save flushed now would land on top of the reply being sent and take it off the queue.
        m_outbox->setHold([this](const OutboxItem &item) {
            return item.kind == OutboxItem::Kind::SaveResponseDraft && active(item.organizationId, item.key);
        });
    }
}

ReplySends::~ReplySends()
{
    if (m_outbox)
        m_outbox->setHold({});
    // Deleting a sender cancels its requests; nothing of that may reach the journal now.
    const auto senders = m_senders.values();
    m_senders.clear();
    for (ReplySender *sender : senders) {
        sender->disconnect(this);
        delete sender;
    }
}

ReplySender *ReplySends::create(InboxProvider *provider, const QString &organizationId,
                                const QString &conversationId, const ResponseDraftSaveRequest &request)
{
    if (ReplySender *old = m_senders.take(keyOf(organizationId, conversationId)))
        retire(old);
    auto *sender = new ReplySender(provider, organizationId, conversationId, request, this);
    sender->setTiming(m_baseDelayMs, m_settleMs);
    m_senders.insert(keyOf(organizationId, conversationId), sender);
    connectSender(sender);
    watchProvider(provider);
    return sender;
}

ReplySender *ReplySends::start(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                               const ResponseDraftSaveRequest &request)
{
    ReplySender *sender = create(provider, organizationId, conversationId, request);
    startAfterOutbox(sender);
    return sender;
}

ReplySender *ReplySends::resume(InboxProvider *provider, const QString &organizationId,
                                const QString &conversationId, const ResponseDraftSaveRequest &request,
                                const QDateTime &attemptedAt, bool mayPost)
{
    ReplySender *sender = create(provider, organizationId, conversationId, request);
    if (m_outbox)
        m_outbox->remove(organizationId, conversationId); // an older text must not overwrite what was sent
    sender->resume(attemptedAt, mayPost);
    return sender;
}

void ReplySends::startAfterOutbox(ReplySender *sender)
{
    const QString org = sender->organizationId();
    const QString conv = sender->conversationId();
    if (!m_outbox) {
        sender->start();
        return;
    }
    // Saves still waiting are older than this text: they must never land after the send.
    m_outbox->remove(org, conv);
    if (!m_outbox->isSending(org, conv)) {
        sender->start();
        return;
    }
    // One is on the wire already: it cannot be called back, so the POST goes after it.
    const QPointer<ReplySender> weak(sender);
    auto waiting = std::make_shared<QList<QMetaObject::Connection>>();
    const auto check = [this, weak, org, conv, waiting] {
        if (!m_outbox || m_outbox->isSending(org, conv))
            return;
        for (const QMetaObject::Connection &c : std::as_const(*waiting))
            disconnect(c);
        if (!weak || m_senders.value(keyOf(org, conv)) != weak.data())
            return; // dropped or replaced meanwhile
        m_outbox->remove(org, conv); // it may have gone back to the queue (the server was unreachable)
        weak->start();
    };
    *waiting << connect(m_outbox, &Outbox::itemSent, sender, check, Qt::QueuedConnection)
             << connect(m_outbox, &Outbox::itemFailed, sender, check, Qt::QueuedConnection)
             << connect(m_outbox, &Outbox::flushFinished, sender, check, Qt::QueuedConnection);
}

void ReplySends::watchProvider(InboxProvider *provider)
{
    if (!provider)
        return;
    m_providers.removeAll(nullptr);
    for (const QPointer<InboxProvider> &p : std::as_const(m_providers))
        if (p == provider)
            return;
    m_providers << provider;
    // The server answered something: a send that could not be confirmed can be checked now.
    connect(provider, &InboxProvider::callSucceeded, this, [this] { recheckUnconfirmed(true); });
}

ReplySender *ReplySends::active(const QString &organizationId, const QString &conversationId) const
{
    ReplySender *sender = m_senders.value(keyOf(organizationId, conversationId));
    return sender && sender->isActive() ? sender : nullptr;
}

void ReplySends::drop(const QString &organizationId, const QString &conversationId)
{
    if (ReplySender *sender = m_senders.value(keyOf(organizationId, conversationId)))
        retire(sender);
}

void ReplySends::recheckUnconfirmed(bool soon)
{
    const auto senders = m_senders.values();
    for (ReplySender *sender : senders) {
        if (sender->phase() != ReplySender::Phase::Unconfirmed)
            continue;
        if (soon)
            sender->checkSoon();
        else
            sender->checkNow();
    }
}

void ReplySends::connectSender(ReplySender *sender)
{
    connect(sender, &ReplySender::posting, this, [this, sender] {
        // On disk before the request exists: if Repdesk stops now, the next open checks first.
        if (m_journal)
            m_journal->markSendAttempted(sender->organizationId(), sender->conversationId(),
                                         QDateTime::currentDateTimeUtc());
    });
    connect(sender, &ReplySender::progress, this, [this, sender] { Q_EMIT changed(sender); });
    connect(sender, &ReplySender::unconfirmed, this, [this, sender] { Q_EMIT changed(sender); });
    // Queued is not delivered: the text stays until the thread shows the reply.
    connect(sender, &ReplySender::queued, this, [this, sender] { Q_EMIT changed(sender); });
    connect(sender, &ReplySender::delivered, this, [this, sender] {
        forgetJournal(sender->organizationId(), sender->conversationId(), sender->request().bodyHtml);
        // A save still waiting for this conversation is older than the reply that went out.
        if (m_outbox)
            m_outbox->remove(sender->organizationId(), sender->conversationId());
        retire(sender);
        Q_EMIT changed(sender);
    });
    const auto notSent = [this, sender] {
        clearMarker(sender); // known not sent: the reply stays in the journal, and Send may POST it
        retire(sender);
        Q_EMIT changed(sender);
    };
    connect(sender, &ReplySender::failed, this, notSent);
    connect(sender, &ReplySender::notSent, this, notSent);
}

void ReplySends::retire(ReplySender *sender)
{
    const QString key = keyOf(sender->organizationId(), sender->conversationId());
    if (m_senders.value(key) == sender)
        m_senders.remove(key);
    sender->disconnect(this);
    sender->deleteLater();
}

void ReplySends::clearMarker(const ReplySender *sender)
{
    if (m_journal)
        m_journal->clearSendAttempt(sender->organizationId(), sender->conversationId());
}

void ReplySends::forgetJournal(const QString &organizationId, const QString &conversationId, const QString &sentHtml)
{
    if (!m_journal)
        return;
    // Only the text that was sent: anything typed since stays.
    const std::optional<JournalEntry> entry = m_journal->entry(organizationId, conversationId);
    if (entry && entry->html.trimmed() == sentHtml.trimmed())
        m_journal->remove(organizationId, conversationId);
    else if (entry)
        m_journal->clearSendAttempt(organizationId, conversationId);
}

} // namespace repdesk
