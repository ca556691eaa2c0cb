// The demo data as the manager dashboards see it through the analytics routes: half a year of
// history whose weekly and daily volume, response rate and response time vary, a team with a
// spread for the leaderboard, sales in every stage, non-zero legacy figures, all per seed.

#include "SandboxServer.h"
#include "tst_sandbox_support.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace repdesk;
using namespace sandboxtest;

namespace {

const QDateTime kAnchor(QDate(2026, 5, 30), QTime(12, 0), QTimeZone::utc());
constexpr int kWeeks = 26;

QString iso(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

QUrlQuery range(const QDateTime &start, const QDateTime &end)
{
    return Client::query({{"start_date", iso(start)}, {"end_date", iso(end)}});
}

// Week k covers [anchor - (k + 1) weeks, anchor - k weeks): k = 0 is the last seven days.
QUrlQuery week(int k)
{
    return range(kAnchor.addDays(-7 * (k + 1)), kAnchor.addDays(-7 * k));
}

double mean(const QList<double> &values)
{
    double total = 0;
    for (double value : values)
        total += value;
    return values.isEmpty() ? 0.0 : total / double(values.size());
}

double coefficientOfVariation(const QList<double> &values)
{
    const double average = mean(values);
    double squares = 0;
    for (double value : values)
        squares += (value - average) * (value - average);
    return average > 0 ? std::sqrt(squares / double(values.size())) / average : 0.0;
}

// What `repdesk --demo` starts with, at a fixed anchor, and the second tenant so that every
// legacy solution can be checked.
SandboxOptions demoOptions()
{
    SandboxOptions options;
    options.conversations = 400;
    options.anchor = kAnchor;
    options.secondApiKey = QStringLiteral("second-key");
    // No queued draft becomes a message while the tests read: sameSeedSameData compares this
    // server's data with a fresh one's, and a slow run (the sanitizer build) outlived the 3 s.
    options.autosendDelayMs = 3600 * 1000;
    return options;
}

} // namespace

class TestSandboxDemoHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generationIsFast();
    void dataSpansHalfAYear();
    void weeklyVolumeVaries();
    void weekdaysAreBusierThanWeekends();
    void responseRateAndTimeMove();
    void leaderboardHasASpread();
    void responseTimesDifferPerAgent();
    void agentsAddUpToTheOrganization();
    void salesInEveryStageOverTheHalfYear();
    void legacyAnalyticsArePlausible();
    void analyticsRefuseMissingAndFutureDates();
    void sameSeedSameData();

private:
    QString path(const QString &rest) const { return orgPath(m_org, rest); }
    QJsonObject volume(int weekIndex) { return m_client->get(path(QStringLiteral("/analytics/conversations/volume")), week(weekIndex)).object(); }
    QList<QJsonObject> agents();
    double medianFirstReplySeconds(const QString &agentId);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<Client> m_second;
    QString m_org;
    QUrlQuery m_halfYear = range(kAnchor.addDays(-7 * kWeeks), kAnchor);
};

void TestSandboxDemoHistory::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(demoOptions());
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    m_client = std::make_unique<Client>(m_server->url(), "sandbox-key");
    m_second = std::make_unique<Client>(m_server->url(), "second-key");
    m_org = m_server->organizationIds().value(0);
    QVERIFY(!m_org.isEmpty());
}

QList<QJsonObject> TestSandboxDemoHistory::agents()
{
    QList<QJsonObject> result;
    for (const QJsonValue &agent : m_client->all(path(QStringLiteral("/agents"))))
        result.append(agent.toObject());
    return result;
}

void TestSandboxDemoHistory::generationIsFast()
{
    // The demo generates its data before the window opens: it must stay well under a second.
    // The best of three runs, so that a busy machine does not fail the test.
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 3; ++run) {
        SandboxOptions options;
        options.conversations = 400;
        QElapsedTimer timer;
        timer.start();
        SandboxServer server(options);
        QVERIFY(server.start());
        best = qMin(best, timer.elapsed());
    }
    qInfo("demo data generation (400 conversations): best of 3 = %lld ms", best);
    QVERIFY2(best < 1000, qPrintable(QStringLiteral("%1 ms").arg(best)));
}

