// Writes against the sandbox: response-draft lifecycle (save, overwrite, queue, promotion), message drafts,
// contacts and companies, and analytics that follow promoted drafts.

#include "SandboxServer.h"
#include "tst_sandbox_support.h"

#include <QTest>
#include <QTimeZone>

using namespace repdesk;
using namespace sandboxtest;

class TestSandboxDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void responseDraftLifecycle();
    void responseDraftDelete();
    void responseDraftValidation();
    void messageDraftIdOnResponseDraftRoute();
    void messageDraftValidation_data();
    void messageDraftValidation();
    void messageDraftFoldersAndCredentials();
    void messageDraftAutosendLeavesTheList();
    void contacts();
    void companies();

private:
    QString conversationAt(int index) const;
    QString draftsPath(const QString &conversation) const
    {
        return orgPath(m_org, QStringLiteral("/conversations/") + seg(conversation) + QStringLiteral("/response-drafts"));
    }
    int auditCount(const QString &recordType, const QString &action);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    QString m_org, m_org2;
    QJsonArray m_conversations; // newest first, those without a reply pending from the demo data
};

void TestSandboxDrafts::initTestCase()
{
    SandboxOptions options;
    options.conversations = 40;
    options.anchor = QDateTime(QDate(2026, 5, 30), QTime(12, 0), QTimeZone::utc());
    options.autosendDelayMs = 200;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    m_client = std::make_unique<Client>(m_server->url(), "sandbox-key");
    m_org = m_server->organizationIds().at(0);
    m_org2 = m_server->organizationIds().at(1);
    m_conversations = m_client->get(orgPath(m_org, QStringLiteral("/conversations")), Client::query({{"limit", "500"}})).data();
    QCOMPARE(m_conversations.size(), 40);
    // The demo data leaves replies pending on a few recent conversations; the tests below count
    // the drafts they make themselves, so they use the others.
    QJsonArray withoutDrafts;
    for (const QJsonValue &conversation : std::as_const(m_conversations)) {
        const Reply drafts = m_client->get(draftsPath(conversation.toObject().value(QStringLiteral("conversation_id")).toString()));
        QCOMPARE(drafts.status, 200);
        if (drafts.data().isEmpty())
            withoutDrafts.append(conversation);
    }
    QVERIFY(withoutDrafts.size() > 10 && withoutDrafts.size() < m_conversations.size());
    m_conversations = withoutDrafts;
}

QString TestSandboxDrafts::conversationAt(int index) const
{
    return m_conversations.at(index).toObject().value(QStringLiteral("conversation_id")).toString();
}

int TestSandboxDrafts::auditCount(const QString &recordType, const QString &action)
{
    return m_client->all(orgPath(m_org, QStringLiteral("/audit-logs")),
                         Client::query({{"record_type", recordType}, {"action_type", action}}), 500).size();
}

