// The offline cache on the paths the inbox waits for: painting the list from
// disk, storing a fetched page, a page of the full walk and its end, and a
// thread. Targets: 10,000 conversations load well under 50 ms and upsert well
// under 200 ms; a page of the full walk stays well under one 16 ms frame.
// Run: build/tests/bench/bench_cache -iterations 10
#include "Cache.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace repdesk;

namespace {
QList<Conversation> conversations(int n, int generation)
{
    QList<Conversation> out;
    out.reserve(n);
    const QDateTime base(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < n; ++i) {
        Conversation c;
        c.conversationId = QStringLiteral("gAAAAABconv%1-%2xLs9dV5kTr8cY1hJ6uW3mN4qP2xLs9dV5kTr8cY1hJ6uW3").arg(generation).arg(i);
        c.startAt = base.addSecs(-i * 60);
        c.lastActivityAt = base.addMSecs(-i * 30123);
        c.folder = i % 7 == 0 ? QStringLiteral("archive") : QStringLiteral("inbox");
        c.isRead = i % 3 == 0;
        c.contactId = QStringLiteral("gAAAAABcontact%1").arg(i % 5000);
        out.append(c);
    }
    return out;
}

QList<Message> makeThread(int n)
{
    QList<Message> out;
    for (int i = 0; i < n; ++i) {
        Message m;
        m.messageId = QStringLiteral("HR_id_message_%1").arg(i);
        m.conversationId = QStringLiteral("HR_id_conv");
        m.modality = QStringLiteral("email");
        m.messageDirection = i % 2 ? QStringLiteral("sent") : QStringLiteral("received");
        m.subject = QStringLiteral("Re: quote for 25 seats");
        m.content = QStringLiteral("<p>Hello, thanks for the call.</p>").repeated(40);
        m.sentAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC).addSecs(i * 3600);
        m.emailMetadata.ccEmails = {QStringLiteral("cc@example.com")};
        m.trackedLinks = {{QStringLiteral("l1"), QStringLiteral("https://example.com/pricing"), 2}};
        out.append(m);
    }
    return out;
}
} // namespace

class BenchCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_cache = std::make_unique<Cache>(m_dir.path(), QStringLiteral("bench"));
        QVERIFY(m_cache->openOrganization(QStringLiteral("org-%1").arg(++m_org)));
    }
    void cleanup() { m_cache.reset(); }

    void loadConversations10k()
    {
        m_cache->upsertConversations(conversations(10000, 0));
        int loaded = 0;
        QBENCHMARK {
            loaded = m_cache->conversations().size();
        }
        QCOMPARE(loaded, 10000);
    }
    void loadFirstPage()
    {
        m_cache->upsertConversations(conversations(10000, 0));
        int loaded = 0;
        QBENCHMARK {
            loaded = m_cache->conversations(100).size();
        }
        QCOMPARE(loaded, 100);
    }
    // A first sync: 10,000 new ids into an empty organization. init() opens a
    // fresh one per data row, so each row is one independent sample.
    void upsertConversations10kIntoEmpty_data()
    {
        QTest::addColumn<int>("sample");
        for (int i = 1; i <= 5; ++i)
            QTest::addRow("sample %d", i) << i;
    }
    void upsertConversations10kIntoEmpty()
    {
        QFETCH(int, sample);
        const QList<Conversation> page = conversations(10000, sample);
        QBENCHMARK_ONCE {
            m_cache->upsertConversations(page);
        }
        QCOMPARE(m_cache->conversationCount(), 10000);
    }
    // New ids every round while the table grows by 10,000 a round (up to 120,000 rows).
    void upsertConversations10kIntoGrowingTable()
    {
        QList<QList<Conversation>> pages;
        for (int generation = 1; generation <= 12; ++generation)
            pages.append(conversations(10000, generation));
        int round = 0;
        QBENCHMARK {
            m_cache->upsertConversations(pages.at(round++ % pages.size()));
        }
        QVERIFY(m_cache->conversationCount() >= 10000);
    }
    void upsertConversations10kExisting()
    {
        const QList<Conversation> page = conversations(10000, 0);
        m_cache->upsertConversations(page);
        QBENCHMARK {
            m_cache->upsertConversations(page);
        }
        QCOMPARE(m_cache->conversationCount(), 10000);
    }
    // The full walk's cache work (InboxSync) over 100,000 unchanged rows that
    // an earlier walk saw: 200 pages of 500, each marked as seen in one
    // transaction. Prints the slowest page: each runs on the UI thread.
    void saveWalk100kUnchanged()
    {
        const QList<Conversation> all = conversations(100000, 0);
        m_cache->upsertConversations(all);
        const qint64 earlier = m_cache->beginConversationWalk();
        for (int first = 0; first < all.size(); first += 500)
            m_cache->saveConversationPage(earlier, all.mid(first, 500));
        const qint64 walk = m_cache->beginConversationWalk();
        qint64 slowestNs = 0;
        int written = 0;
        QBENCHMARK_ONCE {
            for (int first = 0; first < all.size(); first += 500) {
                QElapsedTimer page;
                page.start();
                written += m_cache->saveConversationPage(walk, all.mid(first, 500));
                slowestNs = std::max(slowestNs, page.nsecsElapsed());
            }
        }
        qInfo("slowest page: %.1f ms", slowestNs / 1e6);
        QCOMPARE(written, 0);
    }
    // The end of a full walk over 100,000 rows: the one statement that removes
    // what the walk did not see (none, or 1,000 rows that left the server).
    void finishWalk100k_data()
    {
        QTest::addColumn<int>("unseen");
        QTest::addRow("all seen") << 0;
        QTest::addRow("1000 unseen") << 1000;
    }
    void finishWalk100k()
    {
        QFETCH(int, unseen);
        const QList<Conversation> all = conversations(100000, 0);
        m_cache->upsertConversations(all);
        const qint64 walk = m_cache->beginConversationWalk();
        for (int first = unseen; first < all.size(); first += 500)
            QVERIFY(m_cache->saveConversationPage(walk, all.mid(first, 500)) >= 0);
        std::optional<QStringList> gone;
        QBENCHMARK_ONCE {
            gone = m_cache->finishConversationWalk(walk);
        }
        QVERIFY(gone.has_value());
        QCOMPARE(gone->size(), unseen);
    }
    void saveThread200()
    {
        const QList<Message> messages = makeThread(200);
        QBENCHMARK {
            m_cache->saveThread(QStringLiteral("HR_id_conv"), messages);
        }
    }
    void loadThread200()
    {
        m_cache->saveThread(QStringLiteral("HR_id_conv"), makeThread(200));
        int loaded = 0;
        QBENCHMARK {
            loaded = m_cache->thread(QStringLiteral("HR_id_conv")).size();
        }
        QCOMPARE(loaded, 200);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    int m_org = 0;
};

QTEST_GUILESS_MAIN(BenchCache)
#include "bench_cache.moc"
