// FernandProvider against the Fernand sandbox: what the inbox models, the
// thread view and the reply flow ask of any provider, answered from Fernand's
// routes and mapped onto the inbox's records.
#include "Agent.h"
#include "Company.h"
#include "Contact.h"
#include "Conversation.h"
#include "ConversationUpdate.h"
#include "FernandFixture.h"
#include "Message.h"
#include "Organization.h"
#include "ResponseDraft.h"
#include "ResponseDraftSaveRequest.h"
#include "ResponseDraftSaveResult.h"
#include "Sale.h"
#include "walkPages.h"

#include <QSet>

using namespace repdesk;
using namespace repdesk::test;

class TestFernandProvider : public QObject
{
    Q_OBJECT
    FernandFixture f;
    QString org;

    QString conversationWithStatus(const QString &folder)
    {
        auto r = run(f.provider->listConversations(org, ListQuery{}));
        if (!r.ok)
            return {};
        for (const Conversation &c : std::as_const(r.value->items))
            if (c.folder == folder)
                return c.conversationId;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        FernandSandboxOptions options;
        options.conversations = 300; // two pages of 250
        options.readsPerWindow = 10000;
        options.writesPerWindow = 10000;
        RequestThrottle::Limits limits;
        limits.reads = 0;
        limits.writes = 0;
        QVERIFY(f.start(options, limits));
    }

    void capabilitiesSayWhatExists()
    {
        QCOMPARE(f.provider->providerId(), QStringLiteral("fernand"));
        QVERIFY(f.provider->has(InboxProvider::ConversationStatus));
        QVERIFY(f.provider->has(InboxProvider::Snooze));
        QVERIFY(f.provider->has(InboxProvider::Assignment));
        for (auto c : {InboxProvider::Sales, InboxProvider::Analytics, InboxProvider::AuditLogs,
                       InboxProvider::MessageDrafts, InboxProvider::Companies, InboxProvider::ResponseDrafts})
            QVERIFY(!f.provider->has(c));
    }

    void oneOrganizationAfterTheKeyIsProved()
    {
        f.server->clearRequestLog();
        auto r = run(f.provider->listOrganizations());
        REQUIRE_OK(r);
        QCOMPARE(r.value->items.size(), 1);
        org = r.value->items.first().organizationId;
        QCOMPARE(org, FernandProvider::organizationId());
        const auto paths = [this] {
            QStringList out;
            for (const auto &e : f.server->requestLog())
                out << e.request.path;
            return out;
        };
        QCOMPARE(paths().value(0), QStringLiteral("/agents")); // proves the key
        // Then one listing of contacts stands in for a GET per row's contact.
        QTRY_VERIFY(paths().contains(QStringLiteral("/contacts")));
        auto contacts = run(f.provider->listContacts(org, ListQuery{}));
        REQUIRE_OK(contacts);
        const int before = f.requestCount();
        auto known = run(f.provider->getContact(org, contacts.value->items.first().contactId));
        REQUIRE_OK(known);
        QCOMPARE(known.value->name, contacts.value->items.first().name);
        QCOMPARE(f.requestCount(), before);
    }

