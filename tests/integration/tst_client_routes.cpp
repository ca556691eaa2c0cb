// Every route of the HyperRep route directory, called through HyperRepClient
// against repdesk-sandbox over real loopback HTTP.
#include "Records.h"
#include "SandboxFixture.h"
#include "CallQueue.h"
#include "walkPages.h"

#include <QPointer>

using namespace repdesk;
using namespace repdesk::test;

class TestClientRoutes : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    DateRange lastQuarter;

    QString firstConversationId()
    {
        auto r = run(f.client()->listConversations(f.org, ListQuery{1, {}, {}, {}}));
        return r.ok && !r.value->items.isEmpty() ? r.value->items.first().conversationId : QString();
    }

    // The demo data gives some recent conversations a drafted reply (some already
    // sending): the draft lifecycle test needs one with none.
    QString conversationWithoutDraft()
    {
        auto r = run(f.client()->listConversations(f.org, ListQuery{50, {}, {}, {}}));
        if (!r.ok)
            return {};
        for (const Conversation &c : std::as_const(r.value->items)) {
            auto drafts = run(f.client()->listResponseDrafts(f.org, c.conversationId));
            if (drafts.ok && drafts.value->items.isEmpty())
                return c.conversationId;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start());
        const QDateTime anchor(QDate(2026, 5, 20), QTime(12, 0), QTimeZone::utc());
        lastQuarter = DateRange{anchor.addDays(-90), anchor.addSecs(60)};
    }

    void organizationsAndHeaders()
    {
        f.server->clearRequestLog();
        auto r = run(f.client()->listOrganizations());
        REQUIRE_OK(r);
        QCOMPARE(r.value->items.size(), 2);
        QCOMPARE(r.value->items.at(0).organizationId, f.org);
        QVERIFY(!r.value->items.at(0).name.isEmpty());
        QVERIFY(r.value->isLast());
        const auto log = f.server->requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().apiKey, QByteArray("test-key"));
        QVERIFY(log.first().userAgent.startsWith("Repdesk/"));
    }

    void conversationsPageToTheEnd()
    {
        QSet<QString> ids;
        int pages = 0;
        ApiError walkError(ApiError::Kind::Network, QStringLiteral("not finished"));
        PageWalk *walk = walkPages<Conversation>(
            [this](const QString &cursor) {
                return f.client()->listConversations(f.org, ListQuery{25, cursor, {}, {}});
            },
            [&](const Page<Conversation> &page) {
                ++pages;
                for (const Conversation &c : page.items)
                    ids.insert(c.conversationId);
            });
        QSignalSpy done(walk, &PageWalk::finished);
        QVERIFY(done.wait(20000));
        walkError = done.first().first().value<ApiError>();
        QVERIFY2(!walkError.isError(), qPrintable(walkError.message()));
        QCOMPARE(ids.size(), 60);
        QCOMPARE(pages, 3);
    }

    // The same walk through a CallQueue (the dashboards' leaderboard and sale history): each page
    // waits its turn behind what was queued first, a page limit ends it without an error, and a
    // walk cancelled while its page waits asks nothing.
    void aWalkThroughAQueueWaitsItsTurn()
    {
        CallQueue queue(1);
        f.server->clearRequestLog();
        queue.enqueue([this] { return f.client()->listOrganizations(); });
        QSet<QString> ids;
        PageWalk *walk = walkPagesThrough<Conversation>(
            &queue,
            [this](const QString &cursor) { return f.client()->listConversations(f.org, ListQuery{25, cursor, {}, {}}); },
            [&](const Page<Conversation> &page) {
                for (const Conversation &c : page.items)
                    ids.insert(c.conversationId);
            });
        QSignalSpy done(walk, &PageWalk::finished);
        QVERIFY(done.wait(20000));
        QVERIFY(!done.first().first().value<ApiError>().isError());
        QCOMPARE(ids.size(), 60);
        const auto log = f.server->requestLog();
        QCOMPARE(log.size(), 4);
        QVERIFY(log.first().path.endsWith(QStringLiteral("/organizations")));
        QCOMPARE(queue.startedCount(), quint64(4));
        QCOMPARE(queue.maxObservedInFlight(), 1);

        // Two pages at most: it ends there, without an error, and says the collection goes on.
        int pages = 0;
        walk = walkPagesThrough<Conversation>(
            &queue,
            [this](const QString &cursor) { return f.client()->listConversations(f.org, ListQuery{10, cursor, {}, {}}); },
            [&](const Page<Conversation> &) { ++pages; });
        walk->setPageLimit(2);
        QPointer<PageWalk> limited(walk);
        QSignalSpy limitedDone(walk, &PageWalk::finished);
        bool reached = false;
        connect(walk, &PageWalk::finished, this, [&] { reached = limited && limited->pageLimitReached(); });
        QVERIFY(limitedDone.wait(20000));
        QVERIFY(!limitedDone.first().first().value<ApiError>().isError());
        QVERIFY(reached);
        QCOMPARE(pages, 2);

        // Cancelled while its first page waits behind another call: that page is never asked.
        f.server->clearRequestLog();
        queue.enqueue([this] { return f.client()->listOrganizations(); });
        walk = walkPagesThrough<Conversation>(
            &queue,
            [this](const QString &cursor) { return f.client()->listConversations(f.org, ListQuery{25, cursor, {}, {}}); },
            [](const Page<Conversation> &) {});
        QSignalSpy cancelled(walk, &PageWalk::finished);
        walk->cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return queue.isIdle(); }, 20000));
        QTest::qWait(50);
        QCOMPARE(f.server->requestLog().size(), 1);
    }

    void conversationAndMessages()
    {
        const QString id = firstConversationId();
        QVERIFY(!id.isEmpty());
        auto conv = run(f.client()->getConversation(f.org, id));
        REQUIRE_OK(conv);
        QCOMPARE(conv.value->conversationId, id);
        QVERIFY(conv.value->lastActivityAt.isValid());

        auto msgs = run(f.client()->listMessages(f.org, id, ListQuery{50, {}, {}, {}}));
        REQUIRE_OK(msgs);
        QVERIFY(!msgs.value->items.isEmpty());
        const Message first = msgs.value->items.first();
        QCOMPARE(first.conversationId, id);
        auto one = run(f.client()->getMessage(f.org, id, first.messageId));
        REQUIRE_OK(one);
        QCOMPARE(one.value->messageId, first.messageId);
        QCOMPARE(one.value->modality, first.modality);
    }

    void contactsWithLongIdsAreEncoded()
    {
        auto list = run(f.client()->listContacts(f.org, ListQuery{10, {}, {}, {}}));
        REQUIRE_OK(list);
        QVERIFY(!list.value->items.isEmpty());
        const Contact c = list.value->items.first();
        f.server->clearRequestLog();
        auto one = run(f.client()->getContact(f.org, c.contactId));
        REQUIRE_OK(one);
        QCOMPARE(one.value->contactId, c.contactId);
        QCOMPARE(one.value->name, c.name);
        // The server saw the exact id after percent-decoding.
        QVERIFY(f.server->requestLog().first().path.endsWith(c.contactId));

        auto convs = run(f.client()->listContactConversations(f.org, c.contactId));
        REQUIRE_OK(convs);
        for (const Conversation &conv : convs.value->items)
            QCOMPARE(conv.contactId, c.contactId);
    }

    void createContactAndCompany()
    {
        CompanyCreateRequest company;
        company.name = QStringLiteral("Ferris Aircraft");
        company.domain = QStringLiteral("HTTPS://FerrisAircraft.com/about");
        auto created = run(f.client()->createCompany(f.org, company));
        REQUIRE_OK(created);
        QCOMPARE(created.value->domain, QStringLiteral("ferrisaircraft.com"));
        auto fetched = run(f.client()->getCompany(f.org, created.value->companyId));
        REQUIRE_OK(fetched);
        QCOMPARE(fetched.value->name, company.name);
        auto companies = run(f.client()->listCompanies(f.org, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(companies);
        QVERIFY(std::any_of(companies.value->items.cbegin(), companies.value->items.cend(),
                            [&](const Company &c) { return c.companyId == created.value->companyId; }));

        ContactCreateRequest contact;
        contact.name = QStringLiteral("Hal Jordan ✈️");
        contact.email = QStringLiteral("hal@ferrisaircraft.com");
        contact.companyId = created.value->companyId;
        auto person = run(f.client()->createContact(f.org, contact));
        REQUIRE_OK(person);
        QCOMPARE(person.value->name, contact.name);
        QCOMPARE(person.value->companyId, created.value->companyId);
    }

    void agentsAndTheirData()
    {
        auto agents = run(f.client()->listAgents(f.org));
        REQUIRE_OK(agents);
        QVERIFY(!agents.value->items.isEmpty());
        const QString agentId = agents.value->items.first().agentId;
        auto agent = run(f.client()->getAgent(f.org, agentId));
        REQUIRE_OK(agent);
        QCOMPARE(agent.value->agentId, agentId);
        REQUIRE_OK(run(f.client()->listAgentConversations(f.org, agentId)));
        auto sales = run(f.client()->listAgentSales(f.org, agentId, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(sales);
        for (const Sale &s : sales.value->items)
            QCOMPARE(s.ownerId, agentId);
        auto analytics = run(f.client()->getAgentAnalytics(f.org, agentId, lastQuarter));
        REQUIRE_OK(analytics);
        auto conv = run(f.client()->getAgentConversationAnalytics(f.org, agentId, lastQuarter));
        REQUIRE_OK(conv);
        QCOMPARE(conv.value->messagesSent, analytics.value->conversations.messagesSent);
        auto pipeline = run(f.client()->getAgentSalesAnalytics(f.org, agentId, lastQuarter));
        REQUIRE_OK(pipeline);
        QCOMPARE(pipeline.value->pipeline.size(), analytics.value->sales.pipeline.size());
    }

    void analytics()
    {
        auto all = run(f.client()->getConversationAnalytics(f.org, lastQuarter));
        REQUIRE_OK(all);
        auto rate = run(f.client()->getResponseRate(f.org, lastQuarter));
        REQUIRE_OK(rate);
        QCOMPARE(rate.value->numConversationsReceived, all.value->responseRateStats.numConversationsReceived);
        auto time = run(f.client()->getResponseTime(f.org, lastQuarter));
        REQUIRE_OK(time);
        auto volume = run(f.client()->getVolume(f.org, lastQuarter));
        REQUIRE_OK(volume);
        QVERIFY(volume.value->totalConversations > 0);
        auto modality = run(f.client()->getModality(f.org, lastQuarter));
        REQUIRE_OK(modality);
        QVERIFY(modality.value->emails > 0);
        auto sales = run(f.client()->getSalesAnalytics(f.org, lastQuarter));
        REQUIRE_OK(sales);
        QVERIFY(!sales.value->pipeline.isEmpty());
    }

    void salesAndAuditLogs()
    {
        auto sales = run(f.client()->listSales(f.org, ListQuery{10, {}, {}, {}}));
        REQUIRE_OK(sales);
        QVERIFY(!sales.value->items.isEmpty());
        const Sale s = sales.value->items.first();
        auto one = run(f.client()->getSale(f.org, s.saleId));
        REQUIRE_OK(one);
        QCOMPARE(one.value->statusHistory.size(), s.statusHistory.size());

        AuditLogQuery q;
        q.recordType = QStringLiteral("sale");
        auto logs = run(f.client()->listAuditLogs(f.org, q));
        REQUIRE_OK(logs);
        QVERIFY(!logs.value->items.isEmpty());
        for (const AuditLog &l : logs.value->items)
            QCOMPARE(l.record.type, QStringLiteral("sale"));
        auto log = run(f.client()->getAuditLog(f.org, logs.value->items.first().auditLogId));
        REQUIRE_OK(log);
        QCOMPARE(log.value->auditLogId, logs.value->items.first().auditLogId);
    }

    void messageDrafts()
    {
        MessageDraftCreateRequest req;
        req.modality = QStringLiteral("email");
        req.subject = QStringLiteral("Quote for the roof");
        req.bodyHtml = QStringLiteral("<p>Hi Zoë</p>");
        req.toUserName = QStringLiteral("Zoë Dupré");
        req.toEmail = QStringLiteral("zoe@example.com");
        req.folder = QStringLiteral("Sales Follow-up");
        f.server->clearRequestLog();
        auto created = run(f.client()->createMessageDraft(f.org, req));
        REQUIRE_OK(created);
        QCOMPARE(created.value->folder, QStringLiteral("sales-follow-up"));
        QCOMPARE(f.server->requestLog().first().method, QStringLiteral("POST"));
        auto fetched = run(f.client()->getMessageDraft(f.org, created.value->draftId));
        REQUIRE_OK(fetched);
        QCOMPARE(fetched.value->subject, req.subject);
        auto list = run(f.client()->listMessageDrafts(f.org, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(list);
        QVERIFY(std::any_of(list.value->items.cbegin(), list.value->items.cend(),
                            [&](const MessageDraft &d) { return d.draftId == created.value->draftId; }));
        REQUIRE_OK(run(f.client()->deleteMessageDraft(f.org, created.value->draftId)));
        auto gone = run(f.client()->getMessageDraft(f.org, created.value->draftId));
        QCOMPARE(gone.error.kind(), ApiError::Kind::NotFound);
    }

    void responseDrafts()
    {
        const QString conv = conversationWithoutDraft();
        QVERIFY(!conv.isEmpty());
        ResponseDraftSaveRequest req;
        req.bodyHtml = QStringLiteral("<p>Tuesday at 2pm works.</p>");
        req.addNotification = true;
        auto saved = run(f.client()->saveResponseDraft(f.org, conv, req));
        REQUIRE_OK(saved);
        QVERIFY(!saved.value->scheduledToSend);
        auto list = run(f.client()->listResponseDrafts(f.org, conv));
        REQUIRE_OK(list);
        QCOMPARE(list.value->items.size(), 1);
        QCOMPARE(list.value->items.first().bodyHtml, req.bodyHtml);
        auto one = run(f.client()->getResponseDraft(f.org, conv, saved.value->responseId));
        REQUIRE_OK(one);
        QCOMPARE(one.value->responseId, saved.value->responseId);
        REQUIRE_OK(run(f.client()->deleteResponseDraft(f.org, conv, saved.value->responseId)));
        auto empty = run(f.client()->listResponseDrafts(f.org, conv));
        REQUIRE_OK(empty);
        QVERIFY(empty.value->items.isEmpty());
    }

    void legacyV1()
    {
        auto solutions = run(f.client()->listSolutions());
        REQUIRE_OK(solutions);
        QCOMPARE(solutions.value->items.size(), 2);
        QVERIFY(!solutions.value->items.first().uuid.isEmpty());
        auto analytics = run(f.client()->getSolutionAnalytics(solutions.value->items.first().uuid, lastQuarter));
        REQUIRE_OK(analytics);
    }
};

QTEST_GUILESS_MAIN(TestClientRoutes)
#include "tst_client_routes.moc"
