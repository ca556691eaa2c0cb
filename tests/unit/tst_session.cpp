// The session core without any widget: AccountSession and OrganizationSession
// driven by the scripted FakeInboxProvider. What a window would show is read
// from the sessions' models and signals.
#include "AccountSession.h"
#include "Cache.h"
#include "ConversationListModel.h"
#include "DraftJournal.h"
#include "FakeInboxProvider.h"
#include "MessageThreadModel.h"
#include "OrganizationSession.h"
#include "Outbox.h"
#include "OutboxItem.h"
#include "Poller.h"
#include "ReplyController.h"
#include "SettingsKeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace repdesk;
using repdesk::test::FakeInboxProvider;

namespace {

QJsonObject org(const QString &id, const QString &name)
{
    return {{QStringLiteral("organization_id"), id}, {QStringLiteral("name"), name}};
}

FakeInboxProvider::Answer orgs(const QJsonArray &items)
{
    return FakeInboxProvider::json({{QStringLiteral("data"), items}});
}

QJsonObject conversation(const QString &id, int minutesAgo, bool read = true)
{
    const QString when = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo).toString(Qt::ISODate);
    return {{QStringLiteral("conversation_id"), id},
            {QStringLiteral("start_at"), when},
            {QStringLiteral("last_activity_at"), when},
            {QStringLiteral("folder"), QStringLiteral("inbox")},
            {QStringLiteral("is_read"), read},
            {QStringLiteral("contact_id"), QStringLiteral("contact-") + id}};
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    AccountSession::Identity identity(const QString &storage = QStringLiteral("acct"))
    {
        AccountSession::Identity id;
        id.label = QStringLiteral("Test");
        id.server = QUrl(QStringLiteral("https://example.invalid"));
        id.storageId = storage;
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Poller::allowShortIntervalsForTests(true);
        qRegisterMetaType<OrganizationSession *>();
    }

    void init() { QSettings().clear(); }

