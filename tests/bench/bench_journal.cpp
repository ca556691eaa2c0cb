// DraftJournal::writeNow, the one synchronous write on the typing path (the
// debounced writes of stage() are the same upsert). Target: a median well
// under 2 ms for a typical reply, including the WAL commit.
// Run: build/tests/bench/bench_journal -iterations 200 -median 9
#include "DraftJournal.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace repdesk;

namespace {
JournalEntry draft(int htmlBytes, int revision)
{
    JournalEntry e;
    e.organizationId = QStringLiteral("HR_id_organization_bench");
    e.key = QStringLiteral("gAAAAABconversation-bench-xLs9dV5kTr8cY1hJ6uW3mN4qP2xLs9dV5kTr8cY1hJ6uW3");
    const QString paragraph = QStringLiteral("<p>Hi Zo\u00eb, thanks for the call \u2014 here is the quote for 25 seats.</p>");
    while (e.html.size() < htmlBytes)
        e.html += paragraph;
    e.html += QString::number(revision);
    e.ccEmails = {QStringLiteral("cc@example.com")};
    e.addNotification = true;
    e.updatedAt = QDateTime::currentDateTimeUtc();
    e.serverDraftId = QStringLiteral("HR_id_response_draft_bench");
    e.serverBodyHtml = e.html.left(htmlBytes / 2);
    return e;
}
} // namespace

class BenchJournal : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DraftJournal> m_journal;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_journal = std::make_unique<DraftJournal>(m_dir.path(), QStringLiteral("bench"));
        QVERIFY2(m_journal->isOpen(), qPrintable(m_journal->lastError()));
        // Other drafts in the file, as after a day of work.
        for (int i = 0; i < 200; ++i) {
            JournalEntry other = draft(2000, i);
            other.key = QStringLiteral("conversation-%1").arg(i);
            QVERIFY(m_journal->writeNow(other));
        }
    }
    void cleanup() { m_journal.reset(); }

    void writeNow_data()
    {
        QTest::addColumn<int>("htmlBytes");
        QTest::newRow("reply 4 KB") << 4 * 1024;
        QTest::newRow("long reply 32 KB") << 32 * 1024;
        QTest::newRow("pasted 100 KB") << 100 * 1024;
    }
    void writeNow()
    {
        QFETCH(int, htmlBytes);
        // Built outside the measured block: only the write is timed.
        QList<JournalEntry> revisions;
        for (int i = 0; i < 16; ++i)
            revisions << draft(htmlBytes, i);
        int i = 0;
        bool ok = true;
        QBENCHMARK {
            ok = m_journal->writeNow(revisions.at(i++ % revisions.size())) && ok;
        }
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(BenchJournal)
#include "bench_journal.moc"
