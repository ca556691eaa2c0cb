// Replays what the fuzzers know in the normal build: every seed of
// tests/fuzz/corpus/<target>/ and every input a fuzzer once failed on,
// kept in tests/fuzz/regressions/<target>/ (each named after what it found),
// through the very checks the fuzz_<target> binaries run. A fixed bug that
// comes back fails here, without clang or a fuzzing run.

#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace repdesk::fuzz;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    static void addRows(const QString &kind)
    {
        const QDir root(QStringLiteral(REPDESK_FUZZ_DIR "/") + kind);
        for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(root.filePath(target));
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(kind + QLatin1Char('/') + target + QLatin1Char('/') + file))
                    << target << dir.filePath(file);
        }
    }

    static void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const Check check = findCheck(target.toUtf8());
        QVERIFY2(check, qPrintable(QStringLiteral("no fuzz target named %1").arg(target)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        const QString problem = check(input);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

private Q_SLOTS:
    // Each target has seeds, so a new target cannot ship without a corpus.
    void everyTargetHasSeeds()
    {
        const QDir corpus(QStringLiteral(REPDESK_FUZZ_DIR "/corpus"));
        QVERIFY(!allTargets().isEmpty());
        for (const Target &t : allTargets()) {
            const QDir dir(corpus.filePath(QLatin1String(t.name)));
            QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), t.name);
        }
    }

    void regressions_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        addRows(QStringLiteral("regressions"));
    }
    void regressions() { replay(); }

    void seeds_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        addRows(QStringLiteral("corpus"));
    }
    void seeds() { replay(); }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