    void opensFirstOrganizationAndPaintsItsConversations()
    {
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"),
                    orgs({org(QStringLiteral("o1"), QStringLiteral("Acme")), org(QStringLiteral("o2"), QStringLiteral("Beta"))}));
        fake.setDefault(QStringLiteral("listConversations"),
                        FakeInboxProvider::page({conversation(QStringLiteral("c1"), 5), conversation(QStringLiteral("c2"), 10)}));
        AccountSession session(&fake, identity(QStringLiteral("first")), m_dir.path());
        QSignalSpy changed(&session, &AccountSession::organizationChanged);
        session.start();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(session.organization()->organizationId(), QStringLiteral("o1"));
        QCOMPARE(session.organizationName(QStringLiteral("o2")), QStringLiteral("Beta"));
        QTRY_COMPARE(session.organization()->conversations()->itemRowCount(), 2);
        QCOMPARE(session.organization()->conversations()->conversation(0)->conversationId, QStringLiteral("c1"));
        QVERIFY(session.isOnline());
        QVERIFY(!session.isRefused());
    }

    void secondStartPaintsFromCacheBeforeTheServerAnswers()
    {
        {
            FakeInboxProvider fake;
            fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"), QStringLiteral("Acme"))}));
            fake.setDefault(QStringLiteral("listConversations"),
                            FakeInboxProvider::page({conversation(QStringLiteral("c1"), 5)}));
            AccountSession session(&fake, identity(QStringLiteral("cached")), m_dir.path());
            session.start();
            QTRY_COMPARE(session.organization() ? session.organization()->conversations()->itemRowCount() : 0, 1);
        }
        FakeInboxProvider slow;
        FakeInboxProvider::Answer late = orgs({org(QStringLiteral("o1"), QStringLiteral("Acme"))});
        late.delayMs = 5000;
        slow.script(QStringLiteral("listOrganizations"), late);
        AccountSession session(&slow, identity(QStringLiteral("cached")), m_dir.path());
        session.start();
        // Synchronously, from disk: the organization and its rows, with no answer yet.
        QVERIFY(session.organization());
        QCOMPARE(session.organization()->conversations()->itemRowCount(), 1);
        QVERIFY(!session.organizationsLoaded());
    }

    void remembersTheLastOrganizationPerAccount()
    {
        const QJsonArray two{org(QStringLiteral("o1"), QStringLiteral("Acme")), org(QStringLiteral("o2"), QStringLiteral("Beta"))};
        {
            FakeInboxProvider fake;
            fake.script(QStringLiteral("listOrganizations"), orgs(two));
            AccountSession session(&fake, identity(QStringLiteral("remember")), m_dir.path());
            session.start();
            QTRY_VERIFY(session.organization());
            session.openOrganization(QStringLiteral("o2"));
            QCOMPARE(session.organization()->organizationId(), QStringLiteral("o2"));
        }
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs(two));
        AccountSession session(&fake, identity(QStringLiteral("remember")), m_dir.path());
        session.start();
        QTRY_VERIFY(session.organization());
        QCOMPARE(session.organization()->organizationId(), QStringLiteral("o2"));
        // Another account on the same machine does not inherit it.
        FakeInboxProvider other;
        other.script(QStringLiteral("listOrganizations"), orgs(two));
        AccountSession second(&other, identity(QStringLiteral("someone-else")), m_dir.path());
        second.start();
        QTRY_VERIFY(second.organization());
        QCOMPARE(second.organization()->organizationId(), QStringLiteral("o1"));
    }

    void switchingOrganizationsDropsTheOldSessionsLatePages()
    {
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"),
                    orgs({org(QStringLiteral("o1"), QStringLiteral("Acme")), org(QStringLiteral("o2"), QStringLiteral("Beta"))}));
        FakeInboxProvider::Answer slowPage = FakeInboxProvider::page({conversation(QStringLiteral("old"), 1)});
        slowPage.delayMs = 300;
        fake.script(QStringLiteral("listConversations"), slowPage);
        fake.script(QStringLiteral("listConversations"), FakeInboxProvider::page({conversation(QStringLiteral("new"), 1)}));
        AccountSession session(&fake, identity(QStringLiteral("switch")), m_dir.path());
        session.start();
        QTRY_VERIFY(session.organization());
        QTRY_COMPARE(fake.callCount(QStringLiteral("listConversations")), 1); // the slow page is on its way
        QPointer<OrganizationSession> first = session.organization();
        session.openOrganization(QStringLiteral("o2"));
        QVERIFY(first.isNull()); // replaced, not reused
        ConversationListModel *list = session.organization()->conversations();
        QTRY_COMPARE(list->itemRowCount(), 1);
        QTest::qWait(400); // the first organization's slow page arrives now, and must go nowhere
        QCOMPARE(list->itemRowCount(), 1);
        QCOMPARE(list->conversation(0)->conversationId, QStringLiteral("new"));
    }

    void networkErrorsMakeItOfflineAndSuccessFlushesTheOutbox()
    {
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), FakeInboxProvider::network());
        AccountSession session(&fake, identity(QStringLiteral("offline")), m_dir.path());
        QSignalSpy online(&session, &AccountSession::onlineChanged);
        QSignalSpy failed(&session, &AccountSession::organizationsFailed);
        session.start();
        QTRY_COMPARE(online.size(), 1);
        QCOMPARE(online.last().first().toBool(), false);
        QVERIFY(!session.isOnline());
        QCOMPARE(failed.size(), 1);
        QVERIFY(!session.organization());

        // A save made while offline waits in the outbox; the next successful call sends it.
        OutboxItem item;
        item.kind = OutboxItem::Kind::SaveResponseDraft;
        item.organizationId = QStringLiteral("o1");
        item.key = QStringLiteral("c1");
        item.body = QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>hi</p>")}};
        session.outbox()->enqueue(item);
        QCOMPARE(session.outbox()->count(), 1);
        fake.script(QStringLiteral("saveResponseDraft"),
                    FakeInboxProvider::json({{QStringLiteral("response_id"), QStringLiteral("r1")},
                                             {QStringLiteral("conversation_id"), QStringLiteral("c1")},
                                             {QStringLiteral("scheduled_to_send"), false}}));
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"), QStringLiteral("Acme"))}));
        session.refreshOrganizations();
        QTRY_VERIFY(session.isOnline());
        QTRY_COMPARE(session.outbox()->count(), 0);
        QCOMPARE(fake.callCount(QStringLiteral("saveResponseDraft")), 1);
        QTRY_VERIFY(session.organization());
    }

    void aFailedFirstListingIsAskedAgainSoonByItself()
    {
        // A cold cache and a failed listing of organizations: nothing to show and no poll to
        // bring it back. The account asks again by itself within seconds (2 s, with jitter), not
        // after the poll interval (60 s here, the default).
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), FakeInboxProvider::network());
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"), QStringLiteral("Acme"))}));
        AccountSession session(&fake, identity(QStringLiteral("asked-again")), m_dir.path());
        QSignalSpy failed(&session, &AccountSession::organizationsFailed);
        QElapsedTimer clock;
        clock.start();
        session.start();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!session.organization());
        QTRY_VERIFY_WITH_TIMEOUT(session.organization(), 5000);
        QVERIFY2(clock.elapsed() >= 1400, "not before the first retry delay");
        QCOMPARE(fake.callCount(QStringLiteral("listOrganizations")), 2);
        QVERIFY(session.isOnline());
    }

    void refusedKeySuspendsViewsAndKeepsTheJournal()
    {
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"), QStringLiteral("Acme"))}));
        fake.script(QStringLiteral("listConversations"),
                    FakeInboxProvider::page({conversation(QStringLiteral("c1"), 5), conversation(QStringLiteral("c2"), 9)}));
        AccountSession session(&fake, identity(QStringLiteral("refused")), m_dir.path());
        session.start();
        QTRY_VERIFY(session.organization());
        OrganizationSession *orgSession = session.organization();
        QTRY_COMPARE(orgSession->conversations()->itemRowCount(), 2);
        orgSession->openConversation(QStringLiteral("c1"));
        QTRY_VERIFY(orgSession->reply()->status() != ReplyController::Status::Loading);
        orgSession->reply()->edit(QStringLiteral("<p>Half-written reply</p>"), {}, {}, false);

        QSignalSpy refused(&session, &AccountSession::refused);
        fake.setDefault(QStringLiteral("listConversations"), FakeInboxProvider::status(403, QStringLiteral("API Key has expired")));
        orgSession->refresh(); // the poll now meets the 403
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(session.isRefused());
        QVERIFY(refused.first().first().toString().contains(QLatin1String("expired"), Qt::CaseInsensitive));
        QVERIFY(orgSession->isSuspended());
        QCOMPARE(orgSession->conversations()->itemRowCount(), 0);
        QVERIFY(orgSession->openConversationId().isEmpty());
        QCOMPARE(orgSession->poller()->state(), Poller::State::Stopped);
        // The text typed before the key was refused is still in the journal.
        const auto entry = session.journal()->entry(QStringLiteral("o1"), QStringLiteral("c1"));
        QVERIFY(entry);
        QVERIFY(entry->html.contains(QLatin1String("Half-written")));
        QVERIFY(!entry->savedToServer);
        // And nothing refetches the rows behind the user's back.
        const int before = fake.callCount(QStringLiteral("listConversations"));
        orgSession->refresh();
        QTest::qWait(50);
        QCOMPARE(fake.callCount(QStringLiteral("listConversations")), before);
    }

    void openingAConversationLoadsThreadAndReply()
    {
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"), QStringLiteral("Acme"))}));
        fake.setDefault(QStringLiteral("listConversations"), FakeInboxProvider::page({conversation(QStringLiteral("c1"), 5)}));
        fake.script(QStringLiteral("listMessages"),
                    FakeInboxProvider::page({QJsonObject{{QStringLiteral("message_id"), QStringLiteral("m1")},
                                                         {QStringLiteral("conversation_id"), QStringLiteral("c1")},
                                                         {QStringLiteral("modality"), QStringLiteral("email")},
                                                         {QStringLiteral("direction"), QStringLiteral("inbound")},
                                                         {QStringLiteral("content"), QStringLiteral("<p>Hello</p>")}}}));
        AccountSession session(&fake, identity(QStringLiteral("open")), m_dir.path());
        session.start();
        QTRY_VERIFY(session.organization());
        OrganizationSession *o = session.organization();
        QTRY_COMPARE(o->conversations()->itemRowCount(), 1);
        QSignalSpy content(o, &OrganizationSession::threadContentChanged);
        QVERIFY(!o->openConversation(QString()));
        QVERIFY(o->openConversation(QStringLiteral("c1")));
        QTRY_VERIFY(!content.isEmpty());
        QTRY_COMPARE(o->threadContent().messages.size(), 1);
        QCOMPARE(o->threadContent().conversation.conversationId, QStringLiteral("c1"));
        QCOMPARE(fake.callCount(QStringLiteral("listResponseDrafts")), 1);
        QCOMPARE(o->reply()->conversationId(), QStringLiteral("c1"));
    }

    void sessionsOfTwoStorageIdsShareNothing()
    {
        {
            FakeInboxProvider fake;
            fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("tenant-a"), QStringLiteral("Tenant A"))}));
            fake.setDefault(QStringLiteral("listConversations"), FakeInboxProvider::page({conversation(QStringLiteral("a1"), 5)}));
            AccountSession a(&fake, identity(QStringLiteral("tenant-a-id")), m_dir.path());
            a.start();
            QTRY_COMPARE(a.organization() ? a.organization()->conversations()->itemRowCount() : 0, 1);
        }
        FakeInboxProvider never;
        FakeInboxProvider::Answer late = orgs({});
        late.delayMs = 5000;
        never.script(QStringLiteral("listOrganizations"), late);
        AccountSession b(&never, identity(QStringLiteral("tenant-b-id")), m_dir.path());
        b.start();
        QVERIFY(b.organizations().isEmpty());
        QVERIFY(!b.organization());
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("repdesk-session-test"));
    TestSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_session.moc"
