// Response drafts, message drafts and the write requests (exact toJson bodies).

#include "CompanyCreateRequest.h"
#include "ContactCreateRequest.h"
#include "MessageDraft.h"
#include "MessageDraftCreateRequest.h"
#include "MessageDraftCreateResult.h"
#include "ResponseDraft.h"
#include "ResponseDraftSaveRequest.h"
#include "ResponseDraftSaveResult.h"
#include "tst_records_support.h"

#include <QtTest>

using namespace repdesk;
using repdesk::testsupport::fixture;
using repdesk::testsupport::parse;
using repdesk::testsupport::utc;

class TestRecordsDrafts : public QObject
{
    Q_OBJECT

private slots:
    void responseDrafts();
    void responseDraftSaveResults();
    void responseDraftSaveRequest();
    void messageDrafts();
    void messageDraftCreateResult();
    void messageDraftCreateRequestFull();
    void messageDraftCreateRequestMinimal();
    void contactCreateRequest();
    void companyCreateRequest();
};

void TestRecordsDrafts::responseDrafts()
{
    DECODE_PAGE(ResponseDraft, page, "response_drafts_list.json");
    QCOMPARE(page.items.size(), 1);
    const ResponseDraft &d = page.items.first();
    QCOMPARE(d.responseId, QStringLiteral("HR_id_example_response_draft_id"));
    QCOMPARE(d.conversationId, QStringLiteral("HR_id_example_conversation_id"));
    QCOMPARE(d.bodyHtml, QStringLiteral("<p>Hi Diana, thanks for the follow-up. We can do Tuesday at 2pm.</p>"));
    QCOMPARE(d.recipientName, QStringLiteral("Diana Prince"));
    QCOMPARE(d.recipientEmail, QStringLiteral("diana.prince@themyscira-facilities.com"));
    QCOMPARE(d.recipientPhoneNumber, QStringLiteral("513-867-5309"));
    QVERIFY(d.ccEmails.isEmpty());
    QVERIFY(d.bccEmails.isEmpty());
    QVERIFY(!d.scheduledSendAt.isValid());
    QVERIFY(!d.isScheduled());
    QCOMPARE(d.createdAt, utc(2026, 5, 21, 14, 35, 0));

    DECODE_OK(ResponseDraft, detail, fixture(QStringLiteral("response_draft_detail.json")));
    QCOMPARE(detail.responseId, d.responseId);
    QCOMPARE(detail.bodyHtml, d.bodyHtml);
}

void TestRecordsDrafts::responseDraftSaveResults()
{
    DECODE_OK(ResponseDraftSaveResult, saved, fixture(QStringLiteral("response_draft_save_result_saved.json")));
    QCOMPARE(saved.responseId, QStringLiteral("HR_id_example_response_draft_id"));
    QCOMPARE(saved.conversationId, QStringLiteral("HR_id_example_conversation_id"));
    QVERIFY(!saved.scheduledToSend);
    QVERIFY(!saved.scheduledSendAt.isValid());

    DECODE_OK(ResponseDraftSaveResult, queued, fixture(QStringLiteral("response_draft_save_result_queued.json")));
    QVERIFY(queued.scheduledToSend);
    QCOMPARE(queued.scheduledSendAt, utc(2026, 5, 22, 20, 45, 3, 221));
}

void TestRecordsDrafts::responseDraftSaveRequest()
{
    ResponseDraftSaveRequest req;
    req.bodyHtml = QStringLiteral("<p>Hi Diana, thanks for the follow-up. We can do Tuesday at 2pm.</p>");
    req.addNotification = true;
    QCOMPARE(req.validationError(), QString());
    // Exactly the body of the documented curl example.
    QCOMPARE(req.toJson(), fixture(QStringLiteral("response_draft_save_request.json")).toObject());

    req.ccEmails = {QStringLiteral("office@themyscira-facilities.com")};
    req.bccEmails = {QStringLiteral("audit@hyperrep.ai"), QString::fromUtf8("jürgen@exämple.de")};
    req.autosendDraft = true;
    const QJsonObject queued = req.toJson();
    QCOMPARE(queued, parse(R"({"body_html": "<p>Hi Diana, thanks for the follow-up. We can do Tuesday at 2pm.</p>",
                              "cc_emails": ["office@themyscira-facilities.com"],
                              "bcc_emails": ["audit@hyperrep.ai", "jürgen@exämple.de"],
                              "autosend_draft": true, "add_notification": false})").toObject());

    QVERIFY(!ResponseDraftSaveRequest().validationError().isEmpty());
}

