#include "WordDiff.h"

#include "HtmlSanitizer.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <vector>

namespace repdesk {

namespace {

// One run of tokens: `start` indexes the old tokens for Equal and Deleted, the new ones for Inserted.
struct Op
{
    WordDiff::Kind kind;
    int start;
    int length;
};

// Myers' diff on interned tokens, after diff-match-patch's diff_main/diff_bisect:
// trim the common ends, handle the trivial shapes, else find the middle snake
// and recurse on both halves. Positions are kept absolute so the ops can be
// turned back into text without copying token lists around.
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b, qint64 budgetMs) : m_a(a), m_b(b), m_budget(budgetMs)
    {
        m_clock.start();
    }

    std::vector<Op> run()
    {
        diff(0, int(m_a.size()), 0, int(m_b.size()));
        return std::move(m_ops);
    }

private:
    void push(WordDiff::Kind kind, int start, int length)
    {
        if (length > 0)
            m_ops.push_back({kind, start, length});
    }

    void diff(int a0, int a1, int b0, int b1)
    {
        int prefix = 0;
        while (a0 + prefix < a1 && b0 + prefix < b1 && m_a[a0 + prefix] == m_b[b0 + prefix])
            ++prefix;
        push(WordDiff::Kind::Equal, a0, prefix);
        a0 += prefix;
        b0 += prefix;
        int suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0 && m_a[a1 - suffix - 1] == m_b[b1 - suffix - 1])
            ++suffix;
        a1 -= suffix;
        b1 -= suffix;
        compute(a0, a1, b0, b1);
        push(WordDiff::Kind::Equal, a1, suffix);
    }

    void compute(int a0, int a1, int b0, int b1)
    {
        const int n = a1 - a0;
        const int m = b1 - b0;
        if (n == 0 || m == 0) {
            push(WordDiff::Kind::Deleted, a0, n);
            push(WordDiff::Kind::Inserted, b0, m);
            return;
        }
        // One token each, different (diff() stripped what they share): bisect's
        // arrays need n + m > 2 (it wrote one past them here; found by ASan).
        if (n == 1 && m == 1) {
            push(WordDiff::Kind::Deleted, a0, 1);
            push(WordDiff::Kind::Inserted, b0, 1);
            return;
        }
        // The shorter side whole inside the longer one: two changes around it.
        if (n != m) {
            const bool aLonger = n > m;
            const auto &lng = aLonger ? m_a : m_b;
            const auto &sht = aLonger ? m_b : m_a;
            const int l0 = aLonger ? a0 : b0, l1 = aLonger ? a1 : b1;
            const int s0 = aLonger ? b0 : a0, s1 = aLonger ? b1 : a1;
            const auto at = std::search(lng.begin() + l0, lng.begin() + l1, sht.begin() + s0, sht.begin() + s1);
            if (at != lng.begin() + l1) {
                const int i = int(at - lng.begin());
                const WordDiff::Kind kind = aLonger ? WordDiff::Kind::Deleted : WordDiff::Kind::Inserted;
                push(kind, l0, i - l0);
                push(WordDiff::Kind::Equal, aLonger ? i : a0, s1 - s0);
                push(kind, i + (s1 - s0), l1 - i - (s1 - s0));
                return;
            }
            if (std::min(n, m) == 1) { // one token, not found: nothing in common
                push(WordDiff::Kind::Deleted, a0, n);
                push(WordDiff::Kind::Inserted, b0, m);
                return;
            }
        }
        bisect(a0, a1, b0, b1);
    }

    void bisect(int a0, int a1, int b0, int b1)
    {
        const int n = a1 - a0;
        const int m = b1 - b0;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD;
        const int length = 2 * maxD;
        std::vector<int> v1(size_t(length), -1);
        std::vector<int> v2(size_t(length), -1);
        v1[size_t(offset + 1)] = 0;
        v2[size_t(offset + 1)] = 0;
        const int delta = n - m;
        const bool front = delta % 2 != 0; // the forward path meets the reverse one first
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        for (int d = 0; d < maxD; ++d) {
            if (m_clock.elapsed() > m_budget)
                break;
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1o = offset + k1;
                int x1 = (k1 == -d || (k1 != d && v1[size_t(k1o - 1)] < v1[size_t(k1o + 1)])) ? v1[size_t(k1o + 1)]
                                                                                           : v1[size_t(k1o - 1)] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && m_a[size_t(a0 + x1)] == m_b[size_t(b0 + y1)]) {
                    ++x1;
                    ++y1;
                }
                v1[size_t(k1o)] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const int k2o = offset + delta - k1;
                    if (k2o >= 0 && k2o < length && v2[size_t(k2o)] != -1 && x1 >= n - v2[size_t(k2o)]) {
                        split(a0, a1, b0, b1, x1, y1);
                        return;
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2o = offset + k2;
                int x2 = (k2 == -d || (k2 != d && v2[size_t(k2o - 1)] < v2[size_t(k2o + 1)])) ? v2[size_t(k2o + 1)]
                                                                                           : v2[size_t(k2o - 1)] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && m_a[size_t(a1 - x2 - 1)] == m_b[size_t(b1 - y2 - 1)]) {
                    ++x2;
                    ++y2;
                }
                v2[size_t(k2o)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const int k1o = offset + delta - k2;
                    if (k1o >= 0 && k1o < length && v1[size_t(k1o)] != -1) {
                        const int x1 = v1[size_t(k1o)];
                        const int y1 = offset + x1 - k1o;
                        if (x1 >= n - x2) {
                            split(a0, a1, b0, b1, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        // Out of time (or no common token at all): a correct, coarser answer.
        push(WordDiff::Kind::Deleted, a0, n);
        push(WordDiff::Kind::Inserted, b0, m);
    }

    void split(int a0, int a1, int b0, int b1, int x, int y)
    {
        diff(a0, a0 + x, b0, b0 + y);
        diff(a0 + x, a1, b0 + y, b1);
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    qint64 m_budget;
    QElapsedTimer m_clock;
    std::vector<Op> m_ops;
};

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// Between two Equal segments, every deletion first, then every insertion, each
// merged into one segment; adjacent Equal segments merged too.
QList<WordDiff::Segment> normalize(const QList<WordDiff::Segment> &in)
{
    QList<WordDiff::Segment> out;
    QString deleted;
    QString inserted;
    auto flush = [&] {
        if (!deleted.isEmpty())
            out.append({WordDiff::Kind::Deleted, deleted});
        if (!inserted.isEmpty())
            out.append({WordDiff::Kind::Inserted, inserted});
        deleted.clear();
        inserted.clear();
    };
    for (const WordDiff::Segment &s : in) {
        if (s.text.isEmpty())
            continue;
        if (s.kind == WordDiff::Kind::Deleted) {
            deleted += s.text;
        } else if (s.kind == WordDiff::Kind::Inserted) {
            inserted += s.text;
        } else {
            flush();
            if (!out.isEmpty() && out.last().kind == WordDiff::Kind::Equal)
                out.last().text += s.text;
            else
                out.append(s);
        }
    }
    flush();
    return out;
}

} // namespace

QStringList WordDiff::tokenize(const QString &text)
{
    QStringList tokens;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i).isSpace() != text.at(start).isSpace()) {
            tokens.append(text.mid(start, i - start));
            start = i;
        }
    }
    return tokens;
}

