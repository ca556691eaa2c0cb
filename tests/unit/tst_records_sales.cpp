// Sales, audit logs, analytics (camelCase bodies) and the legacy v1 routes.

#include "AgentAnalytics.h"
#include "AuditLog.h"
#include "ConversationAnalytics.h"
#include "Sale.h"
#include "Solution.h"
#include "SolutionAnalytics.h"
#include "tst_records_support.h"

#include <QtTest>

#include <functional>

using namespace repdesk;
using repdesk::testsupport::fixture;
using repdesk::testsupport::utc;

class TestRecordsSales : public QObject
{
    Q_OBJECT

private slots:
    void salesList();
    void saleDetailAndAgentSales();
    void saleVariants();
    void auditLogs();
    void conversationAnalytics();
    void conversationAnalyticsSubRoutes();
    void salesPipeline();
    void agentAnalytics();
    void solutions();
    void solutionAnalytics();
    void solutionAnalyticsWrongNestedType();
};

static void checkDocumentedSale(const Sale &s)
{
    QCOMPARE(s.saleId, QStringLiteral("HR_id_example_sale_id"));
    QCOMPARE(s.associatedConversationIds, QStringList{QStringLiteral("HR_id_example_conversation_id")});
    QCOMPARE(s.companyId, QStringLiteral("HR_id_example_company_id"));
    QCOMPARE(s.ownerId, QStringLiteral("HR_id_example_agent_id"));
    QCOMPARE(s.associatedContacts.size(), 1);
    QCOMPARE(s.associatedContacts.first().contactId, QStringLiteral("HR_id_example_contact_id"));
    QVERIFY(s.associatedContacts.first().isPrimary);
    QCOMPARE(s.primaryContactId(), QStringLiteral("HR_id_example_contact_id"));
    QVERIFY(!s.quoteDetails.isEmpty());
    QCOMPARE(s.quoteDetails.currency, QStringLiteral("USD"));
    QCOMPARE(s.quoteDetails.totalPrice, QStringLiteral("1200.00"));
    QCOMPARE(s.quoteDetails.totalPriceAmount(), std::optional<double>(1200.0));
    QVERIFY(s.quoteDetails.agentOverrides.isNull());
    QCOMPARE(s.quoteDetails.products.size(), 1);
    QCOMPARE(s.quoteDetails.products.first().quantity, 1.0);
    QCOMPARE(s.quoteDetails.products.first().unitPrice, QStringLiteral("1200.00"));
    QCOMPARE(s.quoteDetails.products.first().unitPriceAmount(), std::optional<double>(1200.0));
    QCOMPARE(s.quoteDetails.products.first().productName, QStringLiteral("Legacy Seed Service"));
    QCOMPARE(s.customFieldPairs().first().second,
             QStringLiteral("Backfilled sale for new sales framework compatibility."));
    QVERIFY(s.currentStatus.has_value());
    QCOMPARE(s.currentStatus->label, QStringLiteral("Accepted"));
    QCOMPARE(s.currentStatus->status, QStringLiteral("accepted"));
    QCOMPARE(s.currentStatus->changedAt, utc(2026, 3, 13, 1, 28, 41, 829));
    QCOMPARE(s.statusHistory.size(), 3);
    QCOMPARE(s.statusHistory.at(0).label, QStringLiteral("Qualified"));
    QCOMPARE(s.statusHistory.at(0).status, QString());
    QCOMPARE(s.statusHistory.at(0).changedAt, utc(2026, 3, 12, 1, 28, 41, 829));
    QCOMPARE(s.statusHistory.at(1).label, QStringLiteral("Quoted"));
    QCOMPARE(s.statusHistory.at(1).status, QStringLiteral("quote_sent"));
    QCOMPARE(s.statusHistory.at(1).changedAt, utc(2026, 3, 12, 1, 43, 41, 829));
    QCOMPARE(s.statusHistory.at(2).status, QStringLiteral("accepted"));
    QCOMPARE(s.createdAt, utc(2026, 3, 12, 1, 28, 41, 829));
    QCOMPARE(s.lastActivityAt, utc(2026, 3, 12, 1, 28, 41, 829));
}

void TestRecordsSales::salesList()
{
    DECODE_PAGE(Sale, page, "sales_list.json");
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.nextCursor, QStringLiteral("HR_tok_example_next_cursor"));
    QVERIFY(page.hasMore);
    QVERIFY(!page.isLast());
    checkDocumentedSale(page.items.first());
}

