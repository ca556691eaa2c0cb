// What real servers send besides the documented examples: nulls, missing and
// wrong-typed fields, very long ids, Unicode, bare arrays and plain garbage.

#include "Records.h"
#include "tst_records_support.h"

#include <QtTest>

using namespace repdesk;
using repdesk::testsupport::fixture;
using repdesk::testsupport::parse;
using repdesk::testsupport::utc;

class TestRecordsEdge : public QObject
{
    Q_OBJECT

private slots:
    void conversationsNullsMissingWrongTypes();
    void messagesOfEveryKind();
    void unicodeRoundTrip();
    void bareArrays();
    void pageGarbage();
    void everyRecordSurvivesGarbage();
    void wrongTypedFields_data();
    void wrongTypedFields();
    void formBodyAsArray();
    void hugeStrings();
    void modalityAndDirection();
};

void TestRecordsEdge::conversationsNullsMissingWrongTypes()
{
    const auto decoded = Page<Conversation>::fromJson(fixture(QStringLiteral("conversations_edge.json")));
    QVERIFY(decoded.ok());
    const Page<Conversation> &page = decoded.value();
    QCOMPARE(page.itemErrors, (QStringList{
        QStringLiteral("item 2: is_read: expected boolean"),
        QStringLiteral("item 4: conversation_id: expected string"),
        QStringLiteral("item 5: expected object"),
        QStringLiteral("item 6: expected object"),
        QStringLiteral("item 7: start_at: expected date-time string"),
    }));
    QCOMPARE(page.items.size(), 4);
    // has_more without a next_cursor cannot be followed: treated as the last page.
    QCOMPARE(page.cursor, QStringLiteral("HR_tok_page_1"));
    QVERIFY(!page.hasMore);
    QVERIFY(page.isLast());

    for (int i : {0, 1}) {
        const Conversation &c = page.items.at(i);
        QVERIFY(c.conversationId.isEmpty());
        QVERIFY(!c.startAt.isValid());
        QVERIFY(!c.lastActivityAt.isValid());
        QVERIFY(c.folder.isEmpty());
        QVERIFY(!c.isRead.has_value());
        QVERIFY(!c.isUnread());
        QVERIFY(c.contactId.isEmpty());
    }
    const Conversation &longId = page.items.at(2);
    QCOMPARE(longId.conversationId.size(), 150);
    QVERIFY(longId.conversationId.startsWith(QLatin1String("gAAAAAB")));
    QCOMPARE(longId.contactId, longId.conversationId);
    QVERIFY(!longId.startAt.isValid());        // "not a date": tolerated
    QVERIFY(!longId.lastActivityAt.isValid()); // February 30th
    QCOMPARE(longId.folder, QStringLiteral("Sales Follow-up"));
    QCOMPARE(longId.isRead, std::optional<bool>(true));
    QCOMPARE(page.items.at(3).conversationId, QStringLiteral("HR_id_last"));
    QCOMPARE(page.items.at(3).startAt, utc(2026, 4, 29, 14, 0, 0));
}

