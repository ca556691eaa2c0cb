// Pagination, cursors, date filters, analytics and audit-log filters of the in-process sandbox.

#include "SandboxServer.h"
#include "tst_sandbox_support.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace repdesk;
using namespace sandboxtest;

namespace {
const QDateTime kAnchor(QDate(2026, 5, 30), QTime(12, 0), QTimeZone::utc());

QString iso(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}
} // namespace

class TestSandboxPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void limitValidation_data();
    void limitValidation();
    void pagingCollectsEveryConversationOnce();
    void invalidCursors();
    void dateFilters();
    void analyticsDates();
    void analyticsFollowInboundMessages();
    void longThreadIsOrdered();
    void auditLogFilters();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    QString m_org, m_org2, m_conversation, m_saleOwner;
};

void TestSandboxPaging::initTestCase()
{
    SandboxOptions options;
    options.conversations = 60;
    options.anchor = kAnchor;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    m_client = std::make_unique<Client>(m_server->url(), "sandbox-key");
    m_org = m_server->organizationIds().at(0);
    m_org2 = m_server->organizationIds().at(1);
    const Reply conversations = m_client->get(orgPath(m_org, QStringLiteral("/conversations")));
    QCOMPARE(conversations.status, 200);
    m_conversation = conversations.data().at(1).toObject().value(QStringLiteral("conversation_id")).toString();
    m_saleOwner = m_client->get(orgPath(m_org, QStringLiteral("/sales"))).data().at(0).toObject().value(QStringLiteral("owner_id")).toString();
    QVERIFY(!m_saleOwner.isEmpty());
}

void TestSandboxPaging::limitValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("status");
    const QString conversations = orgPath(m_org, QStringLiteral("/conversations"));
    QTest::newRow("0") << conversations << "0" << 422;
    QTest::newRow("501") << conversations << "501" << 422;
    QTest::newRow("-3") << conversations << "-3" << 422;
    QTest::newRow("abc") << conversations << "abc" << 422;
    QTest::newRow("1") << conversations << "1" << 200;
    QTest::newRow("500") << conversations << "500" << 200;
    QTest::newRow("audit 0") << orgPath(m_org, QStringLiteral("/audit-logs")) << "0" << 422;
    QTest::newRow("messages 501") << orgPath(m_org, QStringLiteral("/conversations/") + seg(m_conversation) + QStringLiteral("/messages")) << "501" << 422;
    QTest::newRow("contacts 501") << orgPath(m_org, QStringLiteral("/contacts")) << "501" << 422;
}

void TestSandboxPaging::limitValidation()
{
    QFETCH(QString, path);
    QFETCH(QString, limit);
    QFETCH(int, status);
    const Reply reply = m_client->get(path, Client::query({{"limit", limit}}));
    QCOMPARE(reply.status, status);
    if (status == 422) {
        const QJsonArray detail = reply.object().value(QStringLiteral("detail")).toArray();
        QCOMPARE(detail.size(), 1);
        const QJsonObject error = detail.at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("loc")).toArray(), (QJsonArray{"query", "limit"}));
        QVERIFY(!error.value(QStringLiteral("msg")).toString().isEmpty());
        QVERIFY(!error.value(QStringLiteral("type")).toString().isEmpty());
    } else {
        QCOMPARE(reply.pagination().value(QStringLiteral("limit")).toInt(), limit.toInt());
    }
}

