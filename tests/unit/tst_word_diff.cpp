// WordDiff: tokens, segments, the edges (empty sides, identical texts, only
// whitespace changed, Unicode), HTML escaping, that both texts can always be
// rebuilt from the segments, and speed on 10,000 words.
#include "WordDiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace repdesk;
using Kind = WordDiff::Kind;
using Segments = QList<WordDiff::Segment>;

namespace {
QString words(int n, quint32 seed, const QStringList &vocabulary)
{
    QRandomGenerator random(seed);
    QStringList out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out << vocabulary.at(int(random.bounded(quint32(vocabulary.size()))));
    return out.join(QLatin1Char(' '));
}

QStringList vocabulary(const QString &prefix, int n)
{
    QStringList v;
    for (int i = 0; i < n; ++i)
        v << prefix + QString::number(i);
    return v;
}

// Every segment non-empty, no two neighbours of one kind, and a deletion never after an insertion of its run.
bool wellFormed(const Segments &s)
{
    for (int i = 0; i < s.size(); ++i) {
        if (s.at(i).text.isEmpty())
            return false;
        if (i > 0 && s.at(i).kind == s.at(i - 1).kind)
            return false;
        if (i > 0 && s.at(i).kind == Kind::Deleted && s.at(i - 1).kind == Kind::Inserted)
            return false;
    }
    return true;
}
} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenizeKeepsEveryCharacter()
    {
        const QString text = QStringLiteral("Hi  Diana,\n\nthanks\tfor it ");
        const QStringList tokens = WordDiff::tokenize(text);
        QCOMPARE(tokens, (QStringList{QStringLiteral("Hi"), QStringLiteral("  "), QStringLiteral("Diana,"),
                                      QStringLiteral("\n\n"), QStringLiteral("thanks"), QStringLiteral("\t"),
                                      QStringLiteral("for"), QStringLiteral(" "), QStringLiteral("it"),
                                      QStringLiteral(" ")}));
        QCOMPARE(tokens.join(QString()), text);
        QVERIFY(WordDiff::tokenize(QString()).isEmpty());
        QCOMPARE(WordDiff::tokenize(QStringLiteral("   ")), QStringList{QStringLiteral("   ")});
    }

    void identicalAndEmptyTexts()
    {
        QVERIFY(WordDiff::compare(QString(), QString()).isEmpty());
        const Segments same = WordDiff::compare(QStringLiteral("Tuesday works."), QStringLiteral("Tuesday works."));
        QCOMPARE(same, (Segments{{Kind::Equal, QStringLiteral("Tuesday works.")}}));
        QVERIFY(!WordDiff::hasChanges(same));

        const Segments added = WordDiff::compare(QString(), QStringLiteral("All new"));
        QCOMPARE(added, (Segments{{Kind::Inserted, QStringLiteral("All new")}}));
        const Segments removed = WordDiff::compare(QStringLiteral("All gone"), QString());
        QCOMPARE(removed, (Segments{{Kind::Deleted, QStringLiteral("All gone")}}));
        QVERIFY(WordDiff::hasChanges(removed));
    }

    // One token against another, alone or between shared text: the smallest
    // case of the bisection, which once wrote past its arrays (caught by ASan).
    void singleTokensDiffer()
    {
        QCOMPARE(WordDiff::compare(QStringLiteral("Tuesday"), QStringLiteral("Wednesday")),
                 (Segments{{Kind::Deleted, QStringLiteral("Tuesday")}, {Kind::Inserted, QStringLiteral("Wednesday")}}));
        QCOMPARE(WordDiff::compare(QStringLiteral("a b c"), QStringLiteral("a x c")),
                 (Segments{{Kind::Equal, QStringLiteral("a ")},
                           {Kind::Deleted, QStringLiteral("b")},
                           {Kind::Inserted, QStringLiteral("x")},
                           {Kind::Equal, QStringLiteral(" c")}}));
    }

    void oneWordReplaced()
    {
        const Segments s = WordDiff::compare(QStringLiteral("Hi Diana, we can do Tuesday at 2pm."),
                                             QStringLiteral("Hi Diana, we can do Wednesday at 2pm."));
        QCOMPARE(s, (Segments{{Kind::Equal, QStringLiteral("Hi Diana, we can do ")},
                              {Kind::Deleted, QStringLiteral("Tuesday")},
                              {Kind::Inserted, QStringLiteral("Wednesday")},
                              {Kind::Equal, QStringLiteral(" at 2pm.")}}));
        QCOMPARE(WordDiff::insertedWords(s), 1);
        QCOMPARE(WordDiff::deletedWords(s), 1);
    }

    void insertionAndDeletionApart()
    {
        const Segments s = WordDiff::compare(QStringLiteral("Thanks for the call today, Diana."),
                                             QStringLiteral("Many thanks for the call, Diana."));
        QVERIFY(wellFormed(s));
        QCOMPARE(WordDiff::before(s), QStringLiteral("Thanks for the call today, Diana."));
        QCOMPARE(WordDiff::after(s), QStringLiteral("Many thanks for the call, Diana."));
        QCOMPARE(s.first().kind, Kind::Deleted);
        QVERIFY(s.contains(WordDiff::Segment{Kind::Equal, QStringLiteral(" for the ")}));
    }

    void whitespaceBetweenChangesJoinsThem()
    {
        // Three replaced words read as one replacement, not three with kept spaces in between.
        const Segments s = WordDiff::compare(QStringLiteral("see you a b c tomorrow"),
                                             QStringLiteral("see you x y z tomorrow"));
        QCOMPARE(s, (Segments{{Kind::Equal, QStringLiteral("see you ")},
                              {Kind::Deleted, QStringLiteral("a b c")},
                              {Kind::Inserted, QStringLiteral("x y z")},
                              {Kind::Equal, QStringLiteral(" tomorrow")}}));
    }

    void onlyWhitespaceChanged()
    {
        const Segments s = WordDiff::compare(QStringLiteral("one two"), QStringLiteral("one  two"));
        QVERIFY(WordDiff::hasChanges(s));
        QCOMPARE(WordDiff::insertedWords(s), 0);
        QCOMPARE(WordDiff::deletedWords(s), 0);
        QCOMPARE(WordDiff::after(s), QStringLiteral("one  two"));
    }

    void unicodeWords()
    {
        const Segments s = WordDiff::compare(QStringLiteral("Merci, café naïve 😀 fin"),
                                             QStringLiteral("Merci, café naive 😀 fin"));
        QCOMPARE(s, (Segments{{Kind::Equal, QStringLiteral("Merci, café ")},
                              {Kind::Deleted, QStringLiteral("naïve")},
                              {Kind::Inserted, QStringLiteral("naive")},
                              {Kind::Equal, QStringLiteral(" 😀 fin")}}));
    }

    void htmlIsEscaped()
    {
        const Segments s = WordDiff::compare(QStringLiteral("a <b> & \"c\""), QStringLiteral("a <i> & \"c\"\nd"));
        const QString html = WordDiff::toHtml(s);
        QVERIFY2(!html.contains(QLatin1String("<b>")) && !html.contains(QLatin1String("<i>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<del>&lt;b&gt;</del>")));
        QVERIFY(html.contains(QLatin1String("<ins>&lt;i&gt;")));
        QVERIFY(html.contains(QLatin1String("&amp;")));
        QVERIFY(html.contains(QLatin1String("<br>")));
        QVERIFY(html.startsWith(QLatin1String("a ")));
    }

    void randomEditsRebuildBothTexts()
    {
        const QStringList vocab = vocabulary(QStringLiteral("w"), 12);
        for (quint32 seed = 1; seed <= 200; ++seed) {
            const QString a = words(int(seed % 30), seed, vocab);
            const QString b = words(int((seed * 7) % 30), seed * 31 + 5, vocab);
            const Segments s = WordDiff::compare(a, b);
            QVERIFY2(wellFormed(s), qPrintable(QString::number(seed)));
            QCOMPARE(WordDiff::before(s), a);
            QCOMPARE(WordDiff::after(s), b);
            QCOMPARE(WordDiff::hasChanges(s), a != b);
        }
    }

    void tenThousandWordsWithAFewEdits()
    {
        const QString before = words(10000, 7, vocabulary(QStringLiteral("word"), 2000));
        QStringList edited = before.split(QLatin1Char(' '));
        for (int i : {10, 2500, 5000, 7501, 9990})
            edited[i] = QStringLiteral("EDIT%1").arg(i);
        edited.insert(4000, QStringLiteral("INSERTED"));
        edited.removeAt(8000);
        const QString after = edited.join(QLatin1Char(' '));
        QElapsedTimer timer;
        timer.start();
        const Segments s = WordDiff::compare(before, after);
        const qint64 ms = timer.elapsed();
        qInfo("10,000 words, 7 edits: %lld ms", ms);
#if defined(__SANITIZE_ADDRESS__) // gcc's mark of -fsanitize=address (REPDESK_SANITIZE=ON)
        const qint64 limit = 800; // unoptimised, with ASan and UBSan: 2-4x slower
#else
        const qint64 limit = 200;
#endif
        QVERIFY2(ms < limit, qPrintable(QString::number(ms)));
        QCOMPARE(WordDiff::before(s), before);
        QCOMPARE(WordDiff::after(s), after);
        QCOMPARE(WordDiff::insertedWords(s), 6); // five replacements and one insertion
        QCOMPARE(WordDiff::deletedWords(s), 6);  // five replaced and one removed
    }

    void tenThousandUnrelatedWordsStayWithinTheBudget()
    {
        const QString a = words(10000, 1, vocabulary(QStringLiteral("alpha"), 3000));
        const QString b = words(10000, 2, vocabulary(QStringLiteral("beta"), 3000));
        QElapsedTimer timer;
        timer.start();
        const Segments s = WordDiff::compare(a, b, 50);
        const qint64 ms = timer.elapsed();
        qInfo("10,000 unrelated words: %lld ms", ms);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        QCOMPARE(WordDiff::before(s), a);
        QCOMPARE(WordDiff::after(s), b);
        // Only the spaces are shared: the whole text reads as one replacement.
        QCOMPARE(s.size(), 2);
    }

    void outOfBudgetIsStillCorrect()
    {
        const QString a = words(3000, 3, vocabulary(QStringLiteral("x"), 50));
        const QString b = words(3000, 4, vocabulary(QStringLiteral("x"), 50));
        const Segments s = WordDiff::compare(a, b, 0);
        QCOMPARE(WordDiff::before(s), a);
        QCOMPARE(WordDiff::after(s), b);
        QVERIFY(wellFormed(s));
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_word_diff.moc"