void TestSandboxDemoHistory::dataSpansHalfAYear()
{
    const QStringList first = m_server->organizationIds();
    const QStringList second = m_server->organizationIds(QStringLiteral("second-key"));
    QCOMPARE(first.size() + second.size(), 4);
    const QUrlQuery before = range(kAnchor.addDays(-7 * (kWeeks + 1)), kAnchor.addDays(-7 * kWeeks));
    for (const QString &org : first + second) {
        Client &client = first.contains(org) ? *m_client : *m_second;
        // Messages reach back past 26 weeks, and sales were opened in the oldest weeks too.
        const QJsonObject older = client.get(orgPath(org, QStringLiteral("/analytics/conversations/volume")), before).object();
        QVERIFY2(older.value(QStringLiteral("numMessagesReceived")).toInt() + older.value(QStringLiteral("numMessagesSent")).toInt() > 0,
                 qPrintable(org));
        const QJsonObject sales = client.get(orgPath(org, QStringLiteral("/analytics/sales")),
                                             range(kAnchor.addDays(-7 * (kWeeks + 1)), kAnchor.addDays(-7 * 18))).object();
        int opened = 0;
        for (const QJsonValue &stage : sales.value(QStringLiteral("pipeline")).toArray())
            opened += stage.toObject().value(QStringLiteral("volume")).toInt();
        QVERIFY2(opened > 0, qPrintable(org));
    }
    // The inbox still looks live: the newest conversation is minutes old, the first page days.
    const QJsonArray page = m_client->get(path(QStringLiteral("/conversations"))).data();
    QCOMPARE(page.size(), 25);
    const auto age = [](const QJsonValue &c) {
        return QDateTime::fromString(c.toObject().value(QStringLiteral("last_activity_at")).toString(), Qt::ISODateWithMs).secsTo(kAnchor);
    };
    QVERIFY(age(page.first()) < 15 * 60);
    QVERIFY2(age(page.last()) < 14 * 24 * 3600, qPrintable(QString::number(age(page.last()))));
}

void TestSandboxDemoHistory::weeklyVolumeVaries()
{
    QList<double> received;
    for (int k = 0; k < kWeeks; ++k) {
        const QJsonObject stats = volume(k);
        const int in = stats.value(QStringLiteral("numMessagesReceived")).toInt();
        const int out = stats.value(QStringLiteral("numMessagesSent")).toInt();
        QVERIFY2(in + out > 0, qPrintable(QStringLiteral("week %1 has no message").arg(k)));
        received.append(in);
    }
    const auto [low, high] = std::minmax_element(received.cbegin(), received.cend());
    QVERIFY(*low < *high);
    const double cv = coefficientOfVariation(received);
    qInfo("weekly received messages: coefficient of variation %.2f, %g to %g", cv, *low, *high);
    QVERIFY2(cv > 0.2, qPrintable(QString::number(cv)));
}

void TestSandboxDemoHistory::weekdaysAreBusierThanWeekends()
{
    // Calendar days (UTC midnight to midnight), as a per-day chart buckets them.
    double weekdays = 0, weekends = 0;
    int weekdayCount = 0, weekendCount = 0;
    const QDateTime today(kAnchor.date(), QTime(0, 0), QTimeZone::utc());
    for (int d = 1; d <= 7 * kWeeks; ++d) {
        const QDateTime day = today.addDays(-d);
        const QJsonObject stats = m_client->get(path(QStringLiteral("/analytics/conversations/volume")), range(day, day.addDays(1))).object();
        QVERIFY(stats.contains(QStringLiteral("numMessagesReceived")));
        const int messages = stats.value(QStringLiteral("numMessagesReceived")).toInt() + stats.value(QStringLiteral("numMessagesSent")).toInt();
        if (day.date().dayOfWeek() >= 6) {
            weekends += messages;
            ++weekendCount;
        } else {
            weekdays += messages;
            ++weekdayCount;
        }
    }
    const double ratio = (weekdays / weekdayCount) / qMax(1.0, weekends / weekendCount);
    qInfo("messages per weekday / per weekend day: %.2f", ratio);
    QVERIFY2(ratio > 1.8, qPrintable(QString::number(ratio)));
}