void TestSandboxPaging::pagingCollectsEveryConversationOnce()
{
    const QString path = orgPath(m_org, QStringLiteral("/conversations"));
    const Reply first = m_client->get(path);
    QCOMPARE(first.pagination().value(QStringLiteral("limit")).toInt(), 25);
    QVERIFY(first.pagination().value(QStringLiteral("cursor")).isNull());
    QVERIFY(first.pagination().value(QStringLiteral("has_more")).toBool());
    int pages = 0;
    const QJsonArray paged = m_client->all(path, {}, 7, &pages);
    QCOMPARE(pages, 9); // 60 conversations, 7 per page
    QSet<QString> ids;
    QString previous;
    for (const QJsonValue &item : paged) {
        const QJsonObject conversation = item.toObject();
        ids.insert(conversation.value(QStringLiteral("conversation_id")).toString());
        const QString activity = conversation.value(QStringLiteral("last_activity_at")).toString();
        if (!previous.isEmpty())
            QVERIFY2(QDateTime::fromString(activity, Qt::ISODateWithMs) <= QDateTime::fromString(previous, Qt::ISODateWithMs),
                     "conversations must come newest first");
        previous = activity;
    }
    QCOMPARE(paged.size(), 60);
    QCOMPARE(ids.size(), 60);
    const Reply everything = m_client->get(path, Client::query({{"limit", "500"}}));
    QCOMPARE(everything.data().size(), 60);
    QVERIFY(!everything.pagination().value(QStringLiteral("has_more")).toBool());
    QVERIFY(everything.pagination().value(QStringLiteral("next_cursor")).isNull());
    // The second page echoes its cursor.
    const QString cursor = first.pagination().value(QStringLiteral("next_cursor")).toString();
    const Reply second = m_client->get(path, Client::query({{"cursor", cursor}}));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.pagination().value(QStringLiteral("cursor")).toString(), cursor);
}

void TestSandboxPaging::invalidCursors()
{
    const QString conversations = orgPath(m_org, QStringLiteral("/conversations"));
    const auto expectInvalid = [&](const QString &path, const QString &cursor, QUrlQuery extra = {}) {
        extra.addQueryItem(QStringLiteral("cursor"), seg(cursor));
        const Reply reply = m_client->get(path, extra);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.detail(), QStringLiteral("Invalid cursor"));
    };
    expectInvalid(conversations, QStringLiteral("garbage"));
    expectInvalid(conversations, QStringLiteral("HR_tok_!!!"));
    const Reply contacts = m_client->get(orgPath(m_org, QStringLiteral("/contacts")));
    const QString contactCursor = contacts.pagination().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!contactCursor.isEmpty());
    expectInvalid(conversations, contactCursor);
    // Same route, other organization.
    const Reply page = m_client->get(conversations, Client::query({{"limit", "2"}}));
    const QString conversationCursor = page.pagination().value(QStringLiteral("next_cursor")).toString();
    expectInvalid(orgPath(m_org2, QStringLiteral("/conversations")), conversationCursor);
    // Same route, other filters.
    expectInvalid(conversations, conversationCursor, Client::query({{"start_date", iso(kAnchor.addDays(-30))}}));
    // Messages of one conversation are not messages of another.
    const QString longThread = page.data().at(0).toObject().value(QStringLiteral("conversation_id")).toString();
    const Reply messages = m_client->get(orgPath(m_org, QStringLiteral("/conversations/") + seg(longThread) + QStringLiteral("/messages")),
                                         Client::query({{"limit", "10"}}));
    const QString messageCursor = messages.pagination().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!messageCursor.isEmpty());
    expectInvalid(orgPath(m_org, QStringLiteral("/conversations/") + seg(m_conversation) + QStringLiteral("/messages")), messageCursor);
    // ...but it is fine where it came from.
    QUrlQuery ok;
    ok.addQueryItem(QStringLiteral("cursor"), seg(messageCursor));
    QCOMPARE(m_client->get(orgPath(m_org, QStringLiteral("/conversations/") + seg(longThread) + QStringLiteral("/messages")), ok).status, 200);
}

