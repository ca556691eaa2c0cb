// The status bar's "Syncing…" comes from OrganizationSession::status() and is
// re-read on every statusChanged. It tells the truth only if every change of
// status().syncing is followed by a statusChanged: these tests drive each way
// a sync or a page load can start and end (success, error, cancel, a second
// sync while one runs, the poller, F5, a refused key, another organization)
// and check both the state and what a window that listens would show.
#include "AccountSession.h"
#include "ConversationListModel.h"
#include "FakeInboxProvider.h"
#include "InboxSync.h"
#include "OrganizationSession.h"
#include "Poller.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace repdesk;
using repdesk::test::FakeInboxProvider;

namespace {

QJsonObject org(const QString &id)
{
    return {{QStringLiteral("organization_id"), id}, {QStringLiteral("name"), id.toUpper()}};
}

FakeInboxProvider::Answer orgs(const QJsonArray &items)
{
    return FakeInboxProvider::json({{QStringLiteral("data"), items}});
}

QJsonObject conversation(const QString &id, int minutesAgo)
{
    const QString when = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo).toString(Qt::ISODate);
    return {{QStringLiteral("conversation_id"), id},
            {QStringLiteral("start_at"), when},
            {QStringLiteral("last_activity_at"), when},
            {QStringLiteral("folder"), QStringLiteral("inbox")},
            {QStringLiteral("is_read"), true},
            {QStringLiteral("contact_id"), QStringLiteral("contact-") + id}};
}

FakeInboxProvider::Answer delayed(FakeInboxProvider::Answer answer, int ms)
{
    answer.delayMs = ms;
    return answer;
}

// What a window connected to statusChanged shows: the status read at the last signal.
class StatusWatcher : public QObject
{
public:
    explicit StatusWatcher(OrganizationSession *organization) : m_organization(organization)
    {
        connect(organization, &OrganizationSession::statusChanged, this, [this] {
            m_shown = m_organization->status();
            ++m_signals;
        });
        m_shown = organization->status();
    }
    bool showsSyncing() const { return m_shown.syncing; }
    int signalCount() const { return m_signals; }

private:
    QPointer<OrganizationSession> m_organization;
    OrganizationSession::Status m_shown;
    int m_signals = 0;
};

} // namespace

