// Every Fernand route through FernandClient against the Fernand sandbox over
// loopback: shapes, cursor paging, the backwards stream, errors, prefixes.
#include "FernandAgent.h"
#include "FernandContact.h"
#include "FernandConversation.h"
#include "FernandConversationQuery.h"
#include "FernandConversationUpdate.h"
#include "FernandDraft.h"
#include "FernandDraftRequest.h"
#include "FernandFixture.h"
#include "FernandReplyRequest.h"
#include "FernandStreamItem.h"

#include <QSet>

using namespace repdesk;
using namespace repdesk::test;

class TestFernandClient : public QObject
{
    Q_OBJECT
    FernandFixture f;

    QString firstConversation(const QString &status = {})
    {
        FernandConversationQuery q;
        q.status = status;
        auto r = run(f.client()->listConversations(q));
        return r.ok && !r.value->items.isEmpty() ? r.value->items.first().id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        FernandSandboxOptions options;
        options.conversations = 60;
        // The budget is the throttle test's subject: here it must not slow anything.
        options.readsPerWindow = 10000;
        options.writesPerWindow = 10000;
        RequestThrottle::Limits limits;
        limits.reads = 0;
        limits.writes = 0;
        QVERIFY(f.start(options, limits));
    }

    void headerAndAgents()
    {
        f.server->clearRequestLog();
        auto r = run(f.client()->listAgents());
        REQUIRE_OK(r);
        QCOMPARE(r.value->items.size(), 4);
        QVERIFY(r.value->isLast());
        const FernandAgent &a = r.value->items.first();
        QVERIFY(!a.id.isEmpty());
        QVERIFY(a.email.contains(QLatin1Char('@')));
        QVERIFY(!a.name.isEmpty());
        QCOMPARE(f.server->requestLog().first().request.apiKey, QByteArray("sk_test"));
        QVERIFY(f.server->requestLog().first().request.userAgent.startsWith("Repdesk/"));
    }

    void conversationsPageWithTheCursorToTheEnd()
    {
        FernandConversationQuery q;
        q.limit = 25;
        QSet<QString> seen;
        int pages = 0;
        for (;;) {
            auto r = run(f.client()->listConversations(q));
            REQUIRE_OK(r);
            ++pages;
            for (const auto &c : std::as_const(r.value->items)) {
                QVERIFY2(!seen.contains(c.id), "a conversation came twice");
                seen.insert(c.id);
                QVERIFY(c.lastUpdate.isValid());
                QVERIFY(!c.status.isEmpty());
            }
            if (r.value->isLast())
                break;
            q.cursor = r.value->nextCursor;
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 60);
    }

    void filtersAndOrder()
    {
        FernandConversationQuery q;
        q.limit = 250;
        q.status = QStringLiteral("closed");
        auto closed = run(f.client()->listConversations(q));
        REQUIRE_OK(closed);
        QVERIFY(!closed.value->items.isEmpty());
        for (const auto &c : std::as_const(closed.value->items))
            QCOMPARE(c.status, QStringLiteral("CLOSED"));
        QVERIFY(f.server->requestLog().last().request.query.contains(QStringLiteral("status%3Aclosed")));

        q = {};
        q.unassigned = true;
        auto unassigned = run(f.client()->listConversations(q));
        REQUIRE_OK(unassigned);
        for (const auto &c : std::as_const(unassigned.value->items))
            QVERIFY(c.agentId.isEmpty());

        q = {};
        q.limit = 250;
        q.order = FernandConversationQuery::Order::Oldest;
        auto oldest = run(f.client()->listConversations(q));
        REQUIRE_OK(oldest);
        for (int i = 1; i < oldest.value->items.size(); ++i)
            QVERIFY(oldest.value->items.at(i - 1).lastUpdate <= oldest.value->items.at(i).lastUpdate);
    }

