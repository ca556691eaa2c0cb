#include "NewMessageAnnouncer.h"

#include "AccountSession.h"
#include "ContactDirectory.h"
#include "ConversationListModel.h"
#include "InboundCheck.h"
#include "LogCategories.h"
#include "OrganizationSession.h"

#include <algorithm>
#include <utility>

namespace repdesk {

NewMessageAnnouncer::NewMessageAnnouncer(OrganizationSession *organization)
    : NewMessageAnnouncer(organization->conversations(), organization->contacts(), organization)
{
    setMessageSource(organization->account()->provider(), organization->organizationId());
    connect(organization, &OrganizationSession::newUnread, this, &NewMessageAnnouncer::add);
}

NewMessageAnnouncer::NewMessageAnnouncer(ConversationListModel *conversations, ContactDirectory *contacts,
                                         QObject *parent)
    : QObject(parent), m_conversations(conversations), m_contacts(contacts)
{
    m_wait.setSingleShot(true);
    m_wait.setInterval(kDefaultWaitMs);
    connect(&m_wait, &QTimer::timeout, this, &NewMessageAnnouncer::announceWaiting);
    connect(contacts, &ContactDirectory::contactsChanged, this, &NewMessageAnnouncer::onContactsChanged);
    connect(contacts, &ContactDirectory::lookupFailed, this, &NewMessageAnnouncer::onLookupFailed);
}

void NewMessageAnnouncer::setMessageSource(InboxProvider *provider, const QString &organizationId)
{
    m_provider = provider;
    m_org = organizationId;
}

int NewMessageAnnouncer::pendingChecks() const
{
    return int(findChildren<InboundCheck *>(QString(), Qt::FindDirectChildrenOnly).size());
}

void NewMessageAnnouncer::add(const QStringList &conversationIds, const QHash<QString, QDateTime> &activityBefore)
{
    QStringList ids; // announced now; the rest once their messages are read
    const auto checks = findChildren<InboundCheck *>(QString(), Qt::FindDirectChildrenOnly);
    for (const QString &id : conversationIds) {
        const auto before = activityBefore.constFind(id);
        if (!m_provider || before == activityBefore.cend()) {
            ids << id;
            continue;
        }
        // One check per conversation: a second sync reporting it again while its first check
        // runs is the same news (the first check reads every message).
        if (std::any_of(checks.cbegin(), checks.cend(), [&id](const InboundCheck *c) { return c->conversationId() == id; }))
            continue;
        auto *check = new InboundCheck(m_provider, m_org, id, *before, this);
        connect(check, &InboundCheck::finished, this, &NewMessageAnnouncer::onChecked);
    }
    if (ids.isEmpty())
        return;
    announceWaiting();
    if (ids.size() > 1) {
        Q_EMIT announced(ids, QString());
        return;
    }
    const QString &id = ids.first();
    const Conversation *row = m_conversations->conversation(m_conversations->rowOf(id));
    const QString contactId = row ? row->contactId : QString();
    // Nothing to wait for: the name is here, or no answer can bring one.
    if (contactId.isEmpty() || m_contacts->contact(contactId) || m_contacts->isUnknown(contactId)) {
        announceOne(id, contactId);
        return;
    }
    // De-duplicated by the directory: a lookup the list started already is not repeated.
    m_contacts->request({contactId});
    if (!m_contacts->isPending(contactId)) {
        announceOne(id, contactId); // no source to ask (or it answered at once)
        return;
    }
    m_waitingConversation = id;
    m_waitingContact = contactId;
    m_wait.start();
}

void NewMessageAnnouncer::onChecked(const QString &conversationId, bool received)
{
    QObject *check = sender();
    check->setParent(nullptr); // no longer pending
    check->deleteLater();
    // Gone from the list meanwhile, or read: not news any more.
    const Conversation *row = m_conversations->conversation(m_conversations->rowOf(conversationId));
    if (received && row && row->isUnread())
        add({conversationId});
    else if (!received)
        qCDebug(lcSync, "an unread conversation's newer activity is outbound only: not announced");
}

void NewMessageAnnouncer::onContactsChanged(const QSet<QString> &contactIds)
{
    if (isWaiting() && contactIds.contains(m_waitingContact))
        announceWaiting();
}

void NewMessageAnnouncer::onLookupFailed(const QString &contactId)
{
    if (isWaiting() && contactId == m_waitingContact)
        announceWaiting();
}

void NewMessageAnnouncer::announceWaiting()
{
    if (!isWaiting())
        return;
    m_wait.stop();
    const QString conversationId = std::exchange(m_waitingConversation, QString());
    const QString contactId = std::exchange(m_waitingContact, QString());
    announceOne(conversationId, contactId);
}

void NewMessageAnnouncer::announceOne(const QString &conversationId, const QString &contactId)
{
    // The name, else the email, else the phone; empty when none is known.
    Q_EMIT announced({conversationId}, contactId.isEmpty() ? QString() : m_contacts->displayName(contactId));
}

} // namespace repdesk