void TestRecordsSales::saleDetailAndAgentSales()
{
    DECODE_OK(Sale, s, fixture(QStringLiteral("sale_detail.json")));
    checkDocumentedSale(s);
    if (QTest::currentTestFailed())
        return;
    DECODE_PAGE(Sale, page, "agent_sales_list.json");
    QVERIFY(page.isLast());
    checkDocumentedSale(page.items.first());
}

void TestRecordsSales::saleVariants()
{
    const auto decoded = Page<Sale>::fromJson(fixture(QStringLiteral("sales_variants.json")));
    QVERIFY(decoded.ok());
    const Page<Sale> &page = decoded.value();
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.itemErrors,
             QStringList{QStringLiteral("item 1: quote_details.output.total_price: expected decimal string or number")});

    const Sale &n = page.items.at(0);
    QCOMPARE(n.quoteDetails.currency, QStringLiteral("EUR"));
    QCOMPARE(n.quoteDetails.totalPrice, QStringLiteral("1999.5"));
    QCOMPARE(n.quoteDetails.totalPriceAmount(), std::optional<double>(1999.5));
    QCOMPARE(n.quoteDetails.products.size(), 2);
    QCOMPARE(n.quoteDetails.products.at(0).quantity, 2.5);
    QCOMPARE(n.quoteDetails.products.at(0).unitPrice, QStringLiteral("799.8"));
    QCOMPARE(n.quoteDetails.products.at(1).unitPrice, QStringLiteral("0.00"));
    QCOMPARE(n.quoteDetails.products.at(1).unitPriceAmount(), std::optional<double>(0.0));
    QVERIFY(n.quoteDetails.agentOverrides.isObject());
    QCOMPARE(n.quoteDetails.agentOverrides.toObject().value(QStringLiteral("discount_percent")).toInt(), 10);
    QCOMPARE(n.primaryContactId(), QStringLiteral("HR_id_c2"));
    QVERIFY(!n.currentStatus.has_value());
    QVERIFY(n.statusHistory.isEmpty());
    QCOMPARE(n.createdAt, utc(2026, 3, 12, 1, 28, 41));
    QVERIFY(!n.lastActivityAt.isValid());
    const auto pairs = n.customFieldPairs();
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(pairs.at(0), (QPair<QString, QString>(QStringLiteral("renewal"), QStringLiteral("false"))));
    QCOMPARE(pairs.at(1), (QPair<QString, QString>(QStringLiteral("seats"), QStringLiteral("12"))));

    const Sale &e = page.items.at(1);
    QCOMPARE(e.saleId, QStringLiteral("HR_id_sale_empty"));
    QVERIFY(e.quoteDetails.isEmpty());
    QVERIFY(e.quoteDetails.products.isEmpty());
    QVERIFY(!e.quoteDetails.totalPriceAmount().has_value());
    QVERIFY(e.customFields.isEmpty());
    QVERIFY(e.associatedConversationIds.isEmpty());
    QCOMPARE(e.primaryContactId(), QString());
}

void TestRecordsSales::auditLogs()
{
    DECODE_PAGE(AuditLog, page, "audit_logs_list.json");
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.nextCursor, QStringLiteral("HR_tok_example_next_cursor"));
    QVERIFY(page.hasMore);
    const AuditLog &a = page.items.first();
    QCOMPARE(a.auditLogId, QStringLiteral("HR_id_example_audit_log_id"));
    QCOMPARE(a.occurredAt, utc(2026, 5, 21, 17, 42, 31));
    QCOMPARE(a.agentId, QStringLiteral("HR_id_example_agent_id"));
    QCOMPARE(a.actionType, QStringLiteral("update"));
    QCOMPARE(a.record.type, QStringLiteral("sale"));
    QCOMPARE(a.record.id, QStringLiteral("HR_id_example_sale_id"));
    QCOMPARE(a.changes.size(), 2);
    QCOMPARE(a.changes.at(0).field, QStringLiteral("status"));
    QCOMPARE(a.changes.at(0).from, QJsonValue(QStringLiteral("Qualified")));
    QCOMPARE(a.changes.at(0).to, QJsonValue(QStringLiteral("Accepted")));
    QCOMPARE(a.changes.at(0).fromText(), QStringLiteral("Qualified"));
    QCOMPARE(a.changes.at(1).field, QStringLiteral("custom_fields"));
    QVERIFY(a.changes.at(1).from.isObject());
    QVERIFY(a.changes.at(1).from.toObject().isEmpty());
    QCOMPARE(a.changes.at(1).to.toObject().value(QStringLiteral("notes")).toString(),
             QStringLiteral("Customer requested implementation call."));
    QCOMPARE(a.changes.at(1).fromText(), QStringLiteral("{}"));
    QCOMPARE(a.changes.at(1).toText(), QStringLiteral(R"({"notes":"Customer requested implementation call."})"));

    DECODE_OK(AuditLog, detail, fixture(QStringLiteral("audit_log_detail.json")));
    QCOMPARE(detail.changes.size(), 1);
    QCOMPARE(detail.record.id, QStringLiteral("HR_id_example_sale_id"));

    DECODE_OK(AuditChange, missing, testsupport::parse(R"({"field": "folder", "to": null})"));
    QVERIFY(missing.from.isNull());
    QVERIFY(missing.to.isNull());
    QCOMPARE(missing.toText(), QStringLiteral("null"));
}