    void limitOutOfRangeIsAnErrorWithTheServersWords()
    {
        RequestSpec spec;
        spec.path = {QStringLiteral("conversations")};
        spec.addQuery(QStringLiteral("limit"), 1);
        auto r = run(f.transport->send<Call<FernandPage<FernandConversation>>>(spec));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind(), ApiError::Kind::Validation);
        QCOMPARE(r.error.detail(), QStringLiteral("limit must be between 3 and 250")); // {"error": ...}
        // The client never sends an out-of-range limit.
        FernandConversationQuery q;
        q.limit = 1000;
        RequestSpec clamped;
        q.applyTo(clamped);
        QCOMPARE(clamped.query.first().second, QStringLiteral("250"));
    }

    void streamMixesMessagesNotesAndEventsAndPagesBackwards()
    {
        // The longest conversation, so the stream is long enough to tell kinds apart.
        FernandConversationQuery q;
        q.limit = 3;
        q.order = FernandConversationQuery::Order::Longest;
        auto list = run(f.client()->listConversations(q));
        REQUIRE_OK(list);
        const QString id = list.value->items.first().id;
        auto page = run(f.client()->listMessages(id));
        REQUIRE_OK(page);
        QVERIFY(!page.value->items.isEmpty());
        QSet<int> kinds;
        for (const auto &item : std::as_const(page.value->items))
            kinds.insert(int(item.kind()));
        QVERIFY(kinds.contains(int(FernandStreamItem::Kind::Message)));
        // Backwards: `before` the oldest item gives the items before it, then nothing.
        const QString oldest = page.value->items.first().id;
        auto before = run(f.client()->listMessages(id, oldest));
        REQUIRE_OK(before);
        for (const auto &item : std::as_const(before.value->items))
            QVERIFY(item.timestamp <= page.value->items.first().timestamp);
        QVERIFY(f.server->requestLog().last().request.query.contains(QStringLiteral("before=")));
    }

    void unknownConversationIs404WithTheErrorText()
    {
        auto r = run(f.client()->getConversation(QStringLiteral("424242")));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(r.error.detail(), QStringLiteral("Conversation not found"));
        auto c = run(f.client()->getContact(QStringLiteral("1")));
        QCOMPARE(c.error.kind(), ApiError::Kind::NotFound);
    }

    void patchStatusSnoozeAndAssignee()
    {
        const QString id = firstConversation(QStringLiteral("opened"));
        QVERIFY(!id.isEmpty());
        FernandConversationUpdate close;
        close.status = QStringLiteral("CLOSED");
        auto closed = run(f.client()->updateConversation(id, close));
        REQUIRE_OK(closed);
        QCOMPARE(closed.value->status, QStringLiteral("CLOSED"));
        QCOMPARE(f.server->requestLog().last().request.method, QStringLiteral("PATCH"));

        FernandConversationUpdate snooze;
        snooze.snoozeUntil = QDateTime::currentDateTimeUtc().addDays(1);
        snooze.status = QStringLiteral("SNOOZED");
        auto snoozed = run(f.client()->updateConversation(id, snooze));
        REQUIRE_OK(snoozed);
        QCOMPARE(snoozed.value->status, QStringLiteral("SNOOZED"));
        QVERIFY(snoozed.value->snoozeUntil.isValid());

        auto agents = run(f.client()->listAgents());
        REQUIRE_OK(agents);
        FernandConversationUpdate assign;
        assign.agentEmail = agents.value->items.at(2).email;
        auto assigned = run(f.client()->updateConversation(id, assign));
        REQUIRE_OK(assigned);
        QCOMPARE(assigned.value->agentId, agents.value->items.at(2).id);
        FernandConversationUpdate unassign;
        unassign.agentId = QString();
        auto unassigned = run(f.client()->updateConversation(id, unassign));
        REQUIRE_OK(unassigned);
        QVERIFY(unassigned.value->agentId.isEmpty());

        FernandConversationUpdate bad;
        bad.status = QStringLiteral("ARCHIVED");
        auto refused = run(f.client()->updateConversation(id, bad));
        QCOMPARE(refused.error.kind(), ApiError::Kind::Validation);
        QCOMPARE(refused.error.detail(), QStringLiteral("Invalid status"));
    }

    void draftWithTitleAndTargetThenDelete()
    {
        const QString id = firstConversation();
        auto agents = run(f.client()->listAgents());
        REQUIRE_OK(agents);
        FernandDraftRequest req;
        req.content = QStringLiteral("<p>Proposed answer</p>");
        req.title = QStringLiteral("Lawyer response");
        req.authorEmail = agents.value->items.at(0).email;
        req.targetId = agents.value->items.at(1).id;
        QVERIFY(req.validationError().isEmpty());
        auto created = run(f.client()->createDraft(id, req));
        REQUIRE_OK(created);
        QCOMPARE(created.value->title, QStringLiteral("Lawyer response"));
        QCOMPARE(created.value->text(), QStringLiteral("<p>Proposed answer</p>"));
        QCOMPARE(created.value->authorId, agents.value->items.at(0).id);
        QCOMPARE(created.value->targetId, agents.value->items.at(1).id);
        QCOMPARE(created.value->conversationId, id);
        QVERIFY(created.value->created.isValid());
        const QByteArray body = f.server->requestLog().last().request.body;
        QVERIFY(body.contains("\"author_email\""));
        QVERIFY(body.contains("\"target_id\":" + agents.value->items.at(1).id.toUtf8()));

        auto deleted = run(f.client()->deleteDraft(id, created.value->id));
        REQUIRE_OK(deleted);
        auto again = run(f.client()->deleteDraft(id, created.value->id));
        QCOMPARE(again.error.kind(), ApiError::Kind::NotFound);

        FernandDraftRequest empty;
        QVERIFY(!empty.validationError().isEmpty());
    }

    void replyLandsInTheStreamAndIsNeverRetriedAfter5xx()
    {
        const QString id = firstConversation();
        FernandReplyRequest reply;
        reply.content = QStringLiteral("<p>Thanks, fixed!</p>");
        auto sent = run(f.client()->reply(id, reply));
        REQUIRE_OK(sent);
        QVERIFY(sent.value->id.startsWith(QLatin1String("m-")));
        QVERIFY(sent.value->isOutbound());
        QVERIFY(!f.server->requestLog().last().request.body.contains("delay")); // unit undocumented: never sent
        auto stream = run(f.client()->listMessages(id));
        REQUIRE_OK(stream);
        QCOMPARE(stream.value->items.last().id, sent.value->id);

        // A 500 may have been processed: a reply is not sent again blindly.
        f.server->injectFaults(1, 500);
        const int before = f.requestCount();
        auto failed = run(f.client()->reply(id, reply));
        QCOMPARE(failed.error.kind(), ApiError::Kind::Server);
        QCOMPARE(f.requestCount() - before, 1);
    }

    void contactsAndContact()
    {
        auto list = run(f.client()->listContacts(QString(), 10));
        REQUIRE_OK(list);
        QCOMPARE(list.value->items.size(), 10);
        auto one = run(f.client()->getContact(list.value->items.first().id));
        REQUIRE_OK(one);
        QCOMPARE(one.value->email, list.value->items.first().email);
        auto search = run(f.client()->listContacts(one.value->email, 5));
        REQUIRE_OK(search);
        QCOMPARE(search.value->items.size(), 1);
    }

    void refusedKeyIsAnAuthError()
    {
        TransportConfig config = FernandProvider::transportConfig(f.server->url(), QByteArrayLiteral("sk_wrong"));
        Transport transport(config);
        FernandClient client(&transport);
        auto r = run(client.listAgents());
        QCOMPARE(r.error.kind(), ApiError::Kind::Auth);
        QCOMPARE(r.error.detail(), QStringLiteral("Invalid API key"));
    }

    void v3PrefixServesTheSameRoutes()
    {
        QUrl url = f.server->url();
        url.setPath(QStringLiteral("/v3"));
        Transport transport(FernandProvider::transportConfig(url, QByteArrayLiteral("sk_test")));
        FernandClient client(&transport);
        auto r = run(client.listAgents());
        REQUIRE_OK(r);
        QCOMPARE(f.server->requestLog().last().request.path, QStringLiteral("/v3/agents"));
    }

    void malformedRecordsAreDroppedNotTheWholePage()
    {
        auto page = FernandPage<FernandConversation>::fromJson(QJsonDocument::fromJson(
            R"({"data": [{"id": 1, "status": "OPENED", "tags": null, "snooze_until": null},
                         {"id": {"x": 1}}, {"id": "7", "last_update": 5}], "cursor": null})").object());
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 2);
        QCOMPARE(page.value().itemErrors.size(), 1);
        QVERIFY(page.value().isLast());
        QCOMPARE(page.value().items.at(1).id, QStringLiteral("7"));
        auto notAList = FernandPage<FernandConversation>::fromJson(QJsonValue(QStringLiteral("nope")));
        QVERIFY(!notAList.ok());
    }
};

QTEST_GUILESS_MAIN(TestFernandClient)
#include "tst_fernand_client.moc"