void TestSandboxDemoHistory::responseRateAndTimeMove()
{
    QSet<double> rates;
    QList<double> times;
    for (int k = 0; k < kWeeks; ++k) {
        const QJsonObject stats = m_client->get(path(QStringLiteral("/analytics/conversations")), week(k)).object();
        const double rate = stats.value(QStringLiteral("responseRateStats")).toObject().value(QStringLiteral("responseRate")).toDouble();
        QVERIFY(rate > 0.4 && rate <= 1.0);
        rates.insert(rate);
        times.append(stats.value(QStringLiteral("responseTimeStats")).toObject().value(QStringLiteral("responseTime")).toDouble());
    }
    QVERIFY2(rates.size() >= 8, qPrintable(QString::number(rates.size())));
    // The team got faster over the half year (times[0] is the newest week).
    const double newest = mean(times.mid(0, 8));
    const double oldest = mean(times.mid(kWeeks - 8));
    qInfo("mean response time: oldest 8 weeks %.0f s, newest 8 weeks %.0f s", oldest, newest);
    QVERIFY2(oldest > 1.25 * newest, qPrintable(QStringLiteral("%1 vs %2").arg(oldest).arg(newest)));
    QVERIFY(coefficientOfVariation(times) > 0.15);
}

void TestSandboxDemoHistory::leaderboardHasASpread()
{
    const QList<QJsonObject> team = agents();
    QVERIFY2(team.size() >= 8, qPrintable(QString::number(team.size())));
    QSet<QString> names;
    QList<double> sent;
    QSet<double> salesRates;
    for (const QJsonObject &agent : team) {
        names.insert(agent.value(QStringLiteral("name")).toString());
        const QJsonObject stats = m_client->get(path(QStringLiteral("/agents/") + seg(agent.value(QStringLiteral("agent_id")).toString())
                                                     + QStringLiteral("/analytics")), m_halfYear).object();
        sent.append(stats.value(QStringLiteral("conversations")).toObject().value(QStringLiteral("messagesSent")).toDouble());
        salesRates.insert(stats.value(QStringLiteral("sales")).toObject().value(QStringLiteral("salesRate")).toDouble());
    }
    QCOMPARE(names.size(), team.size());
    QVERIFY(!names.contains(QString()));
    const auto [quietest, busiest] = std::minmax_element(sent.cbegin(), sent.cend());
    qInfo("messages sent per agent: %g to %g", *quietest, *busiest);
    QVERIFY(*quietest > 0);
    QVERIFY2(*busiest >= 2 * *quietest, qPrintable(QStringLiteral("%1 vs %2").arg(*busiest).arg(*quietest)));
    QVERIFY2(salesRates.size() >= 4, qPrintable(QString::number(salesRates.size())));
    const auto [worst, best] = std::minmax_element(salesRates.cbegin(), salesRates.cend());
    QVERIFY(*best - *worst >= 0.2);
}

