#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace repdesk {

class ContactDirectory;
class ConversationListModel;
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
class NewMessageAnnouncer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultWaitMs = 4000;

    // Listens to the organization's newUnread; lives as long as the organization session.
    explicit NewMessageAnnouncer(OrganizationSession *organization);
    // The parts alone (tests, or a session that reports new unread rows some other way).
    NewMessageAnnouncer(ConversationListModel *conversations, ContactDirectory *contacts, QObject *parent);

    void setWaitMs(int ms) { m_wait.setInterval(qMax(0, ms)); }
    int waitMs() const { return m_wait.interval(); }

    // Conversations that became unread. An announcement still waiting for its
    // contact goes out first, as it stands, so none is lost or reordered.
    void add(const QStringList &conversationIds);
    bool isWaiting() const { return !m_waitingConversation.isEmpty(); }
    // Announces the waiting conversation now, with what is known of its contact.
    void announceWaiting();

Q_SIGNALS:
    // One conversation, or several at once (then `who` is empty: a count says more than one name).
    // `who`: the contact's name, else email, else phone; empty when none is known.
    void announced(const QStringList &conversationIds, const QString &who);

private:
    void onContactsChanged(const QSet<QString> &contactIds);
    void onLookupFailed(const QString &contactId);
    void announceOne(const QString &conversationId, const QString &contactId);

    ConversationListModel *m_conversations;
    ContactDirectory *m_contacts;
    QTimer m_wait;
    QString m_waitingConversation;
    QString m_waitingContact;
};

} // namespace repdesk
