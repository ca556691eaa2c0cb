// Fernand's records read tolerantly (ids as numbers or strings, nulls, unknown
// shapes), the request bodies send only what is set, and --provider parses.
#include "FernandConversation.h"
#include "FernandConversationQuery.h"
#include "FernandConversationUpdate.h"
#include "FernandDraft.h"
#include "FernandDraftRequest.h"
#include "FernandReplyRequest.h"
#include "FernandStreamItem.h"
#include "LaunchOptions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace repdesk;

namespace {
QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestFernandRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamItemKinds()
    {
        auto note = FernandStreamItem::fromJson(json(R"({"id": "n-4", "type": "message", "timestamp": 1764500000})"));
        QVERIFY(note.ok());
        QCOMPARE(note.value().kind(), FernandStreamItem::Kind::Note); // the id's prefix wins
        QVERIFY(note.value().timestamp.isValid()); // unix seconds accepted
        auto event = FernandStreamItem::fromJson(json(R"({"id": 12, "type": "EVENT"})"));
        QVERIFY(event.ok());
        QCOMPARE(event.value().id, QStringLiteral("12"));
        QCOMPARE(event.value().kind(), FernandStreamItem::Kind::Event);
        auto out = FernandStreamItem::fromJson(json(R"({"id": "m-1", "way": "OUT", "is_read": null})"));
        QVERIFY(out.value().isOutbound());
        QVERIFY(!out.value().isRead.has_value());
        QVERIFY(!FernandStreamItem::fromJson(json(R"({"id": "m-2", "message": 5})")).ok());
        QVERIFY(!FernandStreamItem::fromJson(json(R"({"type": "message"})")).ok()); // no id: unusable
    }

    void conversationNullsAndDrift()
    {
        auto c = FernandConversation::fromJson(json(
            R"({"id": 7, "contact_id": null, "subject": null, "status": "SNOOZED", "tags": [1, "2", null],
                "recipients": null, "agent_id": "101", "snooze_until": "2026-12-04T09:00:00Z", "extra": {}})"));
        QVERIFY(c.ok());
        QCOMPARE(c.value().id, QStringLiteral("7"));
        QVERIFY(c.value().contactId.isEmpty());
        QCOMPARE(c.value().tags, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(c.value().agentId, QStringLiteral("101"));
        QVERIFY(c.value().snoozeUntil.isValid());
        QVERIFY(!FernandConversation::fromJson(json(R"({"id": [1]})")).ok());
    }

    void draftContentAsObjectOrString()
    {
        auto object = FernandDraft::fromJson(json(R"({"id": 3, "content": {"content": "<p>x</p>"}, "target_id": null})"));
        QVERIFY(object.ok());
        QCOMPARE(object.value().text(), QStringLiteral("<p>x</p>"));
        QVERIFY(object.value().targetId.isEmpty());
        auto text = FernandDraft::fromJson(json(R"({"id": 3, "content": "plain"})"));
        QCOMPARE(text.value().text(), QStringLiteral("plain"));
    }

    void bodiesSendOnlyWhatIsSet()
    {
        FernandDraftRequest d;
        d.content = QStringLiteral("c");
        d.authorId = QStringLiteral("101");
        d.authorEmail = QStringLiteral("ignored@x"); // the id wins
        d.targetEmail = QStringLiteral("t@x");
        const QJsonObject body = d.toJson();
        QCOMPARE(body.value(QLatin1String("author_id")).toInt(), 101);
        QVERIFY(!body.contains(QLatin1String("author_email")));
        QCOMPARE(body.value(QLatin1String("target_email")).toString(), QStringLiteral("t@x"));
        QVERIFY(!body.contains(QLatin1String("title")));
        d.title = QString(251, QLatin1Char('x'));
        QVERIFY(!d.validationError().isEmpty());

        FernandReplyRequest r;
        r.content = QStringLiteral("<p>hi</p>");
        QVERIFY(!r.toJson().contains(QLatin1String("delay"))); // unit undocumented: not sent
        FernandReplyRequest empty;
        QVERIFY(!empty.validationError().isEmpty());

        FernandConversationUpdate u;
        QVERIFY(u.isEmpty());
        u.agentId = QString();
        QVERIFY(u.toJson().value(QLatin1String("agent_id")).isNull()); // unassign
        QVERIFY(!u.toJson().contains(QLatin1String("status")));
    }

    void queryTerms()
    {
        FernandConversationQuery q;
        q.status = QStringLiteral("OPENED");
        q.assignedEmail = QStringLiteral("a@b.c");
        q.tag = QStringLiteral("5");
        q.keywords = QStringLiteral("  refund   march ");
        q.order = FernandConversationQuery::Order::Longest;
        QCOMPARE(q.queryText(), QStringLiteral("status:opened assigned:a@b.c tag:5 refund march"));
        RequestSpec spec;
        q.limit = 2;
        q.applyTo(spec);
        QCOMPARE(spec.query.at(0), qMakePair(QStringLiteral("limit"), QStringLiteral("3")));
        QCOMPARE(spec.query.last(), qMakePair(QStringLiteral("order"), QStringLiteral("longest")));
    }

    void providerOption()
    {
        LaunchOptions fernand = LaunchOptions::parse({QStringLiteral("repdesk"), QStringLiteral("--provider"), QStringLiteral("fernand")});
        QVERIFY(fernand.error.isEmpty());
        QCOMPARE(fernand.provider, QStringLiteral("fernand"));
        QCOMPARE(fernand.server.host(), QStringLiteral("api.getfernand.com"));
        LaunchOptions own = LaunchOptions::parse({QStringLiteral("repdesk"), QStringLiteral("--provider"), QStringLiteral("fernand"),
                                                  QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9")});
        QCOMPARE(own.server.port(), 9);
        QVERIFY(own.serverGiven);
        LaunchOptions plain = LaunchOptions::parse({QStringLiteral("repdesk")});
        QCOMPARE(plain.provider, QStringLiteral("hyperrep"));
        QCOMPARE(plain.server.host(), QStringLiteral("api.hyperrep.ai"));
        QVERIFY(!LaunchOptions::parse({QStringLiteral("repdesk"), QStringLiteral("--provider"), QStringLiteral("zendesk")}).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFernandRecords)
#include "tst_fernand_records.moc"
