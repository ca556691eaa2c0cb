// Decodes the documented HyperRep examples (tests/fixtures/hyperrep) of the
// organization, contact, company, agent, conversation and message routes.

#include "Agent.h"
#include "Company.h"
#include "Contact.h"
#include "Conversation.h"
#include "Message.h"
#include "Organization.h"
#include "tst_records_support.h"

#include <QtTest>

using namespace repdesk;
using repdesk::testsupport::fixture;
using repdesk::testsupport::utc;

namespace {
const QString kEncodedConversationId = QStringLiteral("gAAAAABexampleConversationIdReturnedByApi8kP3xLs7dV2mTr5cN9hY1uJ4");
}

class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void organizations();
    void contacts();
    void contactCreateResult();
    void companies();
    void agents();
    void conversations();
    void conversationsWithEncodedIds();
    void contactAndAgentConversations();
    void messages();
    void messagesWithEncodedIds();
    void messageDetailEqualsListItem();
};

void TestRecords::organizations()
{
    DECODE_PAGE(Organization, page, "organizations_list.json");
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().organizationId, QStringLiteral("HR_id_example_organization_id"));
    QCOMPARE(page.items.first().name, QStringLiteral("Acme Roofing"));
    // No pagination block: a single, final page.
    QVERIFY(!page.hasMore);
    QVERIFY(page.isLast());
    QCOMPARE(page.nextCursor, QString());
}

void TestRecords::contacts()
{
    DECODE_PAGE(Contact, page, "contacts_list.json");
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.limit, 25);
    QVERIFY(page.isLast());
    const Contact &c = page.items.first();
    QCOMPARE(c.contactId, QStringLiteral("HR_id_example_contact_id"));
    QCOMPARE(c.name, QStringLiteral("Diana Prince"));
    QCOMPARE(c.email, QStringLiteral("diana.prince@themyscira-facilities.com"));
    QCOMPARE(c.phoneNumber, QStringLiteral("513-867-5309"));
    QCOMPARE(c.createdAt, utc(2026, 3, 12, 0, 32, 13, 782));
    QCOMPARE(c.companyId, QStringLiteral("HR_id_example_company_id"));
    QCOMPARE(c.companyRole, QStringLiteral("Facilities Manager"));
    QCOMPARE(c.customFields.value(QStringLiteral("notes")).toString(), QStringLiteral("Prefers SMS"));
    QCOMPARE(c.customFieldPairs().size(), 1);
    QCOMPARE(c.customFieldPairs().first().first, QStringLiteral("notes"));
    QCOMPARE(c.customFieldPairs().first().second, QStringLiteral("Prefers SMS"));

    DECODE_OK(Contact, detail, fixture(QStringLiteral("contact_detail.json")));
    QCOMPARE(detail.contactId, c.contactId);
    QCOMPARE(detail.createdAt, c.createdAt);
    QCOMPARE(detail.customFields, c.customFields);
}

void TestRecords::contactCreateResult()
{
    DECODE_OK(Contact, c, fixture(QStringLiteral("contact_create_result.json")));
    QCOMPARE(c.name, QStringLiteral("Hal Jordan"));
    QCOMPARE(c.email, QStringLiteral("hal.jordan@ferrisaircraft.com"));
    QCOMPARE(c.phoneNumber, QStringLiteral("+14155550199"));
    QCOMPARE(c.createdAt, utc(2026, 5, 15, 15, 34, 12));
    QCOMPARE(c.companyRole, QStringLiteral("Controller"));
    QCOMPARE(c.customFieldPairs().first().second, QStringLiteral("Primary billing contact"));
}

void TestRecords::companies()
{
    DECODE_PAGE(Company, page, "companies_list.json");
    QCOMPARE(page.items.size(), 1);
    const Company &c = page.items.first();
    QCOMPARE(c.companyId, QStringLiteral("HR_id_example_company_id"));
    QCOMPARE(c.name, QStringLiteral("HyperRep Consumer Group"));
    QCOMPARE(c.domain, QStringLiteral("hyperrep.com"));
    QCOMPARE(c.address, QStringLiteral("123 Main St, Anytown USA"));
    QCOMPARE(c.agentId, QStringLiteral("HR_id_example_agent_id"));
    QCOMPARE(c.createdAt, utc(2026, 3, 10, 12, 0, 0));
    QCOMPARE(c.customFieldPairs().first().second, QStringLiteral("Priority account"));

    DECODE_OK(Company, detail, fixture(QStringLiteral("company_detail.json")));
    QCOMPARE(detail.companyId, c.companyId);
    DECODE_OK(Company, created, fixture(QStringLiteral("company_create_result.json")));
    QCOMPARE(created.name, QStringLiteral("Ferris Aircraft"));
    QCOMPARE(created.domain, QStringLiteral("ferrisaircraft.com"));
    QCOMPARE(created.address, QStringLiteral("100 Coastline Ave, Coast City, CA"));
    QCOMPARE(created.createdAt, utc(2026, 5, 15, 16, 45, 12));
}

void TestRecords::agents()
{
    DECODE_PAGE(Agent, page, "agents_list.json");
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().agentId, QStringLiteral("HR_id_example_agent_id"));
    QCOMPARE(page.items.first().name, QStringLiteral("Kara Danvers"));
    QCOMPARE(page.items.first().email, QStringLiteral("kara.danvers@hyperrep.ai"));
    DECODE_OK(Agent, detail, fixture(QStringLiteral("agent_detail.json")));
    QCOMPARE(detail.email, QStringLiteral("kara.danvers@hyperrep.ai"));
}

