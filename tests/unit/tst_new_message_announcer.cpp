// NewMessageAnnouncer: a new conversation is announced with its contact's
// name (or address), waiting a bounded time for the lookup, and never with
// the list's "Loading contact…" placeholder. Driven by the scripted fake
// provider over the real ContactDirectory and ConversationListModel.
#include "ContactDirectory.h"
#include "ConversationListModel.h"
#include "FakeInboxProvider.h"
#include "NewMessageAnnouncer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace repdesk;
using repdesk::test::FakeInboxProvider;

namespace {

const QString kOrg = QStringLiteral("o1");

Conversation conversation(const QString &id, const QString &contactId)
{
    Conversation c;
    c.conversationId = id;
    c.startAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    c.lastActivityAt = c.startAt;
    c.folder = QStringLiteral("inbox");
    c.isRead = false;
    c.contactId = contactId;
    return c;
}

FakeInboxProvider::Answer contact(const QString &id, const QString &name, const QString &email = {},
                                  const QString &phone = {}, int delayMs = 0)
{
    FakeInboxProvider::Answer a = FakeInboxProvider::json({{QStringLiteral("contact_id"), id},
                                                          {QStringLiteral("name"), name},
                                                          {QStringLiteral("email"), email},
                                                          {QStringLiteral("phone_number"), phone}});
    a.delayMs = delayMs;
    return a;
}

// Whole seconds, as the server's dates are: a message sent "at" it compares equal.
QDateTime tenMinutesAgo()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 600, Qt::UTC);
}

// One message of a thread page, as HyperRep lists it.
QJsonObject message(const QString &id, const QString &direction, const QDateTime &sentAt)
{
    return {{QStringLiteral("message_id"), id},
            {QStringLiteral("conversation_id"), QStringLiteral("c1")},
            {QStringLiteral("modality"), QStringLiteral("email")},
            {QStringLiteral("message_direction"), direction},
            {QStringLiteral("content"), QStringLiteral("text")},
            {QStringLiteral("sent_at"), sentAt.isValid() ? QJsonValue(sentAt.toString(Qt::ISODate)) : QJsonValue()}};
}

// The organization's list and contact names, as an OrganizationSession wires them.
struct Inbox
{
    FakeInboxProvider provider;
    ContactDirectory contacts;
    ConversationListModel list;
    NewMessageAnnouncer announcer{&list, &contacts, nullptr};
    QSignalSpy announced{&announcer, &NewMessageAnnouncer::announced};

    Inbox()
    {
        contacts.setSource(&provider, nullptr, kOrg);
        list.setSource(&provider, nullptr, &contacts, kOrg);
        // What a sync did before it reported these conversations as newly unread.
        list.merge({conversation(QStringLiteral("c1"), QStringLiteral("p1")),
                    conversation(QStringLiteral("c2"), QStringLiteral("p2")),
                    conversation(QStringLiteral("c3"), QStringLiteral("p3"))});
    }
    QString who(int i) const { return announced.at(i).at(1).toString(); }
    // The checks of unread conversations with newer activity read their messages here.
    void readMessages() { announcer.setMessageSource(&provider, kOrg); }
    void knowName(const QString &contactId, const QString &name)
    {
        Contact known;
        known.contactId = contactId;
        known.name = name;
        contacts.insert({known});
    }
    QStringList conversationIds(int i) const { return announced.at(i).at(0).toStringList(); }
};

} // namespace