void TestRecordsDrafts::messageDrafts()
{
    DECODE_PAGE(MessageDraft, page, "message_drafts_list.json");
    QCOMPARE(page.items.size(), 1);
    const MessageDraft &d = page.items.first();
    QCOMPARE(d.draftId, QStringLiteral("HR_id_example_message_draft_id"));
    QCOMPARE(d.subject, QStringLiteral("Following up on your quote"));
    QCOMPARE(d.bodyHtml, QStringLiteral("<p>Hi Diana, checking in on the quote we sent yesterday.</p>"));
    QCOMPARE(d.modality, QStringLiteral("email"));
    QCOMPARE(d.modalityKind(), Modality::Email);
    QCOMPARE(d.agentId, QStringLiteral("HR_id_example_agent_id"));
    QCOMPARE(d.recipientName, QStringLiteral("Diana Prince"));
    QCOMPARE(d.recipientEmail, QStringLiteral("diana.prince@themyscira-facilities.com"));
    QCOMPARE(d.recipientPhoneNumber, QStringLiteral("513-867-5309"));
    QVERIFY(d.ccEmails.isEmpty() && d.bccEmails.isEmpty());
    QVERIFY(!d.isScheduled());
    QCOMPARE(d.folder, QStringLiteral("sales-follow-up"));
    QCOMPARE(d.createdAt, utc(2026, 5, 21, 14, 30, 0));

    DECODE_OK(MessageDraft, detail, fixture(QStringLiteral("message_draft_detail.json")));
    QCOMPARE(detail.draftId, d.draftId);
    QCOMPARE(detail.folder, d.folder);
}

void TestRecordsDrafts::messageDraftCreateResult()
{
    DECODE_OK(MessageDraftCreateResult, r, fixture(QStringLiteral("message_draft_create_result.json")));
    QCOMPARE(r.draftId, QStringLiteral("HR_id_example_message_draft_id"));
    QVERIFY(!r.scheduledToSend);
    QVERIFY(!r.scheduledSendAt.isValid());
    QCOMPARE(r.folder, QStringLiteral("drafts"));
}

void TestRecordsDrafts::messageDraftCreateRequestFull()
{
    MessageDraftCreateRequest req;
    req.modality = modalityToString(Modality::Email);
    req.subject = QStringLiteral("Your roof quote");
    req.bodyHtml = QStringLiteral("<p>Hi Diana,</p>");
    req.toUserName = QStringLiteral("Diana Prince");
    req.toEmail = QStringLiteral("diana.prince@themyscira-facilities.com");
    req.toPhoneNumber = QStringLiteral("513-867-5309");
    req.ccEmails = {QStringLiteral("office@themyscira-facilities.com")};
    req.addNotification = true;
    req.folder = QStringLiteral("Sales Follow-up");
    QCOMPARE(req.validationError(), QString());
    QCOMPARE(req.toJson(), parse(R"({"modality": "email", "subject": "Your roof quote", "body_html": "<p>Hi Diana,</p>",
                                   "to_user_name": "Diana Prince",
                                   "to_email": "diana.prince@themyscira-facilities.com",
                                   "to_phone_number": "513-867-5309",
                                   "cc_emails": ["office@themyscira-facilities.com"], "bcc_emails": [],
                                   "autosend_draft": false, "add_notification": true,
                                   "folder": "Sales Follow-up"})").toObject());
}

