#include "InboundCheck.h"

#include "InboxProvider.h"
#include "LogCategories.h"
#include "Message.h"
#include "walkPages.h"

namespace repdesk {

InboundCheck::InboundCheck(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                           const QDateTime &since, QObject *parent)
    : QObject(parent), m_conversationId(conversationId)
{
    // The docs leave the order of a thread's messages unsaid (and which date start_date filters
    // on), so every page is read: a thread is short, and only a conversation that stayed unread
    // with newer activity is checked.
    m_walk = walkPages<Message>(
        [provider, organizationId, conversationId](const QString &cursor) {
            return provider->listMessages(organizationId, conversationId, ListQuery{50, cursor, {}, {}});
        },
        [this, since](const Page<Message> &page) {
            for (const Message &m : page.items)
                if (!m.isOutbound() && (!m.sentAt.isValid() || !since.isValid() || m.sentAt > since))
                    m_received = true;
        },
        this);
    connect(m_walk, &PageWalk::finished, this, [this](const ApiError &error) {
        if (error.isError())
            qCInfo(lcSync, "could not read the messages of a conversation with new activity (%s); announcing it",
                   qPrintable(error.message()));
        Q_EMIT finished(m_conversationId, m_received || error.isError());
    });
}

InboundCheck::~InboundCheck()
{
    if (m_walk) {
        m_walk->disconnect(this);
        m_walk->cancel();
    }
}

} // namespace repdesk