void TestSandboxDrafts::responseDraftLifecycle()
{
    const QString conversation = conversationAt(5);
    const QString path = draftsPath(conversation);
    const QString agent = m_client->get(orgPath(m_org, QStringLiteral("/agents"))).data().at(0).toObject().value(QStringLiteral("agent_id")).toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QUrlQuery range = Client::query({{"start_date", now.addDays(-1).toString(Qt::ISODate)},
                                           {"end_date", now.addSecs(50).toString(Qt::ISODate)}});
    const QString agentAnalytics = orgPath(m_org, QStringLiteral("/agents/") + seg(agent) + QStringLiteral("/analytics/conversations"));
    const int sentBefore = m_client->get(agentAnalytics, range).object().value(QStringLiteral("messagesSent")).toInt();
    const int insertsBefore = auditCount(QStringLiteral("response_draft"), QStringLiteral("insert"));

    // Save, then overwrite: still one row.
    Reply saved = m_client->post(path, QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>First</p>")},
                                                   {QStringLiteral("add_notification"), true}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(keysOf(saved.object()), sorted({"response_id", "conversation_id", "scheduled_to_send", "scheduled_send_at"}));
    QCOMPARE(saved.object().value(QStringLiteral("conversation_id")).toString(), conversation);
    QCOMPARE(saved.object().value(QStringLiteral("scheduled_to_send")).toBool(), false);
    QVERIFY(saved.object().value(QStringLiteral("scheduled_send_at")).isNull());
    const QString responseId = saved.object().value(QStringLiteral("response_id")).toString();
    QCOMPARE(auditCount(QStringLiteral("response_draft"), QStringLiteral("insert")), insertsBefore + 1);

    saved = m_client->post(path, QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>Second</p>")},
                                             {QStringLiteral("cc_emails"), QJsonArray{"boss@example.com"}}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.object().value(QStringLiteral("response_id")).toString(), responseId);
    Reply list = m_client->get(path);
    QCOMPARE(list.data().size(), 1);
    const QJsonObject row = list.data().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("body_html")).toString(), QStringLiteral("<p>Second</p>"));
    QCOMPARE(row.value(QStringLiteral("cc_emails")).toArray(), QJsonArray{"boss@example.com"});
    const QString contactId = m_conversations.at(5).toObject().value(QStringLiteral("contact_id")).toString();
    const QJsonObject contact = m_client->get(orgPath(m_org, QStringLiteral("/contacts/") + seg(contactId))).object();
    QCOMPARE(row.value(QStringLiteral("recipient_name")), contact.value(QStringLiteral("name")));
    QCOMPARE(row.value(QStringLiteral("recipient_email")), contact.value(QStringLiteral("email")));
    QCOMPARE(row.value(QStringLiteral("recipient_phone_number")), contact.value(QStringLiteral("phone_number")));

    // Autosend and notification are mutually exclusive.
    Reply reply = m_client->post(path, QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>x</p>")},
                                                   {QStringLiteral("autosend_draft"), true},
                                                   {QStringLiteral("add_notification"), true}});
    QCOMPARE(reply.status, 400);

    // Queue it: it cannot be deleted or overwritten while sending.
    const QString body = QStringLiteral("<p>Thanks, see you Tuesday at 2pm.</p>");
    saved = m_client->post(path, QJsonObject{{QStringLiteral("body_html"), body}, {QStringLiteral("autosend_draft"), true}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.object().value(QStringLiteral("scheduled_to_send")).toBool(), true);
    QVERIFY(saved.object().value(QStringLiteral("scheduled_send_at")).toString().endsWith(QLatin1Char('Z')));
    reply = m_client->del(path + QStringLiteral("/") + seg(responseId));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("Response draft is currently sending"));
    reply = m_client->post(path, QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>too late</p>")}});
    QCOMPARE(reply.status, 400);

    // Promotion: the draft becomes a sent message.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(path + QStringLiteral("/") + seg(responseId)).status, 404, 5000);
    reply = m_client->get(path + QStringLiteral("/") + seg(responseId));
    const QString hint = QStringLiteral("/api/v2/organizations/%1/conversations/%2/messages/").arg(m_org, conversation);
    QVERIFY2(reply.detail().contains(hint), qPrintable(reply.detail()));
    const QString messageId = reply.detail().mid(reply.detail().indexOf(hint) + hint.size());
    reply = m_client->del(path + QStringLiteral("/") + seg(responseId));
    QCOMPARE(reply.status, 404);
    QVERIFY2(reply.detail().contains(hint + messageId), qPrintable(reply.detail()));
    QCOMPARE(m_client->get(path).data().size(), 0);

    const QJsonArray thread = m_client->get(orgPath(m_org, QStringLiteral("/conversations/") + seg(conversation) + QStringLiteral("/messages")),
                                            Client::query({{"limit", "500"}})).data();
    const QJsonObject last = thread.last().toObject();
    QCOMPARE(last.value(QStringLiteral("message_id")).toString(), messageId);
    QCOMPARE(last.value(QStringLiteral("content")).toString(), body);
    QCOMPARE(last.value(QStringLiteral("message_direction")).toString(), QStringLiteral("sent"));
    QCOMPARE(last.value(QStringLiteral("agent_id")).toString(), agent);
    QVERIFY(!last.value(QStringLiteral("drafted_at")).isNull());
    QVERIFY(!last.value(QStringLiteral("sent_at")).isNull());
    QCOMPARE(m_client->get(orgPath(m_org, QStringLiteral("/conversations/") + seg(conversation) + QStringLiteral("/messages/") + seg(messageId))).status, 200);

    // The conversation moved to the top, and the agent's analytics moved with it.
    const Reply top = m_client->get(orgPath(m_org, QStringLiteral("/conversations")), Client::query({{"limit", "1"}}));
    QCOMPARE(top.data().at(0).toObject().value(QStringLiteral("conversation_id")).toString(), conversation);
    QCOMPARE(m_client->get(agentAnalytics, range).object().value(QStringLiteral("messagesSent")).toInt(), sentBefore + 1);

    // A new draft can be saved once the previous one is gone.
    QCOMPARE(m_client->post(path, QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>Next</p>")}}).status, 200);
    QCOMPARE(m_client->get(path).data().size(), 1);
}

void TestSandboxDrafts::responseDraftDelete()
{
    const QString path = draftsPath(conversationAt(8));
    const int deletesBefore = auditCount(QStringLiteral("response_draft"), QStringLiteral("delete"));
    const Reply saved = m_client->post(path, QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>Draft</p>")}});
    const QString id = saved.object().value(QStringLiteral("response_id")).toString();
    QCOMPARE(m_client->get(path + QStringLiteral("/") + seg(id)).status, 200);
    const Reply deleted = m_client->del(path + QStringLiteral("/") + seg(id));
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(m_client->get(path + QStringLiteral("/") + seg(id)).status, 404);
    QCOMPARE(m_client->del(path + QStringLiteral("/") + seg(id)).status, 404);
    QCOMPARE(m_client->get(path).data().size(), 0);
    QCOMPARE(auditCount(QStringLiteral("response_draft"), QStringLiteral("delete")), deletesBefore + 1);
    // A draft is scoped to its conversation.
    const Reply other = m_client->post(path, QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>Again</p>")}});
    const QString otherId = other.object().value(QStringLiteral("response_id")).toString();
    QCOMPARE(m_client->get(draftsPath(conversationAt(9)) + QStringLiteral("/") + seg(otherId)).status, 404);
}

void TestSandboxDrafts::responseDraftValidation()
{
    const QString path = draftsPath(conversationAt(10));
    Reply reply = m_client->post(path, QJsonObject{{QStringLiteral("cc_emails"), QJsonArray()}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.object().value(QStringLiteral("detail")).toArray().at(0).toObject().value(QStringLiteral("loc")).toArray(),
             (QJsonArray{"body", "body_html"}));
    reply = m_client->post(path, QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>x</p>")},
                                             {QStringLiteral("cc_emails"), QJsonArray{"not-an-email"}}});
    QCOMPARE(reply.status, 422);
    reply = m_client->post(path, QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>x</p>")},
                                             {QStringLiteral("bcc_emails"), QStringLiteral("a@example.com")}});
    QCOMPARE(reply.status, 422);
    reply = m_client->send("POST", path, {}, "{not json");
    QCOMPARE(reply.status, 422);
    reply = m_client->post(draftsPath(QStringLiteral("HR_id_missing")), QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>x</p>")}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.detail(), QStringLiteral("Conversation not found"));
    QCOMPARE(m_client->get(path).data().size(), 0);
}

void TestSandboxDrafts::messageDraftIdOnResponseDraftRoute()
{
    const Reply created = m_client->post(orgPath(m_org, QStringLiteral("/message-drafts")),
                                         QJsonObject{{QStringLiteral("modality"), QStringLiteral("email")},
                                                     {QStringLiteral("subject"), QStringLiteral("Hello")},
                                                     {QStringLiteral("to_email"), QStringLiteral("someone@example.com")}});
    QCOMPARE(created.status, 200);
    const QString id = created.object().value(QStringLiteral("draft_id")).toString();
    const QString hint = QStringLiteral("/api/v2/organizations/%1/message-drafts/%2").arg(m_org, id);
    Reply reply = m_client->get(draftsPath(conversationAt(3)) + QStringLiteral("/") + seg(id));
    QCOMPARE(reply.status, 404);
    QVERIFY2(reply.detail().contains(hint), qPrintable(reply.detail()));
    reply = m_client->del(draftsPath(conversationAt(3)) + QStringLiteral("/") + seg(id));
    QCOMPARE(reply.status, 404);
    QVERIFY2(reply.detail().contains(hint), qPrintable(reply.detail()));
}

void TestSandboxDrafts::messageDraftValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorField"); // for 422: the last element of the first error's loc
    const QJsonObject email{{QStringLiteral("modality"), QStringLiteral("email")},
                            {QStringLiteral("subject"), QStringLiteral("Quote")},
                            {QStringLiteral("to_email"), QStringLiteral("diana@example.com")}};
    const QJsonObject text{{QStringLiteral("modality"), QStringLiteral("text")},
                           {QStringLiteral("body_html"), QStringLiteral("Hi!")},
                           {QStringLiteral("to_phone_number"), QStringLiteral("+14155550199")}};
    const auto with = [](QJsonObject body, const QString &key, const QJsonValue &value) {
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        return body;
    };
    QTest::newRow("email") << email << 200 << QString();
    QTest::newRow("text") << text << 200 << QString();
    QTest::newRow("body only") << with(with(email, "subject", QJsonValue::Undefined), "body_html", QStringLiteral("<p>x</p>")) << 200 << QString();
    QTest::newRow("fax") << with(email, "modality", QStringLiteral("fax")) << 422 << "modality";
    QTest::newRow("no modality") << with(email, "modality", QJsonValue::Undefined) << 422 << "modality";
    QTest::newRow("no subject nor body") << with(email, "subject", QJsonValue::Undefined) << 422 << "body";
    QTest::newRow("email without to_email") << with(email, "to_email", QJsonValue::Undefined) << 422 << "to_email";
    QTest::newRow("email with bad to_email") << with(email, "to_email", QStringLiteral("diana")) << 422 << "to_email";
    QTest::newRow("text without phone") << with(text, "to_phone_number", QJsonValue::Undefined) << 422 << "to_phone_number";
    QTest::newRow("bad cc") << with(email, "cc_emails", QJsonArray{"ok@example.com", "nope"}) << 422 << "1";
    QTest::newRow("bad bcc") << with(email, "bcc_emails", QJsonArray{"@example.com"}) << 422 << "0";
    QTest::newRow("autosend and notify") << with(with(email, "autosend_draft", true), "add_notification", true) << 400 << QString();
}

void TestSandboxDrafts::messageDraftValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, errorField);
    const Reply reply = m_client->post(orgPath(m_org, QStringLiteral("/message-drafts")), body);
    QVERIFY2(reply.status == status, reply.body.constData());
    if (status == 422) {
        const QJsonArray loc = reply.object().value(QStringLiteral("detail")).toArray().at(0).toObject().value(QStringLiteral("loc")).toArray();
        QCOMPARE(loc.first().toString(), QStringLiteral("body"));
        QCOMPARE(loc.last().toVariant().toString(), errorField);
    }
    if (status == 200)
        QCOMPARE(reply.object().value(QStringLiteral("folder")).toString(), QStringLiteral("drafts"));
}

void TestSandboxDrafts::messageDraftFoldersAndCredentials()
{
    const QString path = orgPath(m_org, QStringLiteral("/message-drafts"));
    const int insertsBefore = auditCount(QStringLiteral("message_draft"), QStringLiteral("insert"));
    Reply reply = m_client->post(path, QJsonObject{{QStringLiteral("modality"), QStringLiteral("email")},
                                                   {QStringLiteral("subject"), QStringLiteral("Following up")},
                                                   {QStringLiteral("body_html"), QStringLiteral("<p>Hi Zoë</p>")},
                                                   {QStringLiteral("to_user_name"), QStringLiteral("Zoë Dupré")},
                                                   {QStringLiteral("to_email"), QStringLiteral("zoe@example.fr")},
                                                   {QStringLiteral("cc_emails"), QJsonArray{"office@example.fr"}},
                                                   {QStringLiteral("folder"), QStringLiteral("Sales Follow-up")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(keysOf(reply.object()), sorted({"draft_id", "scheduled_to_send", "scheduled_send_at", "folder"}));
    QCOMPARE(reply.object().value(QStringLiteral("folder")).toString(), QStringLiteral("sales-follow-up"));
    QCOMPARE(reply.object().value(QStringLiteral("scheduled_to_send")).toBool(), false);
    QVERIFY(reply.object().value(QStringLiteral("scheduled_send_at")).isNull());
    const QString id = reply.object().value(QStringLiteral("draft_id")).toString();
    QCOMPARE(auditCount(QStringLiteral("message_draft"), QStringLiteral("insert")), insertsBefore + 1);

    const QJsonObject detail = m_client->get(path + QStringLiteral("/") + seg(id)).object();
    QCOMPARE(detail.value(QStringLiteral("recipient_name")).toString(), QStringLiteral("Zoë Dupré"));
    QCOMPARE(detail.value(QStringLiteral("recipient_email")).toString(), QStringLiteral("zoe@example.fr"));
    QCOMPARE(detail.value(QStringLiteral("cc_emails")).toArray(), QJsonArray{"office@example.fr"});
    QCOMPARE(detail.value(QStringLiteral("folder")).toString(), QStringLiteral("sales-follow-up"));
    const QJsonArray inFolder = m_client->get(path, Client::query({{"folder", "sales-follow-up"}, {"limit", "500"}})).data();
    bool listed = false;
    for (const QJsonValue &draft : inFolder) {
        QCOMPARE(draft.toObject().value(QStringLiteral("folder")).toString(), QStringLiteral("sales-follow-up"));
        listed |= draft.toObject().value(QStringLiteral("draft_id")).toString() == id;
    }
    QVERIFY(listed);

    // The second organization has e-mail credentials only.
    const QString other = orgPath(m_org2, QStringLiteral("/message-drafts"));
    reply = m_client->post(other, QJsonObject{{QStringLiteral("modality"), QStringLiteral("text")},
                                              {QStringLiteral("body_html"), QStringLiteral("Hi")},
                                              {QStringLiteral("to_phone_number"), QStringLiteral("+14155550100")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("Organization has no credentials for text"));
    reply = m_client->post(other, QJsonObject{{QStringLiteral("modality"), QStringLiteral("email")},
                                              {QStringLiteral("subject"), QStringLiteral("Hi")},
                                              {QStringLiteral("to_email"), QStringLiteral("pilot@example.com")}});
    QCOMPARE(reply.status, 200);
    // Drafts are scoped to their organization.
    QCOMPARE(m_client->get(other + QStringLiteral("/") + seg(id)).status, 404);

    QCOMPARE(m_client->del(path + QStringLiteral("/") + seg(id)).status, 204);
    QCOMPARE(m_client->get(path + QStringLiteral("/") + seg(id)).status, 404);
    QCOMPARE(m_client->del(path + QStringLiteral("/") + seg(id)).status, 404);
    QCOMPARE(m_client->del(path + QStringLiteral("/HR_id_unknown")).status, 404);
}

void TestSandboxDrafts::messageDraftAutosendLeavesTheList()
{
    const QString path = orgPath(m_org, QStringLiteral("/message-drafts"));
    const Reply reply = m_client->post(path, QJsonObject{{QStringLiteral("modality"), QStringLiteral("text")},
                                                         {QStringLiteral("body_html"), QStringLiteral("On my way 🚚")},
                                                         {QStringLiteral("to_phone_number"), QStringLiteral("+14155550123")},
                                                         {QStringLiteral("autosend_draft"), true}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("scheduled_to_send")).toBool(), true);
    QVERIFY(reply.object().value(QStringLiteral("scheduled_send_at")).isString());
    const QString id = reply.object().value(QStringLiteral("draft_id")).toString();
    const auto listed = [&] {
        for (const QJsonValue &draft : m_client->get(path, Client::query({{"limit", "500"}})).data()) {
            if (draft.toObject().value(QStringLiteral("draft_id")).toString() == id)
                return true;
        }
        return false;
    };
    QVERIFY(listed());
    QCOMPARE(m_client->del(path + QStringLiteral("/") + seg(id)).status, 400);
    QTRY_VERIFY_WITH_TIMEOUT(!listed(), 5000);
    QCOMPARE(m_client->get(path + QStringLiteral("/") + seg(id)).status, 404);
}

void TestSandboxDrafts::contacts()
{
    const QString path = orgPath(m_org, QStringLiteral("/contacts"));
    Reply reply = m_client->post(path, QJsonObject{});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.object().value(QStringLiteral("detail")).isArray());
    reply = m_client->post(path, QJsonObject{{QStringLiteral("company_role"), QStringLiteral("Owner")}});
    QCOMPARE(reply.status, 422);
    reply = m_client->post(path, QJsonObject{{QStringLiteral("email"), QStringLiteral("not an email")}});
    QCOMPARE(reply.status, 422);
    reply = m_client->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Hal Jordan")},
                                             {QStringLiteral("company_id"), QStringLiteral("HR_id_nope")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("Invalid company_id"));
    // A company of the other organization is not valid here either.
    const QString foreignCompany = m_client->get(orgPath(m_org2, QStringLiteral("/companies"))).data().at(0).toObject().value(QStringLiteral("company_id")).toString();
    reply = m_client->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Hal Jordan")},
                                             {QStringLiteral("company_id"), foreignCompany}});
    QCOMPARE(reply.status, 400);

    const QString company = m_client->get(orgPath(m_org, QStringLiteral("/companies"))).data().at(0).toObject().value(QStringLiteral("company_id")).toString();
    reply = m_client->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Hal Jordan")},
                                             {QStringLiteral("email"), QStringLiteral("hal@ferrisaircraft.com")},
                                             {QStringLiteral("phone_number"), QStringLiteral("+14155550199")},
                                             {QStringLiteral("company_id"), company},
                                             {QStringLiteral("company_role"), QStringLiteral("Controller")},
                                             {QStringLiteral("custom_fields"), QJsonObject{{QStringLiteral("notes"), QStringLiteral("Primary billing contact")}}}});
    QCOMPARE(reply.status, 200);
    const QJsonObject created = reply.object();
    QCOMPARE(created.value(QStringLiteral("company_id")).toString(), company);
    QCOMPARE(created.value(QStringLiteral("company_role")).toString(), QStringLiteral("Controller"));
    QVERIFY(created.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(m_client->get(path + QStringLiteral("/") + seg(created.value(QStringLiteral("contact_id")).toString())).object(), created);
    // Newest first: the new contact leads the list.
    QCOMPARE(m_client->get(path).data().at(0).toObject().value(QStringLiteral("contact_id")), created.value(QStringLiteral("contact_id")));
    // Phone only is enough.
    QCOMPARE(m_client->post(path, QJsonObject{{QStringLiteral("phone_number"), QStringLiteral("513-867-5309")}}).status, 200);
}

void TestSandboxDrafts::companies()
{
    const QString path = orgPath(m_org, QStringLiteral("/companies"));
    Reply reply = m_client->post(path, QJsonObject{{QStringLiteral("domain"), QStringLiteral("example.com")}});
    QCOMPARE(reply.status, 422);
    reply = m_client->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Localhost Inc")},
                                             {QStringLiteral("domain"), QStringLiteral("localhost")}});
    QCOMPARE(reply.status, 422);
    reply = m_client->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Ferris Aircraft")},
                                             {QStringLiteral("agent_id"), QStringLiteral("HR_id_nope")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("Invalid agent_id"));
    const QString foreignAgent = m_client->get(orgPath(m_org2, QStringLiteral("/agents"))).data().at(0).toObject().value(QStringLiteral("agent_id")).toString();
    reply = m_client->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Ferris Aircraft")}, {QStringLiteral("agent_id"), foreignAgent}});
    QCOMPARE(reply.status, 400);

    const QString agent = m_client->get(orgPath(m_org, QStringLiteral("/agents"))).data().at(0).toObject().value(QStringLiteral("agent_id")).toString();
    reply = m_client->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Ferris Aircraft")},
                                             {QStringLiteral("domain"), QStringLiteral("HTTPS://Www.FerrisAircraft.COM/about?x=1")},
                                             {QStringLiteral("address"), QStringLiteral("100 Coastline Ave, Coast City, CA")},
                                             {QStringLiteral("agent_id"), agent},
                                             {QStringLiteral("custom_fields"), QJsonObject{{QStringLiteral("notes"), QStringLiteral("Enterprise account")}}}});
    QCOMPARE(reply.status, 200);
    const QJsonObject created = reply.object();
    QCOMPARE(created.value(QStringLiteral("domain")).toString(), QStringLiteral("www.ferrisaircraft.com"));
    QCOMPARE(created.value(QStringLiteral("agent_id")).toString(), agent);
    QCOMPARE(created.value(QStringLiteral("custom_fields")).toObject().value(QStringLiteral("notes")).toString(), QStringLiteral("Enterprise account"));
    QCOMPARE(m_client->get(path + QStringLiteral("/") + seg(created.value(QStringLiteral("company_id")).toString())).object(), created);
    reply = m_client->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Bare")}, {QStringLiteral("domain"), QStringLiteral("Example.ORG")}});
    QCOMPARE(reply.object().value(QStringLiteral("domain")).toString(), QStringLiteral("example.org"));
}

QTEST_GUILESS_MAIN(TestSandboxDrafts)
#include "tst_sandbox_drafts.moc"