void TestRecords::conversations()
{
    DECODE_PAGE(Conversation, page, "conversations_list.json");
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.limit, 25);
    QCOMPARE(page.cursor, QString());
    QVERIFY(!page.hasMore);
    const Conversation &c = page.items.first();
    QCOMPARE(c.conversationId, QStringLiteral("HR_id_example_conversation_id"));
    QCOMPARE(c.startAt, utc(2026, 4, 29, 14, 0, 0));
    QCOMPARE(c.lastActivityAt, utc(2026, 4, 29, 16, 0, 0));
    QCOMPARE(c.folder, QStringLiteral("inbox"));
    QCOMPARE(c.isRead, std::optional<bool>(false));
    QVERIFY(c.isUnread());
    QCOMPARE(c.contactId, QStringLiteral("HR_id_example_contact_id"));

    DECODE_OK(Conversation, detail, fixture(QStringLiteral("conversation_detail.json")));
    QCOMPARE(detail.conversationId, c.conversationId);
    QCOMPARE(detail.lastActivityAt, c.lastActivityAt);
}

void TestRecords::conversationsWithEncodedIds()
{
    DECODE_PAGE(Conversation, page, "conversations_list_encoded_ids.json");
    QCOMPARE(page.items.first().conversationId, kEncodedConversationId);
    QCOMPARE(page.items.first().contactId,
             QStringLiteral("gAAAAABexampleContactIdReturnedByApi4pQ8xLm2sV7kRt1cN5hY9uJ3dF6"));
    DECODE_OK(Conversation, detail, fixture(QStringLiteral("conversation_detail_encoded_ids.json")));
    QCOMPARE(detail.conversationId, kEncodedConversationId);
}

void TestRecords::contactAndAgentConversations()
{
    DECODE_PAGE(Conversation, byContact, "contact_conversations_list.json");
    QCOMPARE(byContact.limit, 50);
    const Conversation &c = byContact.items.first();
    QCOMPARE(c.startAt, utc(2026, 3, 12, 0, 32, 13, 790));
    QCOMPARE(c.lastActivityAt, utc(2026, 3, 12, 0, 32, 13, 797));
    QCOMPARE(c.folder, QStringLiteral("primary"));
    QCOMPARE(c.isRead, std::optional<bool>(true));
    QVERIFY(!c.isUnread());

    DECODE_PAGE(Conversation, byAgent, "agent_conversations_list.json");
    QCOMPARE(byAgent.items.first().startAt, utc(2026, 3, 12, 1, 28, 11, 8));
    QCOMPARE(byAgent.items.first().lastActivityAt, utc(2026, 3, 12, 1, 28, 41, 829));
}

static void checkDocumentedMessage(const Message &m)
{
    QCOMPARE(m.agentId, QString());
    QCOMPARE(m.modality, QStringLiteral("email"));
    QCOMPARE(m.modalityKind(), Modality::Email);
    QCOMPARE(m.messageDirection, QStringLiteral("sent"));
    QCOMPARE(m.direction(), MessageDirection::Sent);
    QVERIFY(m.isOutbound());
    QVERIFY(!m.isFormRequest);
    QCOMPARE(m.subject, QStringLiteral("Following up on your inquiry"));
    QCOMPARE(m.content, QStringLiteral("Hi Diana, just checking in on the quote we sent over last week."));
    QCOMPARE(m.callTranscript, QString());
    QVERIFY(m.formRequestBody.isEmpty());
    QCOMPARE(m.sentAt, utc(2026, 4, 29, 15, 2, 0));
    QVERIFY(!m.draftedAt.isValid());
    QCOMPARE(m.emailMetadata.emailMessageId, QStringLiteral("<CAHr7Q2xQuoteFollowUp.4711@mail.hyperrep.ai>"));
    QVERIFY(m.emailMetadata.ccEmails.isEmpty());
    QVERIFY(m.emailMetadata.bccEmails.isEmpty());
    QVERIFY(!m.callMetadata.duration.has_value());
    QCOMPARE(m.trackedLinks.size(), 1);
    QCOMPARE(m.trackedLinks.first().url, QStringLiteral("https://example.com/quote"));
    QCOMPARE(m.trackedLinks.first().clickCount, 3);
}

void TestRecords::messages()
{
    DECODE_PAGE(Message, page, "messages_list.json");
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.limit, 50);
    QVERIFY(page.isLast());
    const Message &m = page.items.first();
    QCOMPARE(m.messageId, QStringLiteral("HR_id_example_message_id"));
    QCOMPARE(m.conversationId, QStringLiteral("HR_id_example_conversation_id"));
    QCOMPARE(m.trackedLinks.first().linkId, QStringLiteral("HR_id_example_tracked_link_id"));
    checkDocumentedMessage(m);
}

void TestRecords::messagesWithEncodedIds()
{
    DECODE_PAGE(Message, page, "messages_list_encoded_ids.json");
    const Message &m = page.items.first();
    QCOMPARE(m.messageId, QStringLiteral("gAAAAABexampleMessageIdReturnedByApi9mT4xLs2qV7kRc5dN1hY8uJ3pF6"));
    QCOMPARE(m.conversationId, kEncodedConversationId);
    QCOMPARE(m.trackedLinks.first().linkId,
             QStringLiteral("gAAAAABexampleTrackedLinkIdReturnedByApi3kL9xPs4qR2mTc7dN5hY8uV1"));
    checkDocumentedMessage(m);
    if (QTest::currentTestFailed())
        return;
    DECODE_OK(Message, detail, fixture(QStringLiteral("message_detail_encoded_ids.json")));
    QCOMPARE(detail.messageId, m.messageId);
}

void TestRecords::messageDetailEqualsListItem()
{
    DECODE_OK(Message, m, fixture(QStringLiteral("message_detail.json")));
    QCOMPARE(m.messageId, QStringLiteral("HR_id_example_message_id"));
    checkDocumentedMessage(m);
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
