// Conversation list figures from issue 3:
//  - 100,000 conversations decoded and inserted into the model (time + added memory)
//  - one search keystroke over 100,000 rows
// Run: build/tests/bench/bench_model
#include "ContactDirectory.h"
#include "Conversation.h"
#include "ConversationFilterProxy.h"
#include "ConversationListModel.h"
#include "Page.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace repdesk;

namespace {
constexpr int kRows = 100000;

QByteArray pageJson(int n)
{
    QJsonArray data;
    const QDateTime base(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < n; ++i)
        data.append(QJsonObject{
            {QStringLiteral("conversation_id"), QStringLiteral("gAAAAABconv%1xLs9dV5kTr8cY1hJ6uW3mN4qP2xLs9dV5kTr8cY1hJ6uW3").arg(i)},
            {QStringLiteral("start_at"), base.addSecs(-i * 60).toString(Qt::ISODate)},
            {QStringLiteral("last_activity_at"), base.addSecs(-i * 30).toString(Qt::ISODateWithMs)},
            {QStringLiteral("folder"), i % 7 == 0 ? QStringLiteral("archive") : QStringLiteral("inbox")},
            {QStringLiteral("is_read"), i % 3 == 0},
            {QStringLiteral("contact_id"), QStringLiteral("contact%1").arg(i % 20000)},
        });
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLongLong() * 4 : 0;
}

QList<Contact> contacts()
{
    static const char *first[] = {"Zoë", "José", "Hannah", "Arjun", "Grace", "María", "David", "Ingrid", "Ken", "Amal"};
    static const char *last[] = {"Dupré", "Álvarez", "Hughes", "Iyer", "Reed", "Peña", "Peretz", "Håkansson", "Suzuki", "Haddad"};
    QList<Contact> out;
    for (int i = 0; i < 20000; ++i) {
        Contact c;
        c.contactId = QStringLiteral("contact%1").arg(i);
        c.name = QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(first[i % 10]), QString::fromUtf8(last[(i / 10) % 10])).arg(i);
        c.email = QStringLiteral("person%1@example.com").arg(i);
        out << c;
    }
    return out;
}
} // namespace

class BenchModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeAndInsert100k()
    {
        const QByteArray json = pageJson(kRows);
        QList<qint64> times;
        qint64 addedKiB = 0;
        for (int run = 0; run < 5; ++run) {
            const qint64 before = rssKiB();
            QElapsedTimer t;
            t.start();
            const QJsonDocument doc = QJsonDocument::fromJson(json);
            const qint64 parsed = t.elapsed();
            auto page = Page<Conversation>::fromJson(doc.object());
            const qint64 decoded = t.elapsed();
            ConversationListModel model;
            model.merge(page.value().items);
            times << t.elapsed();
            if (run == 0)
                qInfo("  json parse %lld ms, records %lld ms, model insert %lld ms", parsed, decoded - parsed,
                      t.elapsed() - decoded);
            QCOMPARE(model.itemRowCount(), kRows);
            page = Decoded<Page<Conversation>>();
            if (run == 0)
                addedKiB = rssKiB() - before; // model alive, wire JSON and page freed
        }
        std::sort(times.begin(), times.end());
        qInfo("decode+insert %d conversations: median %lld ms (min %lld, max %lld); added memory %.1f MiB",
              kRows, times[2], times[0], times[4], addedKiB / 1024.0);
    }

    void searchKeystroke100k()
    {
        ContactDirectory directory;
        directory.insert(contacts());
        ConversationListModel model;
        model.setSource(nullptr, nullptr, &directory, QStringLiteral("org"));
        model.merge(Page<Conversation>::fromJson(QJsonDocument::fromJson(pageJson(kRows)).object()).value().items);
        ConversationFilterProxy proxy;
        proxy.setConversationModel(&model);
        QCOMPARE(proxy.rowCount(), kRows);
        const QStringList typed{QStringLiteral("z"), QStringLiteral("zo"), QStringLiteral("zoë"), QStringLiteral("zoë d"),
                                QStringLiteral("zoë du"), QStringLiteral("zo"), QString()};
        QList<qint64> times;
        for (int round = 0; round < 3; ++round) {
            for (const QString &text : typed) {
                QElapsedTimer t;
                t.start();
                proxy.setSearchText(text);
                // What a view does next: ask for the rows (the proxy maps lazily).
                const int rows = proxy.rowCount();
                if (rows > 0)
                    proxy.index(0, 0).data(Qt::DisplayRole);
                times << t.nsecsElapsed() / 1000;
                if (round == 0)
                    qInfo("  '%s' -> %d rows in %.1f ms", qPrintable(text), proxy.rowCount(), times.last() / 1000.0);
            }
        }
        std::sort(times.begin(), times.end());
        qInfo("search keystroke over %d rows: median %.1f ms, worst %.1f ms (%lld keystrokes)", kRows,
              times[times.size() / 2] / 1000.0, times.last() / 1000.0, qint64(times.size()));
        proxy.setSearchText(QStringLiteral("zoë dupré 0"));
        QVERIFY(proxy.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(BenchModel)
#include "bench_model.moc"