void TestRecordsEdge::messagesOfEveryKind()
{
    const auto decoded = Page<Message>::fromJson(fixture(QStringLiteral("messages_mixed.json")));
    QVERIFY(decoded.ok());
    const Page<Message> &page = decoded.value();
    QCOMPARE(page.itemErrors, QStringList{QStringLiteral("item 2: is_form_request: expected boolean")});
    QCOMPARE(page.items.size(), 4);
    QCOMPARE(page.cursor, QStringLiteral("HR_tok_page_1"));
    QCOMPARE(page.nextCursor, QStringLiteral("HR_tok_page_2"));
    QVERIFY(page.hasMore);
    QCOMPARE(page.limit, 5);

    const Message &call = page.items.at(0);
    QCOMPARE(call.modalityKind(), Modality::Call);
    QCOMPARE(call.agentId, QStringLiteral("HR_id_agent_1"));
    QCOMPARE(call.callMetadata.duration, std::optional<int>(754));
    QCOMPARE(call.callTranscript, QString::fromUtf8("Agent: Hi Diana!\nDiana: Hi, about the roof quote…"));
    QVERIFY(call.subject.isEmpty());
    QVERIFY(call.content.isEmpty());
    QCOMPARE(call.sentAt, utc(2026, 4, 29, 13, 2, 0, 500));
    QVERIFY(call.emailMetadata.emailMessageId.isEmpty());
    QVERIFY(call.trackedLinks.isEmpty());

    const Message &form = page.items.at(1);
    QVERIFY(form.isFormRequest);
    QCOMPARE(form.direction(), MessageDirection::Received);
    QVERIFY(!form.isOutbound());
    QCOMPARE(form.agentId, QString());
    QStringList rendered;
    for (const FormField &f : form.formRequestBody)
        rendered << f.name + QLatin1Char('=') + f.value;
    QCOMPARE(rendered, (QStringList{
        QStringLiteral("budget=1500"), QStringLiteral("callback=true"), QStringLiteral("comments=null"),
        QStringLiteral("email=diana.prince@themyscira-facilities.com"), QStringLiteral("name=Diana Prince"),
        QStringLiteral(R"(services=["inspection","repair"])"), QStringLiteral("utm_campaign=spring-roofing"),
        QStringLiteral("utm_medium=cpc"), QStringLiteral("utm_source=google")}));
    QCOMPARE(form.formValue(QStringLiteral("utm_source")), QStringLiteral("google"));
    QCOMPARE(form.formValue(QStringLiteral("absent")), QString());
    QCOMPARE(form.emailMetadata.ccEmails, QStringList{QStringLiteral("office@themyscira-facilities.com")});
    QCOMPARE(form.emailMetadata.bccEmails, QStringList{QStringLiteral("audit@hyperrep.ai")});
    QCOMPARE(form.emailMetadata.emailMessageId, QStringLiteral("<form-4711@forms.example.com>"));
    QVERIFY(form.trackedLinks.isEmpty());

    const Message &chat = page.items.at(2);
    QCOMPARE(chat.modality, QStringLiteral("live_chat"));
    QCOMPARE(chat.modalityKind(), Modality::LiveChat);
    QCOMPARE(chat.sentAt, utc(2026, 4, 30, 8, 0, 0, 123));
    QVERIFY(!chat.isFormRequest);
    QVERIFY(!chat.callMetadata.duration.has_value());

    const Message &other = page.items.at(3);
    QCOMPARE(other.modality, QStringLiteral("whatsapp"));
    QCOMPARE(other.modalityKind(), Modality::Unknown);
    QCOMPARE(other.messageDirection, QStringLiteral("outbound"));
    QCOMPARE(other.direction(), MessageDirection::Unknown);
    QCOMPARE(other.sentAt, utc(2026, 4, 30, 13, 1, 0));
    QCOMPARE(other.draftedAt, utc(2026, 4, 30, 7, 59, 59, 900));
    QCOMPARE(other.trackedLinks.size(), 2);
    QCOMPARE(other.trackedLinks.at(0).clickCount, 0);
    QCOMPARE(other.trackedLinks.at(1).clickCount, 0);
    QCOMPARE(other.trackedLinks.at(1).url, QStringLiteral("https://example.com/b"));
}