void TestRecordsDrafts::messageDraftCreateRequestMinimal()
{
    MessageDraftCreateRequest req;
    req.modality = QStringLiteral("text");
    req.bodyHtml = QString::fromUtf8("Hola, ¿seguimos? 👋");
    req.toPhoneNumber = QStringLiteral("+14155550199");
    req.autosendDraft = true;
    req.addNotification = true; // dropped: the server rejects it with autosend
    QCOMPARE(req.validationError(), QString());
    QCOMPARE(req.toJson(), parse(R"({"modality": "text", "body_html": "Hola, ¿seguimos? 👋",
                                   "to_phone_number": "+14155550199", "cc_emails": [], "bcc_emails": [],
                                   "autosend_draft": true, "add_notification": false})").toObject());

    MessageDraftCreateRequest empty;
    QVERIFY(!empty.validationError().isEmpty());
    empty.subject = QStringLiteral("s");
    QCOMPARE(empty.validationError(), QString());
    empty.modality = QStringLiteral("call");
    QVERIFY(!empty.validationError().isEmpty());
}

void TestRecordsDrafts::contactCreateRequest()
{
    ContactCreateRequest req;
    QVERIFY(!req.validationError().isEmpty());
    QCOMPARE(req.toJson(), QJsonObject());
    req.name = QStringLiteral("Hal Jordan");
    req.email = QStringLiteral("hal.jordan@ferrisaircraft.com");
    req.phoneNumber = QStringLiteral("+14155550199");
    req.companyId = QStringLiteral("HR_id_example_company_id");
    req.companyRole = QStringLiteral("Controller");
    req.customFields = QJsonObject{{QStringLiteral("notes"), QStringLiteral("Primary billing contact")},
                                   {QStringLiteral("seats"), 3}};
    QCOMPARE(req.validationError(), QString());
    QCOMPARE(req.toJson(), parse(R"({"name": "Hal Jordan", "email": "hal.jordan@ferrisaircraft.com",
                                   "phone_number": "+14155550199", "company_id": "HR_id_example_company_id",
                                   "custom_fields": {"notes": "Primary billing contact", "seats": 3},
                                   "company_role": "Controller"})").toObject());

    ContactCreateRequest phoneOnly;
    phoneOnly.phoneNumber = QStringLiteral("513-867-5309");
    QCOMPARE(phoneOnly.validationError(), QString());
    QCOMPARE(phoneOnly.toJson(), parse(R"({"phone_number": "513-867-5309"})").toObject());
}

void TestRecordsDrafts::companyCreateRequest()
{
    CompanyCreateRequest req;
    QVERIFY(!req.validationError().isEmpty());
    QCOMPARE(req.toJson(), parse(R"({"name": ""})").toObject());
    req.name = QStringLiteral("Ferris Aircraft");
    req.domain = QStringLiteral("ferrisaircraft.com");
    req.address = QStringLiteral("100 Coastline Ave, Coast City, CA");
    req.agentId = QStringLiteral("HR_id_example_agent_id");
    req.customFields = QJsonObject{{QStringLiteral("notes"), QStringLiteral("Enterprise account")}};
    QCOMPARE(req.validationError(), QString());
    QCOMPARE(req.toJson(), parse(R"({"name": "Ferris Aircraft", "domain": "ferrisaircraft.com",
                                   "custom_fields": {"notes": "Enterprise account"},
                                   "address": "100 Coastline Ave, Coast City, CA",
                                   "agent_id": "HR_id_example_agent_id"})").toObject());
    req.domain = QStringLiteral("localhost");
    QVERIFY(!req.validationError().isEmpty());

    CompanyCreateRequest nameOnly;
    nameOnly.name = QString::fromUtf8("Société Générale de Toitures");
    QCOMPARE(nameOnly.toJson(), parse(R"({"name": "Société Générale de Toitures"})").toObject());
}

QTEST_GUILESS_MAIN(TestRecordsDrafts)
#include "tst_records_drafts.moc"
