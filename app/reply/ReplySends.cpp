#include "ReplySends.h"

#include "DraftJournal.h"
#include "ReplySender.h"

namespace repdesk {

namespace {
QString keyOf(const QString &org, const QString &conversationId)
{
    return org + QChar(0x1f) + conversationId;
}
} // namespace

ReplySends::ReplySends(DraftJournal *journal, QObject *parent) : QObject(parent), m_journal(journal) {}

ReplySender *ReplySends::start(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                               const ResponseDraftSaveRequest &request, int baseDelayMs)
{
    if (ReplySender *old = m_senders.take(keyOf(organizationId, conversationId)))
        retire(old);
    auto *sender = new ReplySender(provider, organizationId, conversationId, request, this);
    sender->setBaseDelayMs(baseDelayMs);
    m_senders.insert(keyOf(organizationId, conversationId), sender);
    connectSender(sender);
    sender->start();
    return sender;
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
    connect(sender, &ReplySender::progress, this, [this, sender] { Q_EMIT changed(sender); });
    connect(sender, &ReplySender::unconfirmed, this, [this, sender] { Q_EMIT changed(sender); });
    connect(sender, &ReplySender::queued, this, [this, sender] {
        forgetJournal(sender->organizationId(), sender->conversationId(), sender->request().bodyHtml);
        Q_EMIT changed(sender);
    });
    connect(sender, &ReplySender::delivered, this, [this, sender] {
        forgetJournal(sender->organizationId(), sender->conversationId(), sender->request().bodyHtml);
        retire(sender);
        Q_EMIT changed(sender);
    });
    connect(sender, &ReplySender::failed, this, [this, sender] {
        retire(sender); // not sent: the reply stays in the journal
        Q_EMIT changed(sender);
    });
}

void ReplySends::retire(ReplySender *sender)
{
    const QString key = keyOf(sender->organizationId(), sender->conversationId());
    if (m_senders.value(key) == sender)
        m_senders.remove(key);
    sender->disconnect(this);
    sender->deleteLater();
}

void ReplySends::forgetJournal(const QString &organizationId, const QString &conversationId, const QString &sentHtml)
{
    if (!m_journal)
        return;
    // Only the text that was sent: anything typed since stays.
    const std::optional<JournalEntry> entry = m_journal->entry(organizationId, conversationId);
    if (entry && entry->html.trimmed() == sentHtml.trimmed())
        m_journal->remove(organizationId, conversationId);
}

} // namespace repdesk
