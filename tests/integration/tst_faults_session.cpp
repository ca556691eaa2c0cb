// Fault matrix, session core and models: an account opened on a cold cache while the sandbox
// misbehaves (each fault alone, then all together), its inbox list paged, a thread opened and F5
// pressed, with the server restarting or gone in the middle. Once the faults stop, every model
// must come back by itself, without F5: the account online, the organization open, the list
// loaded with no spinner and no Retry row, the thread loaded, the poller polling at its interval.
// No conversation may be listed twice. Prints one line of figures per run.
#include "ConversationListModel.h"
#include "FolderListModel.h"
#include "InboxSync.h"
#include "MessageThreadModel.h"
#include "tst_faults_support.h"

#include <QSet>

using namespace repdesk;
using namespace repdesk::test;

class TestFaultsSession : public QObject
{
    Q_OBJECT
    FaultFixture f;
    QString known; // a conversation to open when the list could not load under the faults

    static QString why(OrganizationSession *o, AccountSession *a)
    {
        if (!o)
            return QStringLiteral("no organization open");
        return QStringLiteral("online=%1 list=%2 rows=%3 thread=%4 poller=%5 sync=%6")
            .arg(a->isOnline())
            .arg(int(o->conversations()->fetchState()))
            .arg(o->conversations()->itemRowCount())
            .arg(int(o->thread()->state()))
            .arg(int(o->poller()->state()))
            .arg(o->sync()->isRunning());
    }

    // Everything shown is loaded, nothing spins, nothing says an error. The thread only when one is
    // open: an organization that could only open after the faults has none.
    static bool healthy(OrganizationSession *o, AccountSession *a)
    {
        if (!o || !a->isOnline())
            return false;
        const auto list = o->conversations()->fetchState();
        const bool thread = o->openConversationId().isEmpty()
            || (o->thread()->conversationId() == o->openConversationId()
                && o->thread()->state() == MessageThreadModel::State::Loaded);
        return list != PagedListModel::FetchState::Loading && list != PagedListModel::FetchState::Error
            && o->conversations()->itemRowCount() > 0 && thread && o->poller()->state() == Poller::State::Online
            && !o->status().rateLimited && o->folders()->rowCount() > 0;
    }

    static int duplicateRows(ConversationListModel *model)
    {
        QSet<QString> seen;
        int duplicates = 0;
        for (int row = 0; row < model->itemRowCount(); ++row) {
            const Conversation *c = model->conversation(row);
            if (!c || c->conversationId.isEmpty())
                continue;
            duplicates += seen.contains(c->conversationId) ? 1 : 0;
            seen.insert(c->conversationId);
        }
        return duplicates;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 150; // more than the list's first page: paging is part of the flow
        o.liveActivityMs = 0;
        QVERIFY(f.startFaults(o, QStringLiteral("tst_faults_session")));
        auto r = run(f.client()->listConversations(f.org, ListQuery{5, {}, {}, {}}));
        REQUIRE_OK(r);
        known = r.value->items.value(2).conversationId;
        QVERIFY(!known.isEmpty());
    }

    void init() { f.clearFaults(); }

    void sessionRecoversByItself_data() { addFaultRows(); }
    void sessionRecoversByItself()
    {
        QFETCH(unsigned, faults);
        f.server->clearRequestLog();
        f.apply(faults);
        f.hitNext(faults); // the organizations' listing
        auto account = f.openAccount(false);
        QVERIFY(account);
        int listErrors = 0, threadErrors = 0, offline = 0, pollerTrouble = 0, organizationsFailed = 0;
        connect(account.get(), &AccountSession::onlineChanged, this, [&](bool online) { offline += online ? 0 : 1; });
        connect(account.get(), &AccountSession::organizationsFailed, this, [&] { ++organizationsFailed; });

        // Whatever the faults let through within a reader's patience; failures are expected.
        OrganizationSession *o = nullptr;
        (void)QTest::qWaitFor([&] { return (o = account->organization()) != nullptr; }, 15000);
        if (o) {
            connect(o->conversations(), &PagedListModel::fetchStateChanged, this,
                    [&](PagedListModel::FetchState s) { listErrors += s == PagedListModel::FetchState::Error ? 1 : 0; });
            connect(o->poller(), &Poller::stateChanged, this,
                    [&](Poller::State s) { pollerTrouble += s != Poller::State::Online ? 1 : 0; });
            (void)QTest::qWaitFor([&] { return o->conversations()->fetchState() != PagedListModel::FetchState::Loading; }, 15000);
            f.midFlow(faults);
            // Paging on: the next page as a view scrolled to the end would ask for it.
            if (o->conversations()->canFetchMore({}))
                o->conversations()->fetchMore({});
            const QString first = o->conversations()->itemRowCount() > 0
                ? o->conversations()->conversation(0)->conversationId : known;
            f.hitNext(faults); // the thread, or a page on its way
            QVERIFY(o->openConversation(first));
            (void)QTest::qWaitFor([&] { return o->thread()->state() != MessageThreadModel::State::Loading; }, 15000);
            threadErrors += o->thread()->state() == MessageThreadModel::State::Error ? 1 : 0;
            o->refresh(); // F5, still under the faults
            QTest::qWait(500);
        }

        f.clearFaults();
        // By itself: no F5, no Retry, no reopening. A poll interval, a backoff or two and a 2 s answer.
        const bool recovered = QTest::qWaitFor(
            [&] {
                o = account->organization();
                return healthy(o, account.get());
            },
            30000);
        QVERIFY2(o, "the organization never opened: nothing retried listing the organizations");
        QVERIFY2(recovered, qPrintable(why(o, account.get())));
        QCOMPARE(o->conversations()->lastError().isError(), false);
        QCOMPARE(o->thread()->lastError().isError(), false);

        Figures figures;
        figures.requests = f.requestCount();
        figures.retries = f.retries();
        figures.recoveries = (listErrors > 0) + (threadErrors > 0) + (offline > 0) + (pollerTrouble > 0) + (organizationsFailed > 0);
        figures.duplicates = duplicateRows(o->conversations());
        figures.print("session");
        QCOMPARE(figures.duplicates, 0);
        account.reset();
    }
};

QTEST_GUILESS_MAIN(TestFaultsSession)
#include "tst_faults_session.moc"