class TestNewMessageAnnouncer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForTheContactsNameThenAnnouncesIt()
    {
        Inbox inbox;
        inbox.provider.script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Ana Lima"),
                                                                   QStringLiteral("ana@example.com"), {}, 50));
        // The list shows its placeholder for this row: the name has not arrived.
        QCOMPARE(inbox.list.index(inbox.list.rowOf(QStringLiteral("c1"))).data().toString(),
                 QStringLiteral("Loading contact…"));
        inbox.announcer.add({QStringLiteral("c1")});
        QVERIFY(inbox.announcer.isWaiting());
        QCOMPARE(inbox.announced.size(), 0);
        QTRY_COMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.conversationIds(0), QStringList{QStringLiteral("c1")});
        QCOMPARE(inbox.who(0), QStringLiteral("Ana Lima"));
        QVERIFY(!inbox.announcer.isWaiting());
        QCOMPARE(inbox.provider.callCount(QStringLiteral("getContact")), 1);
    }

    void aKnownNameIsAnnouncedAtOnce()
    {
        Inbox inbox;
        Contact known;
        known.contactId = QStringLiteral("p2");
        known.name = QStringLiteral("Bruno Díaz");
        inbox.contacts.insert({known});
        inbox.announcer.add({QStringLiteral("c2")});
        QCOMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.who(0), QStringLiteral("Bruno Díaz"));
        QCOMPARE(inbox.provider.callCount(QStringLiteral("getContact")), 0);
    }

    void withoutANameTheAddressIsUsed_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("who");
        QTest::newRow("email") << QStringLiteral("lead@example.com") << QStringLiteral("+15550100")
                               << QStringLiteral("lead@example.com");
        QTest::newRow("phone only") << QString() << QStringLiteral("+15550100") << QStringLiteral("+15550100");
        QTest::newRow("nothing at all") << QString() << QString() << QString();
    }

    void withoutANameTheAddressIsUsed()
    {
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, who);
        Inbox inbox;
        inbox.provider.script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("  "), email, phone));
        inbox.announcer.add({QStringLiteral("c1")});
        QTRY_COMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.who(0), who);
    }

    void anUnknownContactIsAnnouncedWithoutAPlaceholder()
    {
        Inbox inbox;
        inbox.provider.script(QStringLiteral("getContact"), FakeInboxProvider::status(404, QStringLiteral("Not found")));
        inbox.announcer.setWaitMs(60000);
        inbox.announcer.add({QStringLiteral("c1")});
        QCOMPARE(inbox.announced.size(), 0);
        // The 404 ends the wait: no need to sit out the minute.
        QTRY_COMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.who(0), QString());
    }

    void aFailedLookupEndsTheWait()
    {
        Inbox inbox;
        inbox.provider.script(QStringLiteral("getContact"), FakeInboxProvider::network());
        inbox.announcer.setWaitMs(60000);
        inbox.announcer.add({QStringLiteral("c1")});
        QCOMPARE(inbox.announced.size(), 0);
        QTRY_COMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.who(0), QString());
    }

    void theWaitIsBounded()
    {
        Inbox inbox;
        // An answer that would come after a minute; the announcement does not wait for it.
        inbox.provider.script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Late Name"), {}, {}, 60000));
        inbox.announcer.setWaitMs(0);
        inbox.announcer.add({QStringLiteral("c1")});
        QCOMPARE(inbox.announced.size(), 0);
        QTRY_COMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.who(0), QString());
        QVERIFY(!inbox.announcer.isWaiting());
    }

    void aLookupTheListStartedIsShared()
    {
        Inbox inbox;
        inbox.provider.script(QStringLiteral("getContact"), contact(QStringLiteral("p3"), QStringLiteral("Chen Wei"), {}, {}, 50));
        // The list painted the row and asked for its contact before the sync reported it.
        inbox.list.ensureContacts(inbox.list.rowOf(QStringLiteral("c3")), inbox.list.rowOf(QStringLiteral("c3")));
        QVERIFY(inbox.contacts.isPending(QStringLiteral("p3")));
        inbox.announcer.add({QStringLiteral("c3")});
        QTRY_COMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.who(0), QStringLiteral("Chen Wei"));
        QCOMPARE(inbox.provider.callCount(QStringLiteral("getContact")), 1);
    }

    void aNewerAnnouncementDoesNotLoseTheWaitingOne()
    {
        Inbox inbox;
        inbox.provider.script(QStringLiteral("getContact"), contact(QStringLiteral("p1"), QStringLiteral("Ana Lima"), {}, {}, 60000));
        Contact known;
        known.contactId = QStringLiteral("p2");
        known.name = QStringLiteral("Bruno Díaz");
        inbox.contacts.insert({known});
        inbox.announcer.add({QStringLiteral("c1")});
        inbox.announcer.add({QStringLiteral("c2")});
        QCOMPARE(inbox.announced.size(), 2);
        QCOMPARE(inbox.conversationIds(0), QStringList{QStringLiteral("c1")});
        QCOMPARE(inbox.who(0), QString());
        QCOMPARE(inbox.conversationIds(1), QStringList{QStringLiteral("c2")});
        QCOMPARE(inbox.who(1), QStringLiteral("Bruno Díaz"));
    }

    // c1 was unread, its activity moved on (the sync says what it had before): the new activity
    // may be the rep's reply, or HyperRep's own, which is no news.
    void anOutboundMessageInAnUnreadConversationIsNotNews()
    {
        Inbox inbox;
        inbox.readMessages();
        inbox.knowName(QStringLiteral("p1"), QStringLiteral("Ana Lima"));
        const QDateTime before = tenMinutesAgo();
        // Two pages: the customer's messages up to the activity before (the last one is what made
        // it unread, at that very time), then the reply sent since.
        inbox.provider.script(QStringLiteral("listMessages"),
                              FakeInboxProvider::page({message(QStringLiteral("m0"), QStringLiteral("received"),
                                                               before.addSecs(-60)),
                                                       message(QStringLiteral("m1"), QStringLiteral("received"), before)},
                                                      QStringLiteral("next")));
        inbox.provider.script(QStringLiteral("listMessages"),
                              FakeInboxProvider::page({message(QStringLiteral("m2"), QStringLiteral("sent"),
                                                               before.addSecs(300))}));
        inbox.announcer.add({QStringLiteral("c1")}, {{QStringLiteral("c1"), before}});
        QCOMPARE(inbox.announcer.pendingChecks(), 1);
        QTRY_COMPARE(inbox.announcer.pendingChecks(), 0);
        QCOMPARE(inbox.provider.callCount(QStringLiteral("listMessages")), 2);
        QTest::qWait(50);
        QCOMPARE(inbox.announced.size(), 0);
    }

    void aReceivedMessageInAnUnreadConversationIsAnnounced_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<int>("secondsAfter"); // of the message after the activity before; 0: no sent_at
        QTest::newRow("received since") << QStringLiteral("received") << 120;
        QTest::newRow("a direction the client does not know") << QStringLiteral("forwarded") << 120;
        QTest::newRow("no sent_at") << QStringLiteral("received") << 0;
    }

    void aReceivedMessageInAnUnreadConversationIsAnnounced()
    {
        QFETCH(QString, direction);
        QFETCH(int, secondsAfter);
        Inbox inbox;
        inbox.readMessages();
        inbox.knowName(QStringLiteral("p1"), QStringLiteral("Ana Lima"));
        const QDateTime before = tenMinutesAgo();
        inbox.provider.script(
            QStringLiteral("listMessages"),
            FakeInboxProvider::page({message(QStringLiteral("m1"), QStringLiteral("received"), before),
                                     message(QStringLiteral("m2"), QStringLiteral("sent"), before.addSecs(60)),
                                     message(QStringLiteral("m3"), direction,
                                             secondsAfter ? before.addSecs(secondsAfter) : QDateTime())}));
        inbox.announcer.add({QStringLiteral("c1")}, {{QStringLiteral("c1"), before}});
        QCOMPARE(inbox.announced.size(), 0);
        QTRY_COMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.conversationIds(0), QStringList{QStringLiteral("c1")});
        QCOMPARE(inbox.who(0), QStringLiteral("Ana Lima"));
        QCOMPARE(inbox.announcer.pendingChecks(), 0);
    }

    // Announcing once too often beats keeping quiet about a customer's message.
    void aFailedCheckStillAnnounces_data()
    {
        QTest::addColumn<int>("status"); // 0: no server
        QTest::newRow("server error") << 503;
        QTest::newRow("no connection") << 0;
    }

    void aFailedCheckStillAnnounces()
    {
        QFETCH(int, status);
        Inbox inbox;
        inbox.readMessages();
        inbox.knowName(QStringLiteral("p1"), QStringLiteral("Ana Lima"));
        inbox.provider.script(QStringLiteral("listMessages"),
                              status ? FakeInboxProvider::status(status) : FakeInboxProvider::network());
        inbox.announcer.add({QStringLiteral("c1")}, {{QStringLiteral("c1"), QDateTime::currentDateTimeUtc()}});
        QTRY_COMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.who(0), QStringLiteral("Ana Lima"));
    }

    void aConversationReadDuringTheCheckIsNotAnnounced()
    {
        Inbox inbox;
        inbox.readMessages();
        const QDateTime before = tenMinutesAgo();
        FakeInboxProvider::Answer late = FakeInboxProvider::page(
            {message(QStringLiteral("m2"), QStringLiteral("received"), before.addSecs(60))});
        late.delayMs = 100;
        inbox.provider.script(QStringLiteral("listMessages"), late);
        inbox.announcer.add({QStringLiteral("c1")}, {{QStringLiteral("c1"), before}});
        Conversation read = *inbox.list.conversation(inbox.list.rowOf(QStringLiteral("c1")));
        read.isRead = true;
        inbox.list.merge({read});
        QTRY_COMPARE(inbox.announcer.pendingChecks(), 0);
        QTest::qWait(50);
        QCOMPARE(inbox.announced.size(), 0);
    }

    // Newly unread conversations need no check: announced at once, counted together, while the
    // one that was unread already waits for its messages.
    void onlyConversationsUnreadBeforeAreChecked()
    {
        Inbox inbox;
        inbox.readMessages();
        const QDateTime before = tenMinutesAgo();
        inbox.provider.script(QStringLiteral("listMessages"),
                              FakeInboxProvider::page({message(QStringLiteral("m9"), QStringLiteral("received"),
                                                               before.addSecs(30))}));
        inbox.announcer.add({QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")},
                            {{QStringLiteral("c3"), before}});
        QCOMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.conversationIds(0), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
        // Reported again by the next sync while its check runs: one check, one announcement.
        inbox.announcer.add({QStringLiteral("c3")}, {{QStringLiteral("c3"), before}});
        QTRY_COMPARE(inbox.announced.size(), 2);
        QCOMPARE(inbox.conversationIds(1), QStringList{QStringLiteral("c3")});
        QCOMPARE(inbox.provider.callCount(QStringLiteral("listMessages")), 1);
        QTest::qWait(50);
        QCOMPARE(inbox.announced.size(), 2);
    }

    void severalAreCountedAtOnce()
    {
        Inbox inbox;
        inbox.announcer.add({QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")});
        QCOMPARE(inbox.announced.size(), 1);
        QCOMPARE(inbox.conversationIds(0).size(), 3);
        QCOMPARE(inbox.who(0), QString());
        QCOMPARE(inbox.provider.callCount(QStringLiteral("getContact")), 0);
    }
};

QTEST_GUILESS_MAIN(TestNewMessageAnnouncer)
#include "tst_new_message_announcer.moc"