void TestRecordsEdge::unicodeRoundTrip()
{
    const auto decoded = Page<Contact>::fromJson(fixture(QStringLiteral("contacts_unicode.json")));
    QVERIFY(decoded.ok());
    const Page<Contact> &page = decoded.value();
    QVERIFY(page.itemErrors.isEmpty());
    QCOMPARE(page.items.size(), 5);

    const Contact &latin = page.items.at(0);
    QCOMPARE(latin.contactId, QString::fromUtf8("HR_id_ünïcödé_契約_😀"));
    QCOMPARE(latin.name, QString::fromUtf8("Zoë Ångström-Núñez"));
    QCOMPARE(latin.email, QString::fromUtf8("zoe@exämple.de"));
    QCOMPARE(latin.customFieldPairs(), (QList<QPair<QString, QString>>{
        {QStringLiteral("empty"), QStringLiteral("null")},
        {QStringLiteral("meta"), QStringLiteral(R"({"k":"v"})")},
        {QStringLiteral("notes"), QString::fromUtf8("Préfère le français 🇫🇷")},
        {QStringLiteral("score"), QStringLiteral("9.5")},
        {QStringLiteral("tags"), QStringLiteral(R"(["a","b"])")},
        {QStringLiteral("vip"), QStringLiteral("true")}}));
    QCOMPARE(page.items.at(1).name, QString::fromUtf8("山田 太郎"));
    QCOMPARE(page.items.at(1).customFieldPairs().first().first, QString::fromUtf8("メモ"));
    QCOMPARE(page.items.at(2).name, QString::fromUtf8("محمد الأحمد"));
    QCOMPARE(page.items.at(2).companyRole, QString::fromUtf8("مدير المبيعات"));
    QCOMPARE(page.items.at(3).name, QString::fromUtf8("דוד כהן"));
    QCOMPARE(page.items.at(4).name, QString::fromUtf8("👩🏽‍💻 Dev Team 🚀"));

    // Decoded text goes back out unchanged: through a request, to bytes, and back.
    for (const Contact &c : page.items) {
        ContactCreateRequest req;
        req.name = c.name;
        req.companyRole = c.companyRole;
        req.customFields = c.customFields;
        const QByteArray wire = QJsonDocument(req.toJson()).toJson(QJsonDocument::Compact);
        DECODE_OK(Contact, back, QJsonDocument::fromJson(wire).object());
        QCOMPARE(back.name, c.name);
        QCOMPARE(back.companyRole, c.companyRole);
        QCOMPARE(back.customFields, c.customFields);
    }
}

void TestRecordsEdge::bareArrays()
{
    const auto convs = Page<Conversation>::fromJson(parse(
        R"([{"conversation_id": "a", "is_read": true}, {"conversation_id": "b"}, 3])"));
    QVERIFY(convs.ok());
    QCOMPARE(convs->items.size(), 2);
    QCOMPARE(convs->items.at(1).conversationId, QStringLiteral("b"));
    QCOMPARE(convs->itemErrors, QStringList{QStringLiteral("item 2: expected object")});
    QVERIFY(convs->isLast());
    const auto empty = Page<Organization>::fromJson(parse("[]"));
    QVERIFY(empty.ok());
    QVERIFY(empty->items.isEmpty());
}

void TestRecordsEdge::pageGarbage()
{
    for (const QByteArray &json : {QByteArray("42"), QByteArray("\"conversations\""), QByteArray("true"),
                                   QByteArray("null"), QByteArray(R"({"data": 5})"), QByteArray(R"({"data": "x"})"),
                                   QByteArray(R"({"data": [], "pagination": "x"})")}) {
        const auto d = Page<Message>::fromJson(parse(json));
        QVERIFY2(!d.ok(), json.constData());
        QVERIFY(!d.error().isEmpty());
    }
    const auto nested = Page<Message>::fromJson(parse(
        R"({"data": [[1, 2], {"message_id": {"a": [1, {"b": null}]}}, {"data": {"data": []}}], "pagination": null})"));
    QVERIFY(nested.ok());
    QCOMPARE(nested->items.size(), 1);
    QCOMPARE(nested->itemErrors, (QStringList{QStringLiteral("item 0: expected object"),
                                              QStringLiteral("item 1: message_id: expected string")}));
    const auto noData = Page<Sale>::fromJson(parse(R"({"data": null, "detail": "Invalid cursor"})"));
    QVERIFY(noData.ok());
    QVERIFY(noData->items.isEmpty());
}