class TestSyncStatus : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_account = 0;

    AccountSession::Identity identity()
    {
        AccountSession::Identity id;
        id.label = QStringLiteral("Test");
        id.server = QUrl(QStringLiteral("https://example.invalid"));
        id.storageId = QStringLiteral("status-%1").arg(++m_account);
        return id;
    }

    // An account whose cache already holds the organization's conversations and a
    // sync point, so that start() syncs at once (a full walk) as on every later start.
    AccountSession::Identity warmAccount()
    {
        const AccountSession::Identity id = identity();
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"))}));
        fake.setDefault(QStringLiteral("listConversations"),
                        FakeInboxProvider::page({conversation(QStringLiteral("c1"), 5), conversation(QStringLiteral("c2"), 9)}));
        AccountSession session(&fake, id, m_dir.path());
        session.start();
        [&] {
            QTRY_VERIFY(session.organization() && session.organization()->status().lastSync.isValid()
                        && !session.organization()->status().syncing);
        }();
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Poller::allowShortIntervalsForTests(true);
    }

    void init() { QSettings().clear(); }

    void aFinishedSyncIsShownAsFinished()
    {
        const auto id = warmAccount();
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"))}));
        fake.setDefault(QStringLiteral("listConversations"),
                        FakeInboxProvider::page({conversation(QStringLiteral("c1"), 1), conversation(QStringLiteral("c2"), 9)}));
        AccountSession session(&fake, id, m_dir.path());
        session.start();
        OrganizationSession *o = session.organization();
        QVERIFY(o);
        StatusWatcher watcher(o);
        QVERIFY(o->sync()->isRunning());
        QVERIFY(watcher.showsSyncing());
        QSignalSpy finished(o->sync(), &InboxSync::finished);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!o->status().syncing);
        QVERIFY(!watcher.showsSyncing());
    }

    void aFailedSyncIsShownAsFinished_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("network") << 0;
        QTest::newRow("server") << 500;
        QTest::newRow("rate limited") << 429;
        QTest::newRow("not found") << 404;
    }

    void aFailedSyncIsShownAsFinished()
    {
        QFETCH(int, status);
        const auto id = warmAccount();
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"))}));
        fake.setDefault(QStringLiteral("listConversations"),
                        status == 0 ? FakeInboxProvider::network() : FakeInboxProvider::status(status, QStringLiteral("no")));
        AccountSession session(&fake, id, m_dir.path());
        session.start();
        OrganizationSession *o = session.organization();
        StatusWatcher watcher(o);
        QVERIFY(watcher.showsSyncing());
        QSignalSpy finished(o->sync(), &InboxSync::finished);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!o->status().syncing);
        QVERIFY(!watcher.showsSyncing());
    }

    void aSecondSyncWhileOneRunsEndsWithIt()
    {
        const auto id = warmAccount();
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"))}));
        fake.script(QStringLiteral("listConversations"),
                    delayed(FakeInboxProvider::page({conversation(QStringLiteral("c1"), 1)}), 100));
        AccountSession session(&fake, id, m_dir.path());
        session.start();
        OrganizationSession *o = session.organization();
        StatusWatcher watcher(o);
        QSignalSpy finished(o->sync(), &InboxSync::finished);
        // The review queue and F5 both ask while the first walk is on its way.
        o->sync()->syncNow();
        o->refresh();
        QTRY_VERIFY(finished.size() >= 1);
        QTRY_VERIFY(!o->status().syncing);
        QVERIFY(!watcher.showsSyncing());
    }

    void aPollerSyncIsShownAsFinished()
    {
        const auto id = warmAccount();
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"))}));
        fake.setDefault(QStringLiteral("listConversations"), FakeInboxProvider::page({conversation(QStringLiteral("c1"), 1)}));
        AccountSession session(&fake, id, m_dir.path());
        session.start();
        OrganizationSession *o = session.organization();
        StatusWatcher watcher(o);
        QSignalSpy finished(o->sync(), &InboxSync::finished);
        QTRY_COMPARE(finished.size(), 1);
        o->poller()->setIntervalMs(10);
        QTRY_VERIFY(finished.size() >= 3);
        o->poller()->stop();
        QTRY_VERIFY(!o->status().syncing);
        QVERIFY(!watcher.showsSyncing());
    }

    void aRefusedKeyDuringASyncIsNotShownSyncing()
    {
        const auto id = warmAccount();
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"))}));
        fake.script(QStringLiteral("listConversations"), delayed(FakeInboxProvider::page({conversation(QStringLiteral("c1"), 1)}), 100));
        AccountSession session(&fake, id, m_dir.path());
        session.start();
        OrganizationSession *o = session.organization();
        StatusWatcher watcher(o);
        o->suspend();
        QTRY_VERIFY(!o->status().syncing);
        QVERIFY(!watcher.showsSyncing());
        QTest::qWait(150);
        QVERIFY(!o->status().syncing);
        QVERIFY(!watcher.showsSyncing());
    }

    void anotherOrganizationStartsWithItsOwnState()
    {
        const auto id = warmAccount();
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1")), org(QStringLiteral("o2"))}));
        fake.script(QStringLiteral("listConversations"), delayed(FakeInboxProvider::page({conversation(QStringLiteral("c1"), 1)}), 100));
        fake.setDefault(QStringLiteral("listConversations"), FakeInboxProvider::page({conversation(QStringLiteral("d1"), 1)}));
        AccountSession session(&fake, id, m_dir.path());
        session.start();
        QVERIFY(session.organization()->sync()->isRunning());
        session.openOrganization(QStringLiteral("o2"));
        OrganizationSession *o = session.organization();
        StatusWatcher watcher(o);
        QTRY_COMPARE(o->conversations()->itemRowCount(), 1);
        QTRY_VERIFY(!o->status().syncing);
        QVERIFY(!watcher.showsSyncing());
    }

    void aDateFilterDuringTheFirstPageEndsLoading()
    {
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"))}));
        fake.script(QStringLiteral("listConversations"), delayed(FakeInboxProvider::page({conversation(QStringLiteral("c1"), 1)}), 100));
        fake.setDefault(QStringLiteral("listConversations"), FakeInboxProvider::page({conversation(QStringLiteral("c2"), 1)}));
        AccountSession session(&fake, identity(), m_dir.path());
        session.start();
        QTRY_VERIFY(session.organization());
        OrganizationSession *o = session.organization();
        StatusWatcher watcher(o);
        QTRY_VERIFY(o->status().syncing);
        o->setDatePreset(OrganizationSession::DatePreset::Last7Days);
        o->setDatePreset(OrganizationSession::DatePreset::AnyTime);
        QTest::qWait(200);
        QTRY_VERIFY(!o->status().syncing);
        QVERIFY(!watcher.showsSyncing());
    }

    void pagingTheListIsNotASync()
    {
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"))}));
        fake.script(QStringLiteral("listConversations"),
                    FakeInboxProvider::page({conversation(QStringLiteral("c1"), 1)}, QStringLiteral("page-2")));
        fake.script(QStringLiteral("listConversations"),
                    delayed(FakeInboxProvider::page({conversation(QStringLiteral("c2"), 90)}), 200));
        AccountSession session(&fake, identity(), m_dir.path());
        session.start();
        QTRY_VERIFY(session.organization());
        OrganizationSession *o = session.organization();
        // The first page of a fresh cache is the first sync.
        QTRY_VERIFY(o->status().lastSync.isValid());
        QVERIFY(!o->status().syncing);
        StatusWatcher watcher(o);
        // A scroll to the end asks for the next page: the list loads, nothing syncs.
        QVERIFY(o->conversations()->canFetchMore({}));
        o->conversations()->fetchMore({});
        QCOMPARE(o->conversations()->fetchState(), PagedListModel::FetchState::Loading);
        QVERIFY(!o->status().syncing);
        QTRY_COMPARE(fake.callCount(QStringLiteral("listConversations")), 2);
        QVERIFY(!o->status().syncing);
        QVERIFY(watcher.signalCount() > 0);
        QVERIFY(!watcher.showsSyncing());
        QTRY_COMPARE(o->conversations()->itemRowCount(), 2);
    }

    void aCompletedFullWalkEndsTheListsPaging()
    {
        const auto id = warmAccount();
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"))}));
        fake.setDefault(QStringLiteral("listConversations"),
                        FakeInboxProvider::page({conversation(QStringLiteral("c1"), 1), conversation(QStringLiteral("c2"), 9)}));
        AccountSession session(&fake, id, m_dir.path());
        session.start();
        OrganizationSession *o = session.organization();
        // Painted from the cache, the list would page from the top until the walk ends.
        QVERIFY(o->conversations()->canFetchMore({}));
        QSignalSpy finished(o->sync(), &InboxSync::finished);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().first().value<ApiError>().isError());
        // The walk listed every conversation: a short folder or a search asks the server for nothing more.
        QCOMPARE(o->conversations()->fetchState(), PagedListModel::FetchState::Complete);
        QVERIFY(!o->conversations()->canFetchMore({}));
        const int calls = fake.callCount(QStringLiteral("listConversations"));
        o->conversations()->fetchMore({});
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(fake.callCount(QStringLiteral("listConversations")), calls);
        QVERIFY(!o->status().syncing);
    }

    void aFailedFullWalkLeavesThePagingAsItWas()
    {
        const auto id = warmAccount();
        FakeInboxProvider fake;
        fake.script(QStringLiteral("listOrganizations"), orgs({org(QStringLiteral("o1"))}));
        fake.script(QStringLiteral("listConversations"), FakeInboxProvider::status(500, QStringLiteral("down")));
        AccountSession session(&fake, id, m_dir.path());
        session.start();
        OrganizationSession *o = session.organization();
        QSignalSpy finished(o->sync(), &InboxSync::finished);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<ApiError>().isError());
        // Nothing proves the list whole: it may still page.
        QVERIFY(o->conversations()->canFetchMore({}));
    }

    void aQueuedPageThatIsDroppedIsHeard()
    {
        FakeInboxProvider fake;
        ConversationListModel list;
        list.setSource(&fake, nullptr, nullptr, QStringLiteral("o1"));
        QSignalSpy changed(&list, &PagedListModel::fetchStateChanged);
        // Asked for, not yet sent: a status read now says Loading.
        list.fetchMore({});
        QCOMPARE(list.fetchState(), PagedListModel::FetchState::Loading);
        // Dropped before it left (another organization, a refused key): Idle again, and said so,
        // or whoever read Loading would keep showing it.
        list.setSource(&fake, nullptr, nullptr, QStringLiteral("o2"));
        QCOMPARE(list.fetchState(), PagedListModel::FetchState::Idle);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().first().value<PagedListModel::FetchState>(), PagedListModel::FetchState::Idle);
        QCoreApplication::processEvents();
        QCOMPARE(fake.callCount(QStringLiteral("listConversations")), 0);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("repdesk-sync-status-test"));
    TestSyncStatus test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sync_status.moc"
