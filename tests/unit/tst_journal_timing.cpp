// DraftJournal timing: writes are debounced to about one per second per
// draft, the first edit after a quiet period goes out at once, and the file
// is never more than a second behind what was typed.
#include "tst_journal_support.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <memory>

using namespace repdesk;
using namespace repdesk::test;

class TestJournalTiming : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dir() const { return m_dir->path(); }
    QString file() const { return m_dir->filePath(kAccount + QStringLiteral("/drafts.sqlite")); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void burstOfEditsWritesAtMostTwice()
    {
        DraftJournal journal(dir(), kAccount);
        DiskReader disk(file());
        QElapsedTimer clock;
        clock.start();
        for (int i = 1; i <= 20; ++i) {
            journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("v%1").arg(i)));
            QCOMPARE(journal.entry(kOrg, QStringLiteral("conv-1"))->html, QStringLiteral("v%1").arg(i));
            QTest::qWait(10);
        }
        QVERIFY(clock.elapsed() < DraftJournal::debounceMs);
        // The first edit after a quiet period went out at once; the rest wait for the period.
        QCOMPARE(journal.diskWrites(), 1);
        QCOMPARE(disk.html(QStringLiteral("conv-1")), QStringLiteral("v1"));
        QTRY_COMPARE_WITH_TIMEOUT(journal.diskWrites(), 2, 2000);
        QVERIFY2(clock.elapsed() >= DraftJournal::debounceMs - 20, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(disk.html(QStringLiteral("conv-1")), QStringLiteral("v20"));
        QTest::qWait(DraftJournal::debounceMs + 100);
        QCOMPARE(journal.diskWrites(), 2);
    }

    void steadyTypingIsNeverMoreThanASecondBehind()
    {
        DraftJournal journal(dir(), kAccount);
        DiskReader disk(file());
        QElapsedTimer clock;
        clock.start();
        QList<std::pair<qint64, QString>> typed; // when each text was staged
        QString text;
        int worstLagMs = 0;
        while (clock.elapsed() < 2300) {
            text += QLatin1Char('a' + text.size() % 26);
            typed.append({clock.elapsed(), text});
            journal.stage(reply(QStringLiteral("conv-typing"), text));
            const QString onDisk = disk.html(QStringLiteral("conv-typing"));
            // How long ago was the text that is on disk typed?
            for (auto it = typed.crbegin(); it != typed.crend(); ++it) {
                if (it->second == onDisk) {
                    // The edit after it is the oldest one the disk does not have yet.
                    const auto next = it.base();
                    if (next != typed.cend())
                        worstLagMs = std::max<int>(worstLagMs, int(clock.elapsed() - next->first));
                    break;
                }
            }
            QTest::qWait(25);
        }
        QVERIFY2(worstLagMs <= DraftJournal::debounceMs + 150, qPrintable(QString::number(worstLagMs)));
        // One write at the start, then about one per second: 3 in 2.3 s, never one per keystroke.
        QVERIFY2(journal.diskWrites() >= 2 && journal.diskWrites() <= 4, qPrintable(QString::number(journal.diskWrites())));
    }

    void editsAfterAQuietPeriodAreWrittenAtOnce()
    {
        DraftJournal journal(dir(), kAccount);
        journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("first")));
        QCOMPARE(journal.diskWrites(), 1);
        QTest::qWait(DraftJournal::debounceMs + 50);
        journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("after a pause")));
        QCOMPARE(journal.diskWrites(), 2);
        // Each draft has its own period.
        journal.stage(reply(QStringLiteral("conv-2"), QStringLiteral("another draft")));
        QCOMPARE(journal.diskWrites(), 3);
        DiskReader disk(file());
        QCOMPARE(disk.html(QStringLiteral("conv-1")), QStringLiteral("after a pause"));
        QCOMPARE(disk.html(QStringLiteral("conv-2")), QStringLiteral("another draft"));
    }

    void writeNowIsImmediateAndNotUndoneByOlderStaging()
    {
        DraftJournal journal(dir(), kAccount);
        journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("a")));
        journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("ab (staged)")));
        QVERIFY(journal.writeNow(reply(QStringLiteral("conv-1"), QStringLiteral("abc (written now)"))));
        DiskReader disk(file());
        QCOMPARE(disk.html(QStringLiteral("conv-1")), QStringLiteral("abc (written now)"));
        QTest::qWait(DraftJournal::debounceMs + 100);
        QCOMPARE(disk.html(QStringLiteral("conv-1")), QStringLiteral("abc (written now)"));
        QCOMPARE(journal.diskWrites(), 2);
    }

    void removeDropsAStagedEditToo()
    {
        DraftJournal journal(dir(), kAccount);
        journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("x")));
        journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("xy")));
        journal.remove(kOrg, QStringLiteral("conv-1"));
        QVERIFY(!journal.entry(kOrg, QStringLiteral("conv-1")));
        QTest::qWait(DraftJournal::debounceMs + 100);
        QVERIFY(!journal.entry(kOrg, QStringLiteral("conv-1")));
        QCOMPARE(DiskReader(file()).html(QStringLiteral("conv-1")), QStringLiteral("<missing>"));
    }
};

QTEST_GUILESS_MAIN(TestJournalTiming)
#include "tst_journal_timing.moc"
