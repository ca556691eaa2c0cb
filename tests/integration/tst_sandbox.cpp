// Routes and their documented shapes, auth, unknown ids and methods, Unicode and legacy v1 of the in-process sandbox.

#include "SandboxServer.h"
#include "tst_sandbox_support.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace repdesk;
using namespace sandboxtest;

namespace {
const QDateTime kAnchor(QDate(2026, 5, 30), QTime(12, 0), QTimeZone::utc());

QString iso(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void organizations();
    void documentedKeys_data();
    void documentedKeys();
    void authFailures_data();
    void authFailures();
    void unknownIds_data();
    void unknownIds();
    void unknownRouteAndMethod();
    void unicodeRoundTrip();
    void legacyRoutes();

private:
    QString analyticsQuery() const
    {
        return QStringLiteral("start_date=%1&end_date=%2").arg(iso(kAnchor.addDays(-90)), iso(kAnchor));
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    QString m_org, m_org2;
    QString m_conversation, m_message, m_contact, m_company, m_agent, m_sale, m_audit, m_messageDraft, m_responseDraft;
    QString m_saleOwner;
};

void TestSandbox::initTestCase()
{
    SandboxOptions options;
    options.conversations = 60;
    options.anchor = kAnchor;
    options.autosendDelayMs = 200;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->url().host(), QStringLiteral("127.0.0.1"));
    m_client = std::make_unique<Client>(m_server->url(), "sandbox-key");
    const QStringList orgs = m_server->organizationIds();
    QCOMPARE(orgs.size(), 2);
    m_org = orgs.at(0);
    m_org2 = orgs.at(1);

    const Reply conversations = m_client->get(orgPath(m_org, QStringLiteral("/conversations")));
    QCOMPARE(conversations.status, 200);
    // The most recently active conversation of a fresh server is the 240-message thread.
    const QString newest = newestGenerated(conversations.data(), kAnchor);
    QVERIFY2(!newest.isEmpty(), "every conversation of the first page was touched after the anchor");
    const Reply thread = m_client->get(orgPath(m_org, QStringLiteral("/conversations/") + seg(newest) + QStringLiteral("/messages")),
                                       Client::query({{"limit", "500"}}));
    QCOMPARE(thread.data().size(), 240);
    // Another one keeps the fixtures small.
    QJsonObject conversation;
    for (const QJsonValue &item : conversations.data()) {
        if (item.toObject().value(QStringLiteral("conversation_id")).toString() != newest) {
            conversation = item.toObject();
            break;
        }
    }
    m_conversation = conversation.value(QStringLiteral("conversation_id")).toString();
    m_contact = conversation.value(QStringLiteral("contact_id")).toString();
    const Reply messages = m_client->get(orgPath(m_org, QStringLiteral("/conversations/") + seg(m_conversation) + QStringLiteral("/messages")));
    QCOMPARE(messages.status, 200);
    m_message = messages.data().at(0).toObject().value(QStringLiteral("message_id")).toString();
    m_company = m_client->get(orgPath(m_org, QStringLiteral("/companies"))).data().at(0).toObject().value(QStringLiteral("company_id")).toString();
    m_agent = m_client->get(orgPath(m_org, QStringLiteral("/agents"))).data().at(0).toObject().value(QStringLiteral("agent_id")).toString();
    const QJsonObject sale = m_client->get(orgPath(m_org, QStringLiteral("/sales"))).data().at(0).toObject();
    m_sale = sale.value(QStringLiteral("sale_id")).toString();
    m_saleOwner = sale.value(QStringLiteral("owner_id")).toString();
    m_audit = m_client->get(orgPath(m_org, QStringLiteral("/audit-logs"))).data().at(0).toObject().value(QStringLiteral("audit_log_id")).toString();
    m_messageDraft = m_client->get(orgPath(m_org, QStringLiteral("/message-drafts"))).data().at(0).toObject().value(QStringLiteral("draft_id")).toString();
    const Reply saved = m_client->post(orgPath(m_org, QStringLiteral("/conversations/") + seg(m_conversation) + QStringLiteral("/response-drafts")),
                                       QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>Fixture</p>")}});
    QCOMPARE(saved.status, 200);
    m_responseDraft = saved.object().value(QStringLiteral("response_id")).toString();
    for (const QString *id : {&m_message, &m_company, &m_agent, &m_sale, &m_audit, &m_messageDraft, &m_responseDraft})
        QVERIFY(!id->isEmpty());
    QVERIFY2(m_contact.startsWith(QLatin1String("gAAAAAB")) && m_contact.size() > 100, qPrintable(m_contact));
}

void TestSandbox::organizations()
{
    const Reply reply = m_client->get(QStringLiteral("/api/v2/organizations"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(keysOf(reply.object()), QStringList{QStringLiteral("data")});
    QCOMPARE(reply.data().size(), 2);
    QCOMPARE(reply.data().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Roofing"));
    QCOMPARE(reply.data().at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ferris Aircraft Sales"));
    QCOMPARE(reply.data().at(0).toObject().value(QStringLiteral("organization_id")).toString(), m_org);
    QCOMPARE(keysOf(reply.data().at(0).toObject()), sorted({QStringLiteral("organization_id"), QStringLiteral("name")}));
}

void TestSandbox::documentedKeys_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("isList");
    QTest::addColumn<QStringList>("keys");

    const QStringList contact{"contact_id", "name", "email", "phone_number", "created_at", "company_id", "custom_fields", "company_role"};
    const QStringList company{"company_id", "name", "domain", "custom_fields", "address", "agent_id", "created_at"};
    const QStringList agent{"agent_id", "name", "email"};
    const QStringList conversation{"conversation_id", "start_at", "last_activity_at", "folder", "is_read", "contact_id"};
    const QStringList message{"message_id", "conversation_id", "agent_id", "modality", "message_direction", "is_form_request",
                              "subject", "content", "call_transcript", "form_request_body", "sent_at", "drafted_at",
                              "email_metadata", "call_metadata", "tracked_links"};
    const QStringList messageDraft{"draft_id", "subject", "body_html", "modality", "agent_id", "recipient_name", "recipient_email",
                                   "recipient_phone_number", "cc_emails", "bcc_emails", "scheduled_send_at", "folder", "created_at"};
    const QStringList responseDraft{"response_id", "conversation_id", "body_html", "recipient_name", "recipient_email",
                                    "recipient_phone_number", "cc_emails", "bcc_emails", "scheduled_send_at", "created_at"};
    const QStringList sale{"sale_id", "associated_conversation_ids", "company_id", "owner_id", "associated_contacts", "quote_details",
                           "custom_fields", "current_status", "status_history", "created_at", "last_activity_at"};
    const QStringList audit{"audit_log_id", "occurred_at", "agent_id", "action_type", "record", "changes"};
    const QStringList agentConversations{"conversationsRespondedTo", "messagesSent"};
    const QStringList salesStats{"pipeline", "salesRate"};
    const QString a = analyticsQuery();
    const QString conv = QStringLiteral("/conversations/") + seg(m_conversation);

    QTest::newRow("contacts") << orgPath(m_org, "/contacts") << QString() << true << contact;
    QTest::newRow("contact") << orgPath(m_org, "/contacts/" + seg(m_contact)) << QString() << false << contact;
    QTest::newRow("contact conversations") << orgPath(m_org, "/contacts/" + seg(m_contact) + "/conversations") << QString() << true << conversation;
    QTest::newRow("companies") << orgPath(m_org, "/companies") << QString() << true << company;
    QTest::newRow("company") << orgPath(m_org, "/companies/" + seg(m_company)) << QString() << false << company;
    QTest::newRow("agents") << orgPath(m_org, "/agents") << QString() << true << agent;
    QTest::newRow("agent") << orgPath(m_org, "/agents/" + seg(m_agent)) << QString() << false << agent;
    QTest::newRow("agent conversations") << orgPath(m_org, "/agents/" + seg(m_saleOwner) + "/conversations") << QString() << true << conversation;
    QTest::newRow("agent sales") << orgPath(m_org, "/agents/" + seg(m_saleOwner) + "/sales") << QString() << true << sale;
    QTest::newRow("agent analytics") << orgPath(m_org, "/agents/" + seg(m_agent) + "/analytics") << a << false
                                     << QStringList{"conversations", "sales"};
    QTest::newRow("agent analytics conversations") << orgPath(m_org, "/agents/" + seg(m_agent) + "/analytics/conversations") << a << false << agentConversations;
    QTest::newRow("agent analytics sales") << orgPath(m_org, "/agents/" + seg(m_agent) + "/analytics/sales") << a << false << salesStats;
    QTest::newRow("conversations") << orgPath(m_org, "/conversations") << QString() << true << conversation;
    QTest::newRow("conversation") << orgPath(m_org, conv) << QString() << false << conversation;
    QTest::newRow("messages") << orgPath(m_org, conv + "/messages") << QString() << true << message;
    QTest::newRow("message") << orgPath(m_org, conv + "/messages/" + seg(m_message)) << QString() << false << message;
    QTest::newRow("message drafts") << orgPath(m_org, "/message-drafts") << QString() << true << messageDraft;
    QTest::newRow("message draft") << orgPath(m_org, "/message-drafts/" + seg(m_messageDraft)) << QString() << false << messageDraft;
    QTest::newRow("response drafts") << orgPath(m_org, conv + "/response-drafts") << QString() << true << responseDraft;
    QTest::newRow("response draft") << orgPath(m_org, conv + "/response-drafts/" + seg(m_responseDraft)) << QString() << false << responseDraft;
    QTest::newRow("analytics conversations") << orgPath(m_org, "/analytics/conversations") << a << false
                                             << QStringList{"responseRateStats", "responseTimeStats", "volumeStats", "modalityStats"};
    QTest::newRow("analytics response-rate") << orgPath(m_org, "/analytics/conversations/response-rate") << a << false
                                             << QStringList{"numConversationsRespondedTo", "numConversationsReceived", "responseRate"};
    QTest::newRow("analytics response-time") << orgPath(m_org, "/analytics/conversations/response-time") << a << false << QStringList{"responseTime"};
    QTest::newRow("analytics volume") << orgPath(m_org, "/analytics/conversations/volume") << a << false
                                      << QStringList{"numMessagesReceived", "numMessagesSent", "totalConversations"};
    QTest::newRow("analytics modality") << orgPath(m_org, "/analytics/conversations/modality") << a << false
                                        << QStringList{"textMessages", "calls", "emails", "liveChats", "formRequests"};
    QTest::newRow("analytics sales") << orgPath(m_org, "/analytics/sales") << a << false << salesStats;
    QTest::newRow("audit logs") << orgPath(m_org, "/audit-logs") << QString() << true << audit;
    QTest::newRow("audit log") << orgPath(m_org, "/audit-logs/" + seg(m_audit)) << QString() << false << audit;
    QTest::newRow("sales") << orgPath(m_org, "/sales") << QString() << true << sale;
    QTest::newRow("sale") << orgPath(m_org, "/sales/" + seg(m_sale)) << QString() << false << sale;
}

void TestSandbox::documentedKeys()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(bool, isList);
    QFETCH(QStringList, keys);
    const Reply reply = m_client->get(path, QUrlQuery(query));
    QVERIFY2(reply.status == 200, reply.body.constData());
    QVERIFY(reply.jsonOk);
    if (isList) {
        QCOMPARE(keysOf(reply.object()), sorted({"data", "pagination"}));
        QCOMPARE(keysOf(reply.pagination()), sorted({"limit", "cursor", "next_cursor", "has_more"}));
        QVERIFY2(!reply.data().isEmpty(), "the demo data should fill every list");
        QCOMPARE(keysOf(reply.data().at(0).toObject()), sorted(keys));
    } else {
        QCOMPARE(keysOf(reply.object()), sorted(keys));
    }
}

void TestSandbox::authFailures_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing") << QByteArray() << "Missing API Key";
    QTest::newRow("wrong") << QByteArray("nope") << "Invalid API Key";
    QTest::newRow("inactive") << QByteArray("inactive-key") << "API Key is inactive";
    QTest::newRow("expired") << QByteArray("expired-key") << "API Key has expired";
}

void TestSandbox::authFailures()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, detail);
    for (const QString &path : {QStringLiteral("/api/v2/organizations"), orgPath(m_org, QStringLiteral("/conversations")),
                                QStringLiteral("/api/v1/solutions")}) {
        const Reply reply = m_client->send("GET", path, {}, {}, &key);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.detail(), detail);
    }
}