double TestSandboxDemoHistory::medianFirstReplySeconds(const QString &agentId)
{
    QList<double> delays;
    for (const QJsonValue &conversation : m_client->all(path(QStringLiteral("/agents/") + seg(agentId) + QStringLiteral("/conversations")), {}, 500)) {
        const QString id = conversation.toObject().value(QStringLiteral("conversation_id")).toString();
        QDateTime received;
        for (const QJsonValue &value : m_client->get(path(QStringLiteral("/conversations/") + seg(id) + QStringLiteral("/messages")),
                                                     Client::query({{"limit", "500"}})).data()) {
            const QJsonObject message = value.toObject();
            const QDateTime at = QDateTime::fromString(message.value(QStringLiteral("sent_at")).toString(), Qt::ISODateWithMs);
            const bool sent = message.value(QStringLiteral("message_direction")).toString() == QLatin1String("sent");
            if (!sent && !received.isValid()) {
                received = at;
            } else if (sent && received.isValid()) {
                delays.append(double(received.secsTo(at)));
                break;
            }
        }
    }
    if (delays.size() < 10)
        return -1;
    std::sort(delays.begin(), delays.end());
    return delays.at(delays.size() / 2);
}

void TestSandboxDemoHistory::responseTimesDifferPerAgent()
{
    // The cast puts the team's fastest responder first and a slow one sixth (DemoTeam).
    const QList<QJsonObject> team = agents();
    QVERIFY(team.size() >= 6);
    const double fast = medianFirstReplySeconds(team.at(0).value(QStringLiteral("agent_id")).toString());
    const double slow = medianFirstReplySeconds(team.at(5).value(QStringLiteral("agent_id")).toString());
    qInfo("median first reply: %s %.0f s, %s %.0f s", qPrintable(team.at(0).value(QStringLiteral("name")).toString()), fast,
          qPrintable(team.at(5).value(QStringLiteral("name")).toString()), slow);
    QVERIFY(fast > 0);
    QVERIFY2(slow > 3 * fast, qPrintable(QStringLiteral("%1 vs %2").arg(slow).arg(fast)));
}

void TestSandboxDemoHistory::agentsAddUpToTheOrganization()
{
    for (const QUrlQuery &query : {m_halfYear, week(0), week(12)}) {
        const QJsonObject org = m_client->get(path(QStringLiteral("/analytics/conversations")), query).object();
        const QJsonArray orgPipeline = m_client->get(path(QStringLiteral("/analytics/sales")), query).object().value(QStringLiteral("pipeline")).toArray();
        qint64 sent = 0, responded = 0;
        QList<qint64> volumes(orgPipeline.size(), 0);
        QList<double> values(orgPipeline.size(), 0.0);
        for (const QJsonObject &agent : agents()) {
            const QJsonObject stats = m_client->get(path(QStringLiteral("/agents/") + seg(agent.value(QStringLiteral("agent_id")).toString())
                                                         + QStringLiteral("/analytics")), query).object();
            const QJsonObject conversations = stats.value(QStringLiteral("conversations")).toObject();
            sent += conversations.value(QStringLiteral("messagesSent")).toInt();
            responded += conversations.value(QStringLiteral("conversationsRespondedTo")).toInt();
            const QJsonArray pipeline = stats.value(QStringLiteral("sales")).toObject().value(QStringLiteral("pipeline")).toArray();
            QCOMPARE(pipeline.size(), orgPipeline.size());
            for (int i = 0; i < pipeline.size(); ++i) {
                volumes[i] += pipeline.at(i).toObject().value(QStringLiteral("volume")).toInt();
                values[i] += pipeline.at(i).toObject().value(QStringLiteral("value")).toString().toDouble();
            }
        }
        QVERIFY(sent > 0);
        QCOMPARE(sent, qint64(org.value(QStringLiteral("volumeStats")).toObject().value(QStringLiteral("numMessagesSent")).toInt()));
        QCOMPARE(responded, qint64(org.value(QStringLiteral("responseRateStats")).toObject().value(QStringLiteral("numConversationsRespondedTo")).toInt()));
        for (int i = 0; i < orgPipeline.size(); ++i) {
            QCOMPARE(volumes.at(i), qint64(orgPipeline.at(i).toObject().value(QStringLiteral("volume")).toInt()));
            QCOMPARE(qRound64(values.at(i) * 100), qRound64(orgPipeline.at(i).toObject().value(QStringLiteral("value")).toString().toDouble() * 100));
        }
    }
}

