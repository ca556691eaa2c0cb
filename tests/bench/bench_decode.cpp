// Decoding a page of N conversations from the wire format into records.
// Run: build/tests/bench/bench_decode [-iterations 5]
#include "Conversation.h"
#include "Page.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace repdesk;

namespace {
QByteArray conversationsJson(int n)
{
    QJsonArray data;
    const QDateTime base(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < n; ++i) {
        data.append(QJsonObject{
            {QStringLiteral("conversation_id"), QStringLiteral("gAAAAABconv%1xLs9dV5kTr8cY1hJ6uW3mN4qP2xLs9dV5kTr8cY1hJ6uW3").arg(i)},
            {QStringLiteral("start_at"), base.addSecs(-i * 60).toString(Qt::ISODate)},
            {QStringLiteral("last_activity_at"), base.addSecs(-i * 30).toString(Qt::ISODateWithMs)},
            {QStringLiteral("folder"), i % 7 == 0 ? QStringLiteral("archive") : QStringLiteral("inbox")},
            {QStringLiteral("is_read"), i % 3 == 0},
            {QStringLiteral("contact_id"), QStringLiteral("gAAAAABcontact%1").arg(i % 5000)},
        });
    }
    QJsonObject page{{QStringLiteral("data"), data},
                     {QStringLiteral("pagination"),
                      QJsonObject{{QStringLiteral("limit"), n}, {QStringLiteral("cursor"), QJsonValue::Null},
                                  {QStringLiteral("next_cursor"), QJsonValue::Null},
                                  {QStringLiteral("has_more"), false}}}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}
} // namespace

class BenchDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeConversations_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("10k") << 10000;
        QTest::newRow("100k") << 100000;
    }
    void decodeConversations()
    {
        QFETCH(int, count);
        const QByteArray json = conversationsJson(count);
        int decoded = 0;
        QBENCHMARK {
            const auto page = Page<Conversation>::fromJson(QJsonDocument::fromJson(json).object());
            decoded = page.value().items.size();
        }
        QCOMPARE(decoded, count);
    }
};

QTEST_GUILESS_MAIN(BenchDecode)
#include "bench_decode.moc"