template<typename T>
static void checkGarbage(const char *name)
{
    const QList<QJsonValue> garbage{parse("5"), parse("\"text\""), parse("[1, {\"a\": 2}]"), parse("null"),
                                    parse("false"), QJsonValue(QJsonValue::Undefined)};
    for (const QJsonValue &v : garbage) {
        const Decoded<T> d = T::fromJson(v);
        QVERIFY2(!d.ok(), name);
        QCOMPARE(d.error(), QStringLiteral("expected object"));
    }
    QVERIFY2(T::fromJson(QJsonObject()).ok(), name);
    const auto unknownFields = T::fromJson(parse(R"({"zz_unknown": [1, {"x": null}], "another": "field"})"));
    QVERIFY2(unknownFields.ok(), name);
}

void TestRecordsEdge::everyRecordSurvivesGarbage()
{
#define CHECK(T) checkGarbage<T>(#T); if (QTest::currentTestFailed()) return
    CHECK(Organization); CHECK(Contact); CHECK(Company); CHECK(Agent); CHECK(Conversation);
    CHECK(Message); CHECK(EmailMetadata); CHECK(CallMetadata); CHECK(TrackedLink); CHECK(FormField);
    CHECK(ResponseDraft); CHECK(ResponseDraftSaveResult); CHECK(MessageDraft); CHECK(MessageDraftCreateResult);
    CHECK(Sale); CHECK(QuoteDetails); CHECK(SaleProduct); CHECK(SaleStatus); CHECK(SaleContact);
    CHECK(AuditLog); CHECK(AuditRecordRef); CHECK(AuditChange);
    CHECK(ResponseRateStats); CHECK(ResponseTimeStats); CHECK(VolumeStats); CHECK(ModalityStats);
    CHECK(ConversationAnalytics); CHECK(PipelineStage); CHECK(SalesPipeline); CHECK(AgentConversationStats);
    CHECK(AgentAnalytics); CHECK(Solution); CHECK(SolutionAnalytics);
#undef CHECK
}

void TestRecordsEdge::wrongTypedFields_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *tag, const char *type, const char *json, const char *error) {
        QTest::newRow(tag) << QString::fromLatin1(type) << QByteArray(json) << QString::fromLatin1(error);
    };
    row("org name", "Organization", R"({"name": 5})", "name: expected string");
    row("contact custom_fields", "Contact", R"({"custom_fields": "notes"})", "custom_fields: expected object");
    row("company created_at", "Company", R"({"created_at": {"$date": 1}})", "created_at: expected date-time string");
    row("message data-ish", "Message", R"({"tracked_links": 5})", "tracked_links: expected array");
    row("message cc", "Message", R"({"email_metadata": {"cc_emails": "a@b.c"}})", "email_metadata.cc_emails: expected array");
    row("message duration", "Message", R"({"call_metadata": {"duration": "long"}})", "call_metadata.duration: expected integer");
    row("message form body", "Message", R"({"form_request_body": 5})", "form_request_body: expected object");
    row("message link", "Message", R"({"tracked_links": [{"url": ["x"]}]})", "tracked_links[0].url: expected string");
    row("message metadata", "Message", R"({"email_metadata": "none"})", "email_metadata: expected object");
    row("draft cc", "ResponseDraft", R"({"cc_emails": [1]})", "cc_emails[0]: expected string");
    row("draft result flag", "MessageDraftCreateResult", R"({"scheduled_to_send": "true"})", "scheduled_to_send: expected boolean");
    row("sale contact", "Sale", R"({"associated_contacts": [{"is_primary": "yes"}]})", "associated_contacts[0].is_primary: expected boolean");
    row("sale status", "Sale", R"({"current_status": "Accepted"})", "current_status: expected object");
    row("sale product", "Sale", R"({"quote_details": {"arguments": {"products": [{"quantity": "1"}]}}})",
        "quote_details.arguments.products[0].quantity: expected number");
    row("sale arguments", "Sale", R"({"quote_details": {"arguments": []}})", "quote_details.arguments: expected object");
    row("audit record", "AuditLog", R"({"record": []})", "record: expected object");
    row("audit change", "AuditLog", R"({"changes": [{"field": 1}]})", "changes[0].field: expected string");
    row("pipeline value", "SalesPipeline", R"({"pipeline": [{"value": []}]})", "pipeline[0].value: expected decimal string or number");
    row("agent analytics", "AgentAnalytics", R"({"sales": {"salesRate": "46%"}})", "sales.salesRate: expected number");
}