    void conversationsWalkInPagesOf250WithStatusAsFolder()
    {
        f.server->clearRequestLog();
        QSet<QString> ids;
        QSet<QString> folders;
        PageWalk *walk = walkPages<Conversation>(
            [this](const QString &cursor) { return f.provider->listConversations(org, ListQuery{0, cursor, {}, {}}); },
            [&](const Page<Conversation> &page) {
                for (const Conversation &c : page.items) {
                    ids.insert(c.conversationId);
                    folders.insert(c.folder);
                    QVERIFY(!c.isRead.has_value()); // never shown as unread on a guess
                }
            });
        bool done = false;
        ApiError error;
        connect(walk, &PageWalk::finished, this, [&](const ApiError &e) { done = true; error = e; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(ids.size(), 300);
        QCOMPARE(f.server->requestLog().size(), 2);
        QVERIFY(f.server->requestLog().first().request.query.contains(QStringLiteral("limit=250")));
        QVERIFY(folders.contains(QStringLiteral("opened")));
        QVERIFY(folders.contains(QStringLiteral("closed")));
    }

    void threadHasMessagesNotesAndEventsApart()
    {
        // Find a conversation whose stream holds a note or an event.
        auto list = run(f.provider->listConversations(org, ListQuery{}));
        REQUIRE_OK(list);
        bool sawNote = false, sawEvent = false, sawInbound = false;
        for (int i = 0; i < 40 && !(sawNote && sawEvent); ++i) {
            const QString id = list.value->items.at(i).conversationId;
            QList<Message> all;
            PageWalk *walk = walkPages<Message>(
                [this, id](const QString &cursor) { return f.provider->listMessages(org, id, ListQuery{0, cursor, {}, {}}); },
                [&all](const Page<Message> &page) { all += page.items; });
            bool done = false;
            connect(walk, &PageWalk::finished, this, [&done] { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
            QVERIFY(!all.isEmpty());
            for (const Message &m : std::as_const(all)) {
                QCOMPARE(m.conversationId, id);
                sawNote = sawNote || m.modality == QLatin1String("note");
                sawEvent = sawEvent || m.modality == QLatin1String("event");
                sawInbound = sawInbound || (m.modality == QLatin1String("email") && !m.isOutbound());
                // The stream's messages carry no subject: they show their conversation's.
                if (m.modality == QLatin1String("email"))
                    QVERIFY(!m.subject.isEmpty());
                QVERIFY(m.sentAt.isValid());
            }
        }
        QVERIFY(sawNote);
        QVERIFY(sawEvent);
        QVERIFY(sawInbound);
    }

    void saveCreatesADraftAndReplacesTheLastOne()
    {
        const QString id = conversationWithStatus(QStringLiteral("opened"));
        QVERIFY(!id.isEmpty());
        ResponseDraftSaveRequest save;
        save.bodyHtml = QStringLiteral("<p>First take</p>");
        auto first = run(f.provider->saveResponseDraft(org, id, save));
        REQUIRE_OK(first);
        QVERIFY(!first.value->scheduledToSend);
        save.bodyHtml = QStringLiteral("<p>Second take</p>");
        auto second = run(f.provider->saveResponseDraft(org, id, save));
        REQUIRE_OK(second);
        QVERIFY(QTest::qWaitFor([&] { return f.server->requestLog().last().request.method == QLatin1String("DELETE"); }, 5000));
        QCOMPARE(f.server->requestLog().last().request.path,
                 QStringLiteral("/conversations/%1/drafts/%2").arg(id, first.value->responseId));
        auto discard = run(f.provider->deleteResponseDraft(org, id, second.value->responseId));
        REQUIRE_OK(discard);
        // Fernand lists no drafts: nothing to compare against, answered without a request.
        const int before = f.requestCount();
        auto drafts = run(f.provider->listResponseDrafts(org, id));
        REQUIRE_OK(drafts);
        QVERIFY(drafts.value->items.isEmpty());
        QCOMPARE(f.requestCount(), before);
    }

    void sendIsAReplyThatShowsInTheStream()
    {
        const QString id = conversationWithStatus(QStringLiteral("opened"));
        ResponseDraftSaveRequest send;
        send.bodyHtml = QStringLiteral("<p>On its way</p>");
        send.autosendDraft = true;
        auto sent = run(f.provider->saveResponseDraft(org, id, send));
        REQUIRE_OK(sent);
        QVERIFY(sent.value->scheduledToSend);
        QCOMPARE(f.server->requestLog().last().request.path, QStringLiteral("/conversations/%1/reply").arg(id));
        auto stream = run(f.provider->listMessages(org, id, ListQuery{}));
        REQUIRE_OK(stream);
        QCOMPARE(stream.value->items.last().messageId, sent.value->responseId);
        QVERIFY(stream.value->items.last().isOutbound());
        QCOMPARE(stream.value->items.last().content, QStringLiteral("<p>On its way</p>"));
    }

    void statusSnoozeAndAssignment()
    {
        const QString id = conversationWithStatus(QStringLiteral("opened"));
        ConversationUpdate close;
        close.status = QStringLiteral("closed");
        auto closed = run(f.provider->updateConversation(org, id, close));
        REQUIRE_OK(closed);
        QCOMPARE(closed.value->folder, QStringLiteral("closed"));

        ConversationUpdate snooze;
        snooze.snoozeUntil = QDateTime::currentDateTimeUtc().addSecs(4 * 3600);
        auto snoozed = run(f.provider->updateConversation(org, id, snooze));
        REQUIRE_OK(snoozed);
        QCOMPARE(snoozed.value->folder, QStringLiteral("snoozed"));
        QVERIFY(f.server->requestLog().last().request.body.contains("\"status\":\"SNOOZED\""));

        auto agents = run(f.provider->listAgents(org, ListQuery{}));
        REQUIRE_OK(agents);
        ConversationUpdate assign;
        assign.assigneeId = agents.value->items.last().agentId;
        auto assigned = run(f.provider->updateConversation(org, id, assign));
        REQUIRE_OK(assigned);
        QVERIFY(f.server->requestLog().last().request.body.contains(
            "\"agent_id\":" + agents.value->items.last().agentId.toUtf8()));
    }

    void lookupsMapToTheInboxRecords()
    {
        auto contacts = run(f.provider->listContacts(org, ListQuery{}));
        REQUIRE_OK(contacts);
        QVERIFY(!contacts.value->items.isEmpty());
        QVERIFY(contacts.value->isLast());
        const Contact first = contacts.value->items.first();
        auto one = run(f.provider->getContact(org, first.contactId));
        REQUIRE_OK(one);
        QCOMPARE(one.value->name, first.name);
        auto agents = run(f.provider->listAgents(org, ListQuery{}));
        REQUIRE_OK(agents);
        QCOMPARE(agents.value->items.size(), 4);
        QVERIFY(!agents.value->items.first().name.isEmpty());
    }

    void whatFernandLacksFailsWithoutARequest()
    {
        const int before = f.requestCount();
        auto company = run(f.provider->getCompany(org, QStringLiteral("1")));
        QCOMPARE(company.error.kind(), ApiError::Kind::Validation);
        auto sales = run(f.provider->listSales(org, ListQuery{}));
        REQUIRE_OK(sales);
        QVERIFY(sales.value->items.isEmpty());
        QCOMPARE(f.requestCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestFernandProvider)
#include "tst_fernand_provider.moc"
