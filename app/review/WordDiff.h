#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace repdesk {

// What a reviewer changed in a proposed reply, word by word: the proposal
// (before) against the current text (after), both plain text. The texts are
// cut into tokens (runs of whitespace, and runs of anything else), the tokens
// are compared with Myers' O(ND) algorithm (the middle-snake bisection, so
// memory stays linear), and the result is a list of segments, each equal,
// inserted or deleted. A change run lists its deletion before its insertion.
//
// Fast for the usual review (10,000 words with a few edits: a few ms). Two
// texts with almost nothing in common cost O(N·D); past a time budget the
// remaining stretch is reported as deleted-then-inserted, which is still a
// correct diff, only a coarser one.
class WordDiff
{
public:
    enum class Kind { Equal, Inserted, Deleted };
    struct Segment
    {
        Kind kind = Kind::Equal;
        QString text;
        bool operator==(const Segment &o) const { return kind == o.kind && text == o.text; }
    };

    static constexpr int kDefaultBudgetMs = 200;

    // Whitespace runs and word runs, in order; joined they give `text` back.
    static QStringList tokenize(const QString &text);
    // Adjacent segments of one kind are merged; whitespace alone between two
    // changes joins them, so "a b c" -> "x y z" reads as one replacement
    // rather than three with spaces kept in between.
    static QList<Segment> compare(const QString &before, const QString &after, int budgetMs = kDefaultBudgetMs);

    // For display: every segment HTML-escaped, equal text as is, deletions in
    // <del>, insertions in <ins>, line breaks as <br>.
    static QString toHtml(const QList<Segment> &segments);
    // True when any segment is not Equal.
    static bool hasChanges(const QList<Segment> &segments);
    // The text on one side of the diff (Deleted+Equal, or Inserted+Equal).
    static QString before(const QList<Segment> &segments);
    static QString after(const QList<Segment> &segments);
    // Words (non-whitespace tokens) inserted and deleted, for a summary ("3 words changed").
    static int insertedWords(const QList<Segment> &segments);
    static int deletedWords(const QList<Segment> &segments);
};

} // namespace repdesk
