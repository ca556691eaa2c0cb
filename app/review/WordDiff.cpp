#include "WordDiff.h"

#include "HtmlSanitizer.h"
#include "MyersDiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace repdesk {

namespace {

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
    for (const MyersDiff::Op &op : MyersDiff(ia, ib, budgetMs).run()) {
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