void TestSandboxDemoHistory::salesInEveryStageOverTheHalfYear()
{
    const QSet<QString> stages{QStringLiteral("Qualified"), QStringLiteral("Quoted"), QStringLiteral("Negotiation"),
                               QStringLiteral("Accepted"), QStringLiteral("Lost")};
    const QStringList second = m_server->organizationIds(QStringLiteral("second-key"));
    for (const QString &org : m_server->organizationIds() + second) {
        Client &client = second.contains(org) ? *m_second : *m_client;
        QSet<QString> seen;
        QSet<int> weeksWithChanges;
        for (const QJsonValue &sale : client.all(orgPath(org, QStringLiteral("/sales")), {}, 500)) {
            seen.insert(sale.toObject().value(QStringLiteral("current_status")).toObject().value(QStringLiteral("label")).toString());
            for (const QJsonValue &entry : sale.toObject().value(QStringLiteral("status_history")).toArray()) {
                const QDateTime at = QDateTime::fromString(entry.toObject().value(QStringLiteral("changed_at")).toString(), Qt::ISODateWithMs);
                QVERIFY(at <= kAnchor);
                weeksWithChanges.insert(int(at.secsTo(kAnchor) / (7 * 24 * 3600)));
            }
        }
        QCOMPARE(seen, stages);
        // Status changes happen all through the half year, not in one burst.
        if (org == m_org)
            QVERIFY2(weeksWithChanges.size() >= 22, qPrintable(QString::number(weeksWithChanges.size())));
    }
}

void TestSandboxDemoHistory::legacyAnalyticsArePlausible()
{
    int solutions = 0;
    for (Client *client : {m_client.get(), m_second.get()}) {
        for (const QJsonValue &solution : client->get(QStringLiteral("/api/v1/solutions")).json.array()) {
            const QString name = solution.toObject().value(QStringLiteral("name")).toString();
            const Reply reply = client->get(QStringLiteral("/api/v1/solutions/") + solution.toObject().value(QStringLiteral("uuid")).toString()
                                            + QStringLiteral("/analytics"));
            QCOMPARE(reply.status, 200);
            const QJsonObject a = reply.object();
            const auto at = [&a](const QString &group, const QString &key) { return a.value(group).toObject().value(key).toDouble(); };
            const QJsonObject funnel = a.value(QStringLiteral("salesFunnelStats")).toObject();
            const auto step = [&funnel](const QString &group, const QString &key) { return funnel.value(group).toObject().value(key).toDouble(); };
            const double leads = a.value(QStringLiteral("numLeads")).toDouble();
            const QList<std::pair<const char *, double>> positive{
                {"numLeads", leads},
                {"numChatsSent", at(QStringLiteral("responseRateStats"), QStringLiteral("numChatsSent"))},
                {"responseTime", at(QStringLiteral("responseTimeStats"), QStringLiteral("responseTime"))},
                {"responseTimeBusinessHours", at(QStringLiteral("responseTimeStats"), QStringLiteral("responseTimeBusinessHours"))},
                {"autonomyRate", at(QStringLiteral("autonomyRateStats"), QStringLiteral("autonomyRate"))},
                {"leadResponseScore", a.value(QStringLiteral("leadResponseScore")).toDouble()},
                {"salesValue", at(QStringLiteral("valueStats"), QStringLiteral("salesValue"))},
                {"sessionsQuoted", step(QStringLiteral("outcome"), QStringLiteral("sessionsQuoted"))},
                {"sessionsSale", step(QStringLiteral("sale"), QStringLiteral("sessionsSale"))},
                {"sessionsResponseSent", step(QStringLiteral("response"), QStringLiteral("sessionsResponseSent"))},
                {"averageSpeedToSale", at(QStringLiteral("salesStats"), QStringLiteral("averageSpeedToSale"))},
            };
            for (const auto &[key, value] : positive)
                QVERIFY2(value > 0, qPrintable(name + QLatin1Char(' ') + QLatin1String(key)));
            QVERIFY(at(QStringLiteral("autonomyRateStats"), QStringLiteral("autonomyRate")) < 1.0);
            QVERIFY(a.value(QStringLiteral("leadResponseScore")).toInt() <= 100);
            // A funnel narrows, and replies to mail that came in office hours are the quicker ones.
            QVERIFY(step(QStringLiteral("sale"), QStringLiteral("sessionsSale")) <= step(QStringLiteral("outcome"), QStringLiteral("sessionsQuoted")));
            QVERIFY(step(QStringLiteral("outcome"), QStringLiteral("sessionsQuoted")) <= leads);
            QVERIFY(step(QStringLiteral("response"), QStringLiteral("sessionsResponseSent")) <= leads);
            QVERIFY2(at(QStringLiteral("responseTimeStats"), QStringLiteral("responseTimeBusinessHours"))
                         < at(QStringLiteral("responseTimeStats"), QStringLiteral("responseTime")),
                     qPrintable(name));
            ++solutions;
        }
    }
    QCOMPARE(solutions, 4);
}

