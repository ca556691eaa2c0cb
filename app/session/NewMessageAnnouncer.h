#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace repdesk {

class ContactDirectory;
class ConversationListModel;
class InboxProvider;
class OrganizationSession;

// Decides when, and naming whom, the conversations a sync made unread are
// announced ("New message from Ana Lima" in the status bar and the desktop
// notification; the window words it). A conversation new to the list usually has a contact the
// directory has not fetched yet (the list asks only for the rows it paints),
// so announcing at once would name nobody ("Loading contact…"). Instead it
// asks for that contact and waits, at most waitMs(), for the answer: the
// name, else the contact's email or phone; when none comes (the contact is
// unknown, the lookup failed or took too long) the announcement names no one
// rather than a placeholder.
// A conversation that was unread already and has newer activity is announced
// only once its messages show one received since then (InboundCheck): the
// activity may be an outbound message alone (a reply sent without reading,
// or one HyperRep sent on its own), which is no news.
class NewMessageAnnouncer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultWaitMs = 4000;

    // Listens to the organization's newUnread; lives as long as the organization session.
    explicit NewMessageAnnouncer(OrganizationSession *organization);
    // The parts alone (tests, or a session that reports new unread rows some other way).
    NewMessageAnnouncer(ConversationListModel *conversations, ContactDirectory *contacts, QObject *parent);

    // Where the messages of an unread conversation with newer activity are read; without one
    // (tests of the parts) such a conversation is announced like any other.
    void setMessageSource(InboxProvider *provider, const QString &organizationId);
    void setWaitMs(int ms) { m_wait.setInterval(qMax(0, ms)); }
    int waitMs() const { return m_wait.interval(); }

    // Conversations that became unread. An announcement still waiting for its
    // contact goes out first, as it stands, so none is lost or reordered.
    // `activityBefore`: of those that were unread already, the activity they had then; they are
    // announced, one by one, once their messages show one received since (InboundCheck).
    void add(const QStringList &conversationIds, const QHash<QString, QDateTime> &activityBefore = {});
    // Checks of unread conversations' messages still under way.
    int pendingChecks() const;
    bool isWaiting() const { return !m_waitingConversation.isEmpty(); }
    // Announces the waiting conversation now, with what is known of its contact.
    void announceWaiting();

Q_SIGNALS:
    // One conversation, or several at once (then `who` is empty: a count says more than one name).
    // `who`: the contact's name, else email, else phone; empty when none is known.
    void announced(const QStringList &conversationIds, const QString &who);

private:
    void onChecked(const QString &conversationId, bool received);
    void onContactsChanged(const QSet<QString> &contactIds);
    void onLookupFailed(const QString &contactId);
    void announceOne(const QString &conversationId, const QString &contactId);

    ConversationListModel *m_conversations;
    ContactDirectory *m_contacts;
    InboxProvider *m_provider = nullptr;
    QString m_org;
    QTimer m_wait;
    QString m_waitingConversation;
    QString m_waitingContact;
};

} // namespace repdesk
