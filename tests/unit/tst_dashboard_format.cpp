// The dashboards' value types without any server: duration and figure
// texts, the change against the previous period, the common currency of the
// sales, a sale's detail (lines, totals, who changed its stage), and the
// analytics codec's round trip through the records' own decoders.
#include "AgentAnalytics.h"
#include "AnalyticsCodec.h"
#include "AuditLog.h"
#include "ConversationAnalytics.h"
#include "DurationFormatter.h"
#include "FigureChange.h"
#include "FigureFormatter.h"
#include "SaleDetail.h"
#include "SalesCurrency.h"
#include "SolutionAnalytics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace repdesk;

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);

Sale saleFromJson(const char *json)
{
    auto decoded = Sale::fromJson(QJsonDocument::fromJson(json).object());
    return decoded.ok() ? decoded.takeValue() : Sale();
}

Sale withCurrency(const QString &id, const QString &currency)
{
    Sale s;
    s.saleId = id;
    s.quoteDetails.currency = currency;
    return s;
}
} // namespace

class TestDashboardFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0 s");
        QTest::newRow("seconds") << 45.4 << QStringLiteral("45 s");
        QTest::newRow("a minute") << 60.0 << QStringLiteral("1 min");
        QTest::newRow("minutes and seconds") << 725.0 << QStringLiteral("12 min 5 s");
        QTest::newRow("an hour twelve") << 4320.0 << QStringLiteral("1 h 12 min");
        QTest::newRow("rounds seconds away past an hour") << 3629.0 << QStringLiteral("1 h");
        QTest::newRow("just under a day") << 86399.0 << QStringLiteral("1 d");
        QTest::newRow("days and hours") << 3 * 86400.0 + 4 * 3600.0 + 100 << QStringLiteral("3 d 4 h");
        QTest::newRow("negative") << -5.0 << QStringLiteral("—");
    }
    void durations()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(DurationFormatter(kEnglish).format(seconds), text);
    }

    void durationsUseTheLocalesDigits()
    {
        const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
        const QString text = DurationFormatter(arabic).format(4320);
        QVERIFY2(!text.contains(QLatin1Char('1')), qPrintable(text));
        QVERIFY(text.contains(arabic.toString(12)));
    }

    void figureTexts()
    {
        const FigureFormatter en(kEnglish);
        QCOMPARE(en.rate(0.7), QStringLiteral("70%"));
        QCOMPARE(en.rate(0.705), QStringLiteral("70.5%"));
        QCOMPARE(en.rate(std::nullopt), QStringLiteral("—"));
        QCOMPARE(en.count(118), QStringLiteral("118"));
        QCOMPARE(en.count(12345), QStringLiteral("12,345"));
        QCOMPARE(en.money(21600, QStringLiteral("USD")), QStringLiteral("$21,600.00"));
        QCOMPARE(en.money(1200, QStringLiteral("EUR")), QStringLiteral("1,200.00 EUR"));
        QCOMPARE(en.money(1200), QStringLiteral("1,200.00"));
        const FigureFormatter de(kGerman);
        QCOMPARE(de.money(1200.5, QStringLiteral("EUR")), kGerman.toCurrencyString(1200.5, QStringLiteral("€"), 2));
        QCOMPARE(de.count(12345), QStringLiteral("12.345"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(en.age(now.addSecs(-10), now), QStringLiteral("just now"));
        QCOMPARE(en.age(now.addSecs(-(5 * 60 + 20)), now), QStringLiteral("5 min ago"));
        QCOMPARE(en.age(now.addSecs(-4320), now), QStringLiteral("1 h 12 min ago"));
    }

    void changesOfCounts()
    {
        const auto up = FigureChange::relative(112, 100, true, kEnglish);
        QCOMPARE(up.direction, 1);
        QCOMPARE(up.sentiment, 1);
        QCOMPARE(up.text, QStringLiteral("▲ 12%"));
        QVERIFY(qAbs(*up.amount - 0.12) < 1e-9);
        const auto down = FigureChange::relative(97, 100, true, kEnglish);
        QCOMPARE(down.direction, -1);
        QCOMPARE(down.text, QStringLiteral("▼ 3%"));
        const auto same = FigureChange::relative(5, 5, true, kEnglish);
        QCOMPARE(same.direction, 0);
        QCOMPARE(same.sentiment, 0);
        QCOMPARE(same.text, QStringLiteral("0%"));
        const auto fromNothing = FigureChange::relative(4, 0, true, kEnglish);
        QCOMPARE(fromNothing.direction, 1);
        QVERIFY(!fromNothing.amount);
        QVERIFY(fromNothing.text.startsWith(QStringLiteral("▲")));
        const auto unknown = FigureChange::relative(4, std::nullopt, true, kEnglish);
        QCOMPARE(unknown.direction, 0);
        QVERIFY(unknown.text.isEmpty());
        QVERIFY(!unknown.known);
        // A slower response is bad news although the number went up.
        const auto slower = FigureChange::relative(4000, 3600, false, kEnglish);
        QCOMPARE(slower.direction, 1);
        QCOMPARE(slower.sentiment, -1);
        QCOMPARE(slower.text, QStringLiteral("▲ 11%"));
        const auto tiny = FigureChange::relative(1004, 1000, true, kEnglish);
        QCOMPARE(tiny.text, QStringLiteral("▲ 0.4%"));
    }

    void changesOfRatesArePoints()
    {
        const auto down = FigureChange::points(0.67, 0.70, true, kEnglish);
        QCOMPARE(down.direction, -1);
        QCOMPARE(down.sentiment, -1);
        QVERIFY2(down.text.startsWith(QStringLiteral("▼ 3 pt")), qPrintable(down.text));
        QVERIFY(qAbs(*down.amount + 0.03) < 1e-9);
        const auto small = FigureChange::points(0.704, 0.70, true, kEnglish);
        QCOMPARE(small.text, QStringLiteral("▲ 0.4 pts"));
        QCOMPARE(FigureChange::points(0.5, 0.5, true, kEnglish).direction, 0);
    }

    void commonCurrency()
    {
        QCOMPARE(SalesCurrency::common({}), QString());
        QCOMPARE(SalesCurrency::common({withCurrency(QStringLiteral("a"), QStringLiteral("usd")),
                                        withCurrency(QStringLiteral("b"), QStringLiteral("USD")),
                                        withCurrency(QStringLiteral("c"), QString())}),
                 QStringLiteral("USD"));
        QCOMPARE(SalesCurrency::common({withCurrency(QStringLiteral("a"), QStringLiteral("USD")),
                                        withCurrency(QStringLiteral("b"), QStringLiteral("EUR"))}),
                 QString());
    }

    void saleDetailLinesTotalsAndWho()
    {
        const Sale sale = saleFromJson(R"({
            "sale_id": "S1", "owner_id": "A1",
            "quote_details": {"output": {"currency": "usd", "total_price": "2650.00"},
                              "arguments": {"products": [
                                  {"quantity": 2, "unit_price": "1200.00", "product_name": "Roof"},
                                  {"quantity": 1.5, "unit_price": "166.666", "product_name": "Hours"},
                                  {"quantity": 1, "unit_price": null, "product_name": "Gift"}]}},
            "current_status": {"label": "Accepted", "status": "accepted", "changed_at": "2026-03-13T01:28:41Z"},
            "status_history": [
                {"label": "Qualified", "status": null, "changed_at": "2026-03-12T01:28:41.829924Z"},
                {"label": "Accepted", "status": "accepted", "changed_at": "2026-03-13T01:28:41Z"}]})");
        QCOMPARE(sale.saleId, QStringLiteral("S1"));
        const QHash<QString, Agent> agents{{QStringLiteral("A1"), Agent{QStringLiteral("A1"), QStringLiteral("Kara"), {}}},
                                           {QStringLiteral("A2"), Agent{QStringLiteral("A2"), QString(), QStringLiteral("lee@x.test")}}};
        SaleDetail d = SaleDetail::fromSale(sale, agents);
        QVERIFY(d.valid);
        QCOMPARE(d.ownerName, QStringLiteral("Kara"));
        QCOMPARE(d.currency, QStringLiteral("USD"));
        QCOMPARE(d.lines.size(), 3);
        QCOMPARE(*d.lines.at(0).lineTotal, 2400.0);
        QVERIFY(qAbs(*d.lines.at(1).lineTotal - 249.999) < 1e-9);
        QVERIFY(!d.lines.at(2).lineTotal);
        QVERIFY(qAbs(*d.linesTotal - 2649.999) < 1e-9);
        QCOMPARE(*d.total, 2650.0);
        QVERIFY(d.totalsAgree());
        QCOMPARE(d.currentStage, QStringLiteral("Accepted"));
        QCOMPARE(d.history.size(), 2);

        // Who: an audit "status" change to the same label within a minute; another sale's never counts.
        const auto log = [](const char *json) { return AuditLog::fromJson(QJsonDocument::fromJson(json).object()).value(); };
        const QList<AuditLog> logs{
            log(R"({"audit_log_id": "1", "occurred_at": "2026-03-12T01:28:50Z", "agent_id": "A2", "action_type": "insert",
                    "record": {"type": "sale", "id": "S1"}, "changes": [{"field": "status", "from": null, "to": "Qualified"}]})"),
            log(R"({"audit_log_id": "2", "occurred_at": "2026-03-13T01:28:41Z", "agent_id": "A1", "action_type": "update",
                    "record": {"type": "sale", "id": "OTHER"}, "changes": [{"field": "status", "from": "Qualified", "to": "Accepted"}]})"),
            log(R"({"audit_log_id": "3", "occurred_at": "2026-03-13T03:00:00Z", "agent_id": "A1", "action_type": "update",
                    "record": {"type": "sale", "id": "S1"}, "changes": [{"field": "status", "from": "Qualified", "to": "Accepted"}]})"),
        };
        QCOMPARE(d.attribute(logs, agents), 1);
        QCOMPARE(d.history.at(0).agentId, QStringLiteral("A2"));
        QCOMPARE(d.history.at(0).agentName, QStringLiteral("lee@x.test"));
        QVERIFY(d.history.at(1).agentId.isEmpty()); // the only match was hours away
    }

    void codecRoundTrips()
    {
        const QByteArray body = R"({
            "responseRateStats": {"numConversationsRespondedTo": 14, "numConversationsReceived": 20, "responseRate": 0.7},
            "responseTimeStats": {"responseTime": null},
            "volumeStats": {"numMessagesReceived": 120, "numMessagesSent": 118, "totalConversations": 42},
            "modalityStats": {"textMessages": 10, "calls": 4, "emails": 20, "liveChats": 6, "formRequests": 2}})";
        const auto a = ConversationAnalytics::fromJson(QJsonDocument::fromJson(body).object()).value();
        const auto b = ConversationAnalytics::fromJson(AnalyticsCodec::toJson(a)).value();
        QCOMPARE(b.responseRateStats.numConversationsRespondedTo, 14);
        QCOMPARE(*b.responseRateStats.responseRate, 0.7);
        QVERIFY(!b.responseTimeStats.responseTime);
        QCOMPARE(b.volumeStats.totalConversations, 42);
        QCOMPARE(b.modalityStats.formRequests, 2);

        const QByteArray agent = R"({"conversations": {"conversationsRespondedTo": 42, "messagesSent": 118},
            "sales": {"pipeline": [{"name": "Quoted", "status": "quote_sent", "volume": 18, "value": "21600.00"},
                                   {"name": "Lost", "status": null, "volume": 2, "value": null}], "salesRate": null}})";
        const auto c = AgentAnalytics::fromJson(QJsonDocument::fromJson(agent).object()).value();
        const auto d = AgentAnalytics::fromJson(AnalyticsCodec::toJson(c)).value();
        QCOMPARE(d.conversations.messagesSent, 118);
        QCOMPARE(d.sales.pipeline.size(), 2);
        QCOMPARE(d.sales.pipeline.at(0).value, QStringLiteral("21600.00")); // the exact decimal text survives
        QCOMPARE(d.sales.pipeline.at(0).status, QStringLiteral("quote_sent"));
        QVERIFY(d.sales.pipeline.at(1).status.isEmpty());
        QVERIFY(!d.sales.salesRate);

        SolutionAnalytics s;
        s.numChatsSent = 3;
        s.responseTimeBusinessHours = 120;
        s.sessionsGhosted = 4;
        s.sessionsSale = 2;
        s.leadResponseScore = 71;
        const auto t = SolutionAnalytics::fromJson(AnalyticsCodec::toJson(s)).value();
        QCOMPARE(t.numChatsSent, 3);
        QCOMPARE(*t.responseTimeBusinessHours, 120.0);
        QCOMPARE(t.sessionsGhosted, 4);
        QCOMPARE(t.sessionsSale, 2);
        QCOMPARE(*t.leadResponseScore, 71.0);
        QVERIFY(!t.autonomyRate);
    }
};

QTEST_GUILESS_MAIN(TestDashboardFormat)
#include "tst_dashboard_format.moc"