void TestSandbox::unknownIds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("detail");
    const QString conv = QStringLiteral("/conversations/") + seg(m_conversation);
    QTest::newRow("org") << orgPath(QStringLiteral("HR_id_nope"), "/conversations") << "Invalid organization_id";
    QTest::newRow("org detail route") << orgPath(QStringLiteral("HR_id_nope"), conv) << "Invalid organization_id";
    QTest::newRow("conversation") << orgPath(m_org, "/conversations/HR_id_nope") << "Conversation not found";
    QTest::newRow("conversation of another org") << orgPath(m_org2, conv) << "Conversation not found";
    QTest::newRow("conversation messages") << orgPath(m_org, "/conversations/HR_id_nope/messages") << "Conversation not found";
    QTest::newRow("message") << orgPath(m_org, conv + "/messages/HR_id_nope") << "Message not found";
    QTest::newRow("contact") << orgPath(m_org, "/contacts/HR_id_nope") << "Invalid contact_id";
    QTest::newRow("contact conversations") << orgPath(m_org, "/contacts/HR_id_nope/conversations") << "Invalid contact_id";
    QTest::newRow("company") << orgPath(m_org, "/companies/HR_id_nope") << "Company not found";
    QTest::newRow("agent") << orgPath(m_org, "/agents/HR_id_nope") << "Agent not found";
    QTest::newRow("sale") << orgPath(m_org, "/sales/HR_id_nope") << "Sale not found";
    QTest::newRow("audit") << orgPath(m_org, "/audit-logs/HR_id_nope") << "Audit log not found";
    QTest::newRow("message draft") << orgPath(m_org, "/message-drafts/HR_id_nope") << "Message draft not found";
    QTest::newRow("response draft") << orgPath(m_org, conv + "/response-drafts/HR_id_nope") << "Response draft not found";
    QTest::newRow("solution") << QStringLiteral("/api/v1/solutions/00000000-0000-4000-8000-000000000000/analytics") << "Solution not found";
}

