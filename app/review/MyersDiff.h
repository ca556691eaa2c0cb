#pragma once

#include "WordDiff.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <vector>

namespace repdesk {

// Myers' diff on interned tokens, after diff-match-patch's diff_main/diff_bisect:
// trim the common ends, handle the trivial shapes, else find the middle snake
// and recurse on both halves. Positions are kept absolute so the ops can be
// turned back into text without copying token lists around. WordDiff's engine:
// it works on token ids so WordDiff can compare strings only once, when interning.
class MyersDiff
{
public:
    // One run of tokens: `start` indexes the old tokens for Equal and Deleted, the new ones for Inserted.
    struct Op
    {
        WordDiff::Kind kind;
        int start;
        int length;
    };

    // Keeps references to `a` and `b`: they must outlive the MyersDiff.
    MyersDiff(const std::vector<int> &a, const std::vector<int> &b, qint64 budgetMs);

    std::vector<Op> run();

private:
    void push(WordDiff::Kind kind, int start, int length);
    void diff(int a0, int a1, int b0, int b1);
    void compute(int a0, int a1, int b0, int b1);
    void bisect(int a0, int a1, int b0, int b1);
    void split(int a0, int a1, int b0, int b1, int x, int y);

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    qint64 m_budget;
    QElapsedTimer m_clock;
    std::vector<Op> m_ops;
};

} // namespace repdesk