static void checkResponseRate(const ResponseRateStats &s)
{
    QCOMPARE(s.numConversationsRespondedTo, 14);
    QCOMPARE(s.numConversationsReceived, 20);
    QCOMPARE(s.responseRate, std::optional<double>(0.7));
}

void TestRecordsSales::conversationAnalytics()
{
    DECODE_OK(ConversationAnalytics, a, fixture(QStringLiteral("analytics_conversations.json")));
    checkResponseRate(a.responseRateStats);
    QCOMPARE(a.responseTimeStats.responseTime, std::optional<double>(3600));
    QCOMPARE(a.volumeStats.numMessagesReceived, 120);
    QCOMPARE(a.volumeStats.numMessagesSent, 118);
    QCOMPARE(a.volumeStats.totalConversations, 42);
    QCOMPARE(a.modalityStats.textMessages, 10);
    QCOMPARE(a.modalityStats.calls, 4);
    QCOMPARE(a.modalityStats.emails, 20);
    QCOMPARE(a.modalityStats.liveChats, 6);
    QCOMPARE(a.modalityStats.formRequests, 2);

    DECODE_OK(ConversationAnalytics, nulls,
              testsupport::parse(R"({"responseRateStats": {"responseRate": null}, "responseTimeStats": null})"));
    QVERIFY(!nulls.responseRateStats.responseRate.has_value());
    QVERIFY(!nulls.responseTimeStats.responseTime.has_value());
    QCOMPARE(nulls.volumeStats.totalConversations, 0);

    const auto bad = ConversationAnalytics::fromJson(testsupport::parse(R"({"volumeStats": {"numMessagesSent": "118"}})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error(), QStringLiteral("volumeStats.numMessagesSent: expected integer"));
}

void TestRecordsSales::conversationAnalyticsSubRoutes()
{
    DECODE_OK(ResponseRateStats, rate, fixture(QStringLiteral("analytics_response_rate.json")));
    checkResponseRate(rate);
    DECODE_OK(ResponseTimeStats, time, fixture(QStringLiteral("analytics_response_time.json")));
    QCOMPARE(time.responseTime, std::optional<double>(3600));
    DECODE_OK(VolumeStats, volume, fixture(QStringLiteral("analytics_volume.json")));
    QCOMPARE(volume.numMessagesSent, 118);
    DECODE_OK(ModalityStats, modality, fixture(QStringLiteral("analytics_modality.json")));
    QCOMPARE(modality.liveChats, 6);
}

static void checkPipeline(const SalesPipeline &p)
{
    QCOMPARE(p.pipeline.size(), 3);
    QCOMPARE(p.pipeline.at(0).name, QStringLiteral("Qualified"));
    QCOMPARE(p.pipeline.at(0).status, QString());
    QCOMPARE(p.pipeline.at(0).volume, 24);
    QCOMPARE(p.pipeline.at(0).value, QStringLiteral("28800.00"));
    QCOMPARE(p.pipeline.at(0).valueAmount(), std::optional<double>(28800.0));
    QCOMPARE(p.pipeline.at(1).status, QStringLiteral("quote_sent"));
    QCOMPARE(p.pipeline.at(1).volume, 18);
    QCOMPARE(p.pipeline.at(2).name, QStringLiteral("Accepted"));
    QCOMPARE(p.pipeline.at(2).value, QStringLiteral("13200.00"));
    QCOMPARE(p.salesRate, std::optional<double>(0.46));
}

void TestRecordsSales::salesPipeline()
{
    DECODE_OK(SalesPipeline, org, fixture(QStringLiteral("analytics_sales.json")));
    checkPipeline(org);
    DECODE_OK(SalesPipeline, agent, fixture(QStringLiteral("agent_analytics_sales.json")));
    checkPipeline(agent);
}

void TestRecordsSales::agentAnalytics()
{
    DECODE_OK(AgentAnalytics, a, fixture(QStringLiteral("agent_analytics.json")));
    QCOMPARE(a.conversations.conversationsRespondedTo, 42);
    QCOMPARE(a.conversations.messagesSent, 118);
    checkPipeline(a.sales);
    DECODE_OK(AgentConversationStats, c, fixture(QStringLiteral("agent_analytics_conversations.json")));
    QCOMPARE(c.conversationsRespondedTo, 42);
    QCOMPARE(c.messagesSent, 118);
}

void TestRecordsSales::solutions()
{
    DECODE_PAGE(Solution, page, "solutions_v1.json");
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().uuid, QStringLiteral("550e8400-e29b-41d4-a716-446655440000"));
    QCOMPARE(page.items.first().name, QStringLiteral("Acme Roofing"));
    QVERIFY(page.isLast());
}

void TestRecordsSales::solutionAnalytics()
{
    DECODE_OK(SolutionAnalytics, zero, fixture(QStringLiteral("solution_analytics_v1.json")));
    QCOMPARE(zero.numChatsSent, 0);
    QCOMPARE(zero.responseRate, std::optional<double>(0));
    QCOMPARE(zero.autonomyRate, std::optional<double>(0));
    QCOMPARE(zero.leadResponseScore, std::optional<double>(0));

    // The documented example is all zeros: give every field a distinct value
    // so a key read from the wrong group would show.
    QJsonObject o = fixture(QStringLiteral("solution_analytics_v1.json")).toObject();
    int next = 1;
    std::function<QJsonObject(QJsonObject)> number = [&](QJsonObject obj) {
        for (auto it = obj.begin(); it != obj.end(); ++it)
            it.value() = it.value().isObject() ? QJsonValue(number(it.value().toObject())) : QJsonValue(next++);
        return obj;
    };
    o = number(o);
    DECODE_OK(SolutionAnalytics, a, QJsonValue(o));
    const QList<double> got{double(a.autonomyRate.value_or(-1)), double(a.chatsSentWithChanges),
                            double(a.chatsSentWithoutChanges), double(a.ghostRate.value_or(-1)), double(a.leadResponseScore.value_or(-1)),
                            double(a.leadsHandled), double(a.numLeads), double(a.quoteRate.value_or(-1)),
                            double(a.numChatsSent), double(a.numPendingChats), a.responseRate.value_or(-1),
                            double(a.numResponses), double(a.numResponsesBusinessHours), a.responseTime.value_or(-1),
                            a.responseTimeBusinessHours.value_or(-1),
                            double(a.sessionsQuoted), double(a.sessionsGhosted), double(a.sessionsLeadResponded),
                            double(a.sessionsPendingOutreach), double(a.sessionsResponseSent), double(a.sessionsSale),
                            double(a.sessionsDirectEmail), double(a.sessionsFormRequest), double(a.sessionsIndirectEmail),
                            a.salesRate.value_or(-1), a.averageSpeedToSale.value_or(-1), double(a.numSalesCounted),
                            a.quoteValue, a.salesValue};
    // QJsonObject iterates keys sorted, which is the order listed above.
    QList<double> expected;
    for (int i = 1; i < next; ++i)
        expected.append(i);
    QCOMPARE(got, expected);
}

void TestRecordsSales::solutionAnalyticsWrongNestedType()
{
    const auto bad = SolutionAnalytics::fromJson(testsupport::parse(
        R"({"numLeads": 3, "salesFunnelStats": {"response": {"sessionsGhosted": [1]}}})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error(), QStringLiteral("salesFunnelStats.response.sessionsGhosted: expected integer"));
    const auto notObject = SolutionAnalytics::fromJson(testsupport::parse(R"({"salesFunnelStats": "n/a"})"));
    QCOMPARE(notObject.error(), QStringLiteral("salesFunnelStats: expected object"));
}

QTEST_GUILESS_MAIN(TestRecordsSales)
#include "tst_records_sales.moc"