void TestSandboxDemoHistory::analyticsRefuseMissingAndFutureDates()
{
    const QString agent = agents().value(0).value(QStringLiteral("agent_id")).toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &route : {path(QStringLiteral("/analytics/conversations")), path(QStringLiteral("/analytics/sales")),
                                 path(QStringLiteral("/agents/") + seg(agent) + QStringLiteral("/analytics"))}) {
        Reply reply = m_client->get(route, Client::query({{"end_date", iso(kAnchor)}}));
        QCOMPARE(reply.status, 422);
        const QJsonObject missing = reply.object().value(QStringLiteral("detail")).toArray().at(0).toObject();
        QCOMPARE(missing.value(QStringLiteral("loc")).toArray(), (QJsonArray{"query", "start_date"}));
        QCOMPARE(missing.value(QStringLiteral("type")).toString(), QStringLiteral("missing"));
        reply = m_client->get(route, range(now.addDays(-3), now.addDays(2)));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.detail(), QStringLiteral("start_date and end_date cannot be in the future"));
        reply = m_client->get(route, range(kAnchor, kAnchor.addDays(-7)));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.detail(), QStringLiteral("start_date must be less than or equal to end_date"));
    }
}

void TestSandboxDemoHistory::sameSeedSameData()
{
    const auto snapshot = [](Client &client, const QString &org) {
        QByteArray bytes;
        for (const QString &rest : {QStringLiteral("/conversations"), QStringLiteral("/agents"), QStringLiteral("/sales"),
                                    QStringLiteral("/contacts"), QStringLiteral("/audit-logs")})
            bytes += QJsonDocument(client.all(orgPath(org, rest), {}, 500)).toJson(QJsonDocument::Compact);
        bytes += client.get(orgPath(org, QStringLiteral("/analytics/conversations")), week(9)).body;
        return bytes;
    };
    SandboxOptions options = demoOptions();
    options.secondApiKey.clear(); // the first tenant's data does not depend on the second's
    SandboxServer again(options);
    QVERIFY(again.start());
    Client client(again.url(), "sandbox-key");
    const QByteArray mine = snapshot(*m_client, m_org);
    QVERIFY(mine.size() > 100000);
    QCOMPARE(snapshot(client, again.organizationIds().value(0)), mine);

    options.seed += 1;
    SandboxServer other(options);
    QVERIFY(other.start());
    Client otherClient(other.url(), "sandbox-key");
    QVERIFY(snapshot(otherClient, other.organizationIds().value(0)) != mine);
}

QTEST_GUILESS_MAIN(TestSandboxDemoHistory)
#include "tst_sandbox_demo_history.moc"