QList<WordDiff::Segment> WordDiff::compare(const QString &before, const QString &after, int budgetMs)
{
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);
    // Integers compare in one instruction; the strings only once, here.
    QHash<QString, int> ids;
    ids.reserve(a.size() + b.size());
    auto intern = [&ids](const QStringList &tokens) {
        std::vector<int> out;
        out.reserve(size_t(tokens.size()));
        for (const QString &t : tokens) {
            auto it = ids.constFind(t);
            if (it == ids.constEnd())
                it = ids.insert(t, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> ia = intern(a);
    const std::vector<int> ib = intern(b);

    QList<Segment> raw;
    for (const Op &op : Myers(ia, ib, budgetMs).run()) {
        const QStringList &side = op.kind == Kind::Inserted ? b : a;
        QString text;
        for (int i = op.start; i < op.start + op.length; ++i)
            text += side.at(i);
        raw.append({op.kind, text});
    }
    QList<Segment> merged = normalize(raw);
    // Whitespace kept between two changes only splits one edit into many.
    for (int i = 1; i + 1 < merged.size(); ++i) {
        Segment &s = merged[i];
        if (s.kind == Kind::Equal && isBlank(s.text) && merged.at(i - 1).kind != Kind::Equal
            && merged.at(i + 1).kind != Kind::Equal) {
            const QString text = s.text;
            s.kind = Kind::Deleted;
            merged.insert(i + 1, {Kind::Inserted, text});
            ++i;
        }
    }
    return normalize(merged);
}

QString WordDiff::toHtml(const QList<Segment> &segments)
{
    QString html;
    for (const Segment &s : segments) {
        QString text = HtmlSanitizer::escape(s.text);
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        switch (s.kind) {
        case Kind::Equal:
            html += text;
            break;
        case Kind::Inserted:
            html += QLatin1String("<ins>") + text + QLatin1String("</ins>");
            break;
        case Kind::Deleted:
            html += QLatin1String("<del>") + text + QLatin1String("</del>");
            break;
        }
    }
    return html;
}

bool WordDiff::hasChanges(const QList<Segment> &segments)
{
    return std::any_of(segments.cbegin(), segments.cend(), [](const Segment &s) { return s.kind != Kind::Equal; });
}

QString WordDiff::before(const QList<Segment> &segments)
{
    QString out;
    for (const Segment &s : segments)
        if (s.kind != Kind::Inserted)
            out += s.text;
    return out;
}

QString WordDiff::after(const QList<Segment> &segments)
{
    QString out;
    for (const Segment &s : segments)
        if (s.kind != Kind::Deleted)
            out += s.text;
    return out;
}

namespace {
int wordsOf(const QList<WordDiff::Segment> &segments, WordDiff::Kind kind)
{
    int n = 0;
    for (const WordDiff::Segment &s : segments)
        if (s.kind == kind)
            for (const QString &t : WordDiff::tokenize(s.text))
                n += t.at(0).isSpace() ? 0 : 1;
    return n;
}
} // namespace

int WordDiff::insertedWords(const QList<Segment> &segments)
{
    return wordsOf(segments, Kind::Inserted);
}

int WordDiff::deletedWords(const QList<Segment> &segments)
{
    return wordsOf(segments, Kind::Deleted);
}

} // namespace repdesk
