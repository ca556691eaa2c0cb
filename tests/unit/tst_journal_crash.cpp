// The journal crash test: a child process types into a DraftJournal, is
// killed with SIGKILL mid-word, and a new DraftJournal on the same folder
// restores what was typed, minus at most the last second.
#include "DraftJournal.h"
#include "journal_typer_text.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace repdesk;

namespace {
const QString kAccount = QStringLiteral("acct");
const QString kOrg = QStringLiteral("HR_id_org_crash");
const QString kKey = QStringLiteral("HR_id_conversation_crash");
constexpr int kCharsPerSecond = 50; // journal_typer types one character every 20 ms
} // namespace

class TestJournalCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileTypingRestoresTheText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess typer;
        typer.setProcessChannelMode(QProcess::SeparateChannels);
        typer.start(QStringLiteral(JOURNAL_TYPER), {dir.path(), kAccount, kOrg, kKey});
        QVERIFY2(typer.waitForStarted(5000), qPrintable(typer.errorString()));

        int typed = 0;
        const auto readReports = [&] {
            while (typer.canReadLine()) {
                bool ok = false;
                const int n = typer.readLine().trimmed().toInt(&ok);
                if (ok && n > typed)
                    typed = n;
            }
        };
        QElapsedTimer waited;
        waited.start();
        while (typed < 150 && waited.elapsed() < 15000 && typer.state() == QProcess::Running) {
            typer.waitForReadyRead(100);
            readReports();
        }
        QVERIFY2(typed >= 150, qPrintable(QString::fromLocal8Bit(typer.readAllStandardError())));

        const QDateTime killedAt = QDateTime::currentDateTimeUtc();
        typer.kill(); // SIGKILL: no destructor, no flush
        QVERIFY(typer.waitForFinished(5000));
        QCOMPARE(typer.exitStatus(), QProcess::CrashExit);
        // Lines written before the kill are still in the pipe: the true last count.
        readReports();

        DraftJournal journal(dir.path(), kAccount);
        QVERIFY2(journal.isOpen(), qPrintable(journal.lastError()));
        QVERIFY2(journal.lastError().isEmpty(), qPrintable(journal.lastError()));
        const auto restored = journal.entry(kOrg, kKey);
        QVERIFY(restored);
        QVERIFY(!restored->savedToServer);
        QCOMPARE(journal.unsaved(kOrg).size(), 1);

        const QString text = journalTyperText();
        const QString &html = restored->html;
        QVERIFY2(text.startsWith(html), "the restored text is not what was typed");
        QVERIFY(html.size() <= typed + 1); // the child may stage one more before printing it
        // The contract: the file is never more than debounceMs behind. At 50
        // characters a second that is 50 characters; 10 more for timer and
        // scheduling slack on a loaded machine.
        const int allowedLoss = kCharsPerSecond * DraftJournal::debounceMs / 1000 + 10;
        QVERIFY2(html.size() >= typed - allowedLoss,
                 qPrintable(QStringLiteral("typed %1, restored %2").arg(typed).arg(html.size())));
        // The same promise in time: the restored edit was made at most a second
        // (plus slack) before the kill.
        QVERIFY(restored->updatedAt.isValid());
        QVERIFY2(restored->updatedAt >= killedAt.addMSecs(-(DraftJournal::debounceMs + 250)),
                 qPrintable(QStringLiteral("restored edit from %1, killed at %2")
                                .arg(restored->updatedAt.toString(Qt::ISODateWithMs),
                                     killedAt.toString(Qt::ISODateWithMs))));
        qInfo("typed %d characters, %d restored after SIGKILL", typed, int(html.size()));
    }
};

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "tst_journal_crash.moc"