void TestSandbox::unknownIds()
{
    QFETCH(QString, path);
    QFETCH(QString, detail);
    const Reply reply = m_client->get(path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.detail(), detail);
}

void TestSandbox::unknownRouteAndMethod()
{
    Reply reply = m_client->get(QStringLiteral("/api/v2/nothing-here"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.detail(), QStringLiteral("Not Found"));
    reply = m_client->get(orgPath(m_org, QStringLiteral("/conversations/x/y/z")));
    QCOMPARE(reply.status, 404);
    reply = m_client->del(QStringLiteral("/api/v2/organizations"));
    QCOMPARE(reply.status, 405);
    reply = m_client->post(orgPath(m_org, QStringLiteral("/conversations")), QJsonObject{});
    QCOMPARE(reply.status, 405);
    // Routing comes before auth, as in FastAPI.
    const QByteArray none;
    reply = m_client->send("GET", QStringLiteral("/api/v2/nothing-here"), {}, {}, &none);
    QCOMPARE(reply.status, 404);
}

void TestSandbox::unicodeRoundTrip()
{
    const QJsonArray contacts = m_client->get(orgPath(m_org, QStringLiteral("/contacts")), Client::query({{"limit", "500"}})).data();
    QSet<QString> names;
    for (const QJsonValue &contact : contacts)
        names.insert(contact.toObject().value(QStringLiteral("name")).toString());
    for (const QString &expected : {QStringLiteral("Zoë Dupré"), QStringLiteral("José Álvarez"), QStringLiteral("王芳"),
                                    QStringLiteral("佐藤健"), QStringLiteral("مريم الحسن"), QStringLiteral("דוד לוי"),
                                    QStringLiteral("Sunny ☀️ Okafor")}) {
        QVERIFY2(names.contains(expected), qPrintable(expected));
    }
    const QString name = QStringLiteral("Zoë 🦊 Ng — 王芳 / מריים");
    const Reply created = m_client->post(orgPath(m_org, QStringLiteral("/contacts")),
                                         QJsonObject{{QStringLiteral("name"), name},
                                                     {QStringLiteral("custom_fields"), QJsonObject{{QStringLiteral("emoji"), QStringLiteral("🎉")}}}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value(QStringLiteral("name")).toString(), name);
    const Reply fetched = m_client->get(orgPath(m_org, QStringLiteral("/contacts/") + seg(created.object().value(QStringLiteral("contact_id")).toString())));
    QCOMPARE(fetched.object().value(QStringLiteral("name")).toString(), name);
    QCOMPARE(fetched.object().value(QStringLiteral("custom_fields")).toObject().value(QStringLiteral("emoji")).toString(), QStringLiteral("🎉"));
}

void TestSandbox::legacyRoutes()
{
    const Reply solutions = m_client->get(QStringLiteral("/api/v1/solutions"));
    QCOMPARE(solutions.status, 200);
    QVERIFY(solutions.json.isArray());
    const QJsonArray list = solutions.json.array();
    QCOMPARE(list.size(), 2);
    const QString uuid = list.at(0).toObject().value(QStringLiteral("uuid")).toString();
    QVERIFY(QUuid::fromString(uuid) != QUuid());
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Roofing"));
    const Reply analytics = m_client->get(QStringLiteral("/api/v1/solutions/") + uuid + QStringLiteral("/analytics"));
    QCOMPARE(analytics.status, 200);
    QCOMPARE(keysOf(analytics.object()),
             sorted({"responseRateStats", "responseTimeStats", "salesStats", "valueStats", "salesFunnelStats", "autonomyRateStats",
                     "numLeads", "leadsHandled", "salesRate", "quoteRate", "ghostRate", "leadResponseScore"}));
    QCOMPARE(keysOf(analytics.object().value(QStringLiteral("salesFunnelStats")).toObject()), sorted({"source", "response", "outcome", "sale"}));
    QVERIFY(analytics.object().value(QStringLiteral("numLeads")).toInt() > 0);
    QVERIFY(analytics.object().value(QStringLiteral("responseRateStats")).toObject().value(QStringLiteral("numChatsSent")).toInt() > 0);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