void TestSandboxPaging::dateFilters()
{
    const QString path = orgPath(m_org, QStringLiteral("/conversations"));
    const QJsonArray all = m_client->get(path, Client::query({{"limit", "500"}})).data();
    const QString pivot = all.at(10).toObject().value(QStringLiteral("last_activity_at")).toString();
    const QString pivotId = all.at(10).toObject().value(QStringLiteral("conversation_id")).toString();
    const auto ids = [](const QJsonArray &items) {
        QSet<QString> result;
        for (const QJsonValue &item : items)
            result.insert(item.toObject().value(QStringLiteral("conversation_id")).toString());
        return result;
    };
    const QSet<QString> from = ids(m_client->get(path, Client::query({{"limit", "500"}, {"start_date", pivot}})).data());
    const QSet<QString> before = ids(m_client->get(path, Client::query({{"limit", "500"}, {"end_date", pivot}})).data());
    QVERIFY2(from.contains(pivotId), "start_date is inclusive");
    QVERIFY2(!before.contains(pivotId), "end_date is exclusive");
    QCOMPARE(from.size() + before.size(), all.size());
    QCOMPARE(from.size(), 11);

    // The same instant written with an offset selects the same rows.
    const QDateTime pivotTime = QDateTime::fromString(pivot.left(19) + QLatin1Char('Z'), Qt::ISODate);
    const QString fraction = pivot.mid(19, pivot.size() - 20); // ".782565" or nothing
    const QString withOffset = pivotTime.toOffsetFromUtc(2 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + fraction + QStringLiteral("+02:00");
    QCOMPARE(ids(m_client->get(path, Client::query({{"limit", "500"}, {"start_date", withOffset}})).data()), from);

    Reply reply = m_client->get(path, Client::query({{"start_date", iso(kAnchor)}, {"end_date", iso(kAnchor.addDays(-1))}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("start_date must be less than or equal to end_date"));
    reply = m_client->get(path, Client::query({{"start_date", "yesterday"}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.object().value(QStringLiteral("detail")).toArray().at(0).toObject().value(QStringLiteral("loc")).toArray(),
             (QJsonArray{"query", "start_date"}));
    QCOMPARE(m_client->get(path, Client::query({{"start_date", "2026-04-01"}})).status, 200);

    // Messages are filtered by sent_at.
    const QString messages = orgPath(m_org, QStringLiteral("/conversations/") + seg(all.at(0).toObject().value(QStringLiteral("conversation_id")).toString()) + QStringLiteral("/messages"));
    const QJsonArray thread = m_client->get(messages, Client::query({{"limit", "500"}})).data();
    const QString sentAt = thread.at(100).toObject().value(QStringLiteral("sent_at")).toString();
    QCOMPARE(m_client->get(messages, Client::query({{"limit", "500"}, {"end_date", sentAt}})).data().size(), 100);
}

void TestSandboxPaging::analyticsDates()
{
    const QString path = orgPath(m_org, QStringLiteral("/analytics/conversations"));
    Reply reply = m_client->get(path);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.object().value(QStringLiteral("detail")).toArray().size(), 2);
    reply = m_client->get(path, Client::query({{"start_date", iso(kAnchor.addDays(-1))}}));
    QCOMPARE(reply.status, 422);
    reply = m_client->get(path, Client::query({{"start_date", iso(kAnchor)}, {"end_date", iso(kAnchor.addDays(-1))}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("start_date must be less than or equal to end_date"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    reply = m_client->get(path, Client::query({{"start_date", iso(now.addDays(-1))}, {"end_date", iso(now.addDays(1))}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.detail(), QStringLiteral("start_date and end_date cannot be in the future"));
    reply = m_client->get(orgPath(m_org, QStringLiteral("/analytics/sales")),
                          Client::query({{"start_date", iso(now.addDays(2))}, {"end_date", iso(now.addDays(3))}}));
    QCOMPARE(reply.status, 400);
    reply = m_client->get(path, Client::query({{"start_date", iso(now.addDays(-1))}, {"end_date", iso(now.addSecs(30))}}));
    QCOMPARE(reply.status, 200);
}

void TestSandboxPaging::analyticsFollowInboundMessages()
{
    const QUrlQuery range = Client::query({{"start_date", iso(kAnchor.addDays(-90))},
                                           {"end_date", iso(QDateTime::currentDateTimeUtc().addSecs(30))}});
    const QString path = orgPath(m_org, QStringLiteral("/analytics/conversations"));
    const QJsonObject before = m_client->get(path, range).object();
    const int received = before.value(QStringLiteral("volumeStats")).toObject().value(QStringLiteral("numMessagesReceived")).toInt();
    QVERIFY(received > 0);
    QVERIFY(before.value(QStringLiteral("responseRateStats")).toObject().value(QStringLiteral("responseRate")).toDouble() > 0);

    const QString messageId = m_server->simulateInboundMessage(m_conversation);
    QVERIFY(!messageId.isEmpty());
    const QJsonObject after = m_client->get(path, range).object();
    QCOMPARE(after.value(QStringLiteral("volumeStats")).toObject().value(QStringLiteral("numMessagesReceived")).toInt(), received + 1);

    const QJsonObject conversation = m_client->get(orgPath(m_org, QStringLiteral("/conversations/") + seg(m_conversation))).object();
    QCOMPARE(conversation.value(QStringLiteral("is_read")).toBool(), false);
    const Reply first = m_client->get(orgPath(m_org, QStringLiteral("/conversations")), Client::query({{"limit", "1"}}));
    QCOMPARE(first.data().at(0).toObject().value(QStringLiteral("conversation_id")).toString(), m_conversation);
    const Reply message = m_client->get(orgPath(m_org, QStringLiteral("/conversations/") + seg(m_conversation) + QStringLiteral("/messages/") + seg(messageId)));
    QCOMPARE(message.status, 200);
    QCOMPARE(message.object().value(QStringLiteral("message_direction")).toString(), QStringLiteral("received"));
}

void TestSandboxPaging::longThreadIsOrdered()
{
    // Other tests bump conversations, so find it by size here (initTestCase checked it came first).
    const QJsonArray all = m_client->get(orgPath(m_org, QStringLiteral("/conversations")), Client::query({{"limit", "500"}})).data();
    int found = 0;
    for (const QJsonValue &item : all) {
        const QString id = item.toObject().value(QStringLiteral("conversation_id")).toString();
        const QString path = orgPath(m_org, QStringLiteral("/conversations/") + seg(id) + QStringLiteral("/messages"));
        const Reply reply = m_client->get(path, Client::query({{"limit", "500"}}));
        if (reply.data().size() != 240)
            continue;
        ++found;
        QString previous;
        for (const QJsonValue &message : reply.data()) {
            const QString sentAt = message.toObject().value(QStringLiteral("sent_at")).toString();
            QVERIFY(previous.isEmpty() || QDateTime::fromString(previous, Qt::ISODateWithMs) <= QDateTime::fromString(sentAt, Qt::ISODateWithMs));
            previous = sentAt;
        }
        const int pages = [&] { int p = 0; m_client->all(path, {}, 50, &p); return p; }();
        QCOMPARE(pages, 5);
    }
    QCOMPARE(found, 1);
}

void TestSandboxPaging::auditLogFilters()
{
    const QString path = orgPath(m_org, QStringLiteral("/audit-logs"));
    QCOMPARE(m_client->get(path).pagination().value(QStringLiteral("limit")).toInt(), 50);
    const QJsonArray sales = m_client->all(path, Client::query({{"record_type", "sale"}}), 200);
    QVERIFY(!sales.isEmpty());
    for (const QJsonValue &entry : sales)
        QCOMPARE(entry.toObject().value(QStringLiteral("record")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("sale"));
    bool objectChange = false;
    for (const QJsonValue &entry : sales) {
        for (const QJsonValue &change : entry.toObject().value(QStringLiteral("changes")).toArray())
            objectChange |= change.toObject().value(QStringLiteral("to")).isObject();
    }
    QVERIFY2(objectChange, "some changes carry JSON objects");
    const QJsonArray folders = m_client->all(path, Client::query({{"record_type", "conversation"}, {"action_type", "update"}}), 200);
    QVERIFY(!folders.isEmpty());
    const QJsonArray byAgent = m_client->all(path, Client::query({{"agent_id", m_saleOwner}}), 200);
    for (const QJsonValue &entry : byAgent)
        QCOMPARE(entry.toObject().value(QStringLiteral("agent_id")).toString(), m_saleOwner);
    QCOMPARE(m_client->get(path, Client::query({{"record_type", "banana"}})).status, 422);
    QCOMPARE(m_client->get(path, Client::query({{"action_type", "upsert"}})).status, 422);
    const QJsonArray newestFirst = m_client->get(path).data();
    QVERIFY(QDateTime::fromString(newestFirst.at(0).toObject().value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs)
            >= QDateTime::fromString(newestFirst.at(1).toObject().value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs));
}

QTEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandbox_paging.moc"