void TestRecordsEdge::wrongTypedFields()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QJsonValue v = parse(json);
    QString got;
#define TRY(T) if (type == QLatin1String(#T)) { const auto d = T::fromJson(v); QVERIFY(!d.ok()); got = d.error(); }
    TRY(Organization) TRY(Contact) TRY(Company) TRY(Message) TRY(ResponseDraft) TRY(MessageDraftCreateResult)
    TRY(Sale) TRY(AuditLog) TRY(SalesPipeline) TRY(AgentAnalytics)
#undef TRY
    QCOMPARE(got, error);
}

void TestRecordsEdge::formBodyAsArray()
{
    DECODE_OK(Message, m, parse(R"({"is_form_request": true, "form_request_body": [
        {"name": "utm_source", "value": "newsletter"}, null, {"name": "zip", "value": 45202}]})"));
    QCOMPARE(m.formRequestBody.size(), 2);
    QCOMPARE(m.formRequestBody.at(0).name, QStringLiteral("utm_source"));
    QCOMPARE(m.formRequestBody.at(0).value, QStringLiteral("newsletter"));
    QCOMPARE(m.formValue(QStringLiteral("zip")), QStringLiteral("45202"));
}

void TestRecordsEdge::hugeStrings()
{
    const QString big = QString(1 << 20, QChar(0x4E2D)); // 1M CJK characters
    QJsonObject o{{QStringLiteral("message_id"), QString(150, QLatin1Char('x'))}, {QStringLiteral("content"), big}};
    DECODE_OK(Message, m, QJsonValue(o));
    QCOMPARE(m.messageId.size(), 150);
    QCOMPARE(m.content, big);
}

void TestRecordsEdge::modalityAndDirection()
{
    QCOMPARE(modalityFromString(QStringLiteral("email")), Modality::Email);
    QCOMPARE(modalityFromString(QStringLiteral(" CALL ")), Modality::Call);
    QCOMPARE(modalityFromString(QStringLiteral("text")), Modality::Text);
    QCOMPARE(modalityFromString(QStringLiteral("live_chat")), Modality::LiveChat);
    QCOMPARE(modalityFromString(QString()), Modality::Unknown);
    QCOMPARE(modalityFromString(QStringLiteral("fax")), Modality::Unknown);
    for (Modality m : {Modality::Email, Modality::Call, Modality::Text, Modality::LiveChat})
        QCOMPARE(modalityFromString(modalityToString(m)), m);
    QCOMPARE(modalityToString(Modality::Unknown), QString());
    QCOMPARE(messageDirectionFromString(QStringLiteral("Sent")), MessageDirection::Sent);
    QCOMPARE(messageDirectionFromString(QStringLiteral("received")), MessageDirection::Received);
    QCOMPARE(messageDirectionFromString(QStringLiteral("sideways")), MessageDirection::Unknown);
    QCOMPARE(messageDirectionToString(MessageDirection::Received), QStringLiteral("received"));
    QCOMPARE(messageDirectionToString(MessageDirection::Unknown), QString());
}

QTEST_GUILESS_MAIN(TestRecordsEdge)
#include "tst_records_edge.moc"
