#pragma once

// Independent checks on sanitiser OUTPUT, shared by tst_html and the fuzzer.
// They deliberately do not reuse the sanitiser's policy classes: a bug in a
// policy table must not be able to hide itself from its own test.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <gumbo.h>

#include <cstring>
#include <vector>

namespace repdesk::htmltest {

inline bool isVoidTag(const QByteArray &name)
{
    return name == "br" || name == "hr" || name == "img" || name == "wbr" || name == "col";
}

// Our output escapes every '<' and '>' in text and attribute values, so each
// '<' starts a tag we wrote and a tiny tokenizer is exact here. (This is not
// how to read untrusted HTML; the sanitiser itself uses gumbo.)
inline QString checkWellFormed(const QString &html)
{
    const QByteArray s = html.toUtf8();
    std::vector<QByteArray> open;
    qsizetype i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '>')
            return QStringLiteral("bare '>' in text at %1").arg(i);
        if (c != '<') {
            ++i;
            continue;
        }
        const qsizetype end = s.indexOf('>', i);
        if (end < 0)
            return QStringLiteral("unterminated tag at %1").arg(i);
        const QByteArray tag = s.mid(i + 1, end - i - 1);
        if (tag.contains('<'))
            return QStringLiteral("'<' inside tag at %1").arg(i);
        if (tag.startsWith('!') || tag.startsWith('?'))
            return QStringLiteral("comment/doctype/PI in output at %1").arg(i);
        if (tag.count('"') % 2 != 0 || tag.contains('\''))
            return QStringLiteral("bad attribute quoting: <%1>").arg(QString::fromUtf8(tag));
        if (tag.startsWith('/')) {
            const QByteArray name = tag.mid(1);
            if (open.empty() || open.back() != name)
                return QStringLiteral("mismatched </%1>").arg(QString::fromUtf8(name));
            open.pop_back();
        } else {
            qsizetype n = 0;
            while (n < tag.size() && tag[n] != ' ')
                ++n;
            const QByteArray name = tag.left(n);
            if (name.isEmpty() || tag.endsWith('/'))
                return QStringLiteral("odd tag <%1>").arg(QString::fromUtf8(tag));
            if (!isVoidTag(name))
                open.push_back(name);
        }
        i = end + 1;
    }
    if (!open.empty())
        return QStringLiteral("unclosed <%1>").arg(QString::fromUtf8(open.back()));
    return {};
}

inline bool isAllowedOutputElement(const QByteArray &n)
{
    static const QList<QByteArray> allowed = {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
        "del", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
        "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span",
        "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
        "tt", "u", "ul", "wbr"};
    return allowed.contains(n);
}

inline bool isAllowedOutputAttribute(const QByteArray &element, const QByteArray &attr)
{
    static const QList<QByteArray> global = {"title", "dir", "lang", "align", "valign", "width",
                                             "height", "colspan", "rowspan", "border", "cellpadding",
                                             "cellspacing", "bgcolor", "color", "style"};
    if (global.contains(attr))
        return true;
    if (element == "a")
        return attr == "href" || attr == "rel";
    if (element == "img")
        return attr == "src" || attr == "alt" || attr == "data-remote-src";
    if (element == "font")
        return attr == "face" || attr == "size";
    return false;
}

inline QString checkUrl(const QByteArray &element, const QByteArray &attr, const QByteArray &value,
                        bool remoteImagesAllowed)
{
    const QByteArray v = value.toLower();
    const bool web = v.startsWith("http://") || v.startsWith("https://");
    bool ok = true;
    if (attr == "href")
        ok = web || v.startsWith("mailto:") || v.startsWith("tel:");
    else if (attr == "src")
        ok = (web && remoteImagesAllowed) || v.startsWith("data:image/");
    else if (attr == "data-remote-src")
        ok = web && element == "img";
    if (ok)
        return {};
    return QStringLiteral("bad %1 on <%2>: %3")
        .arg(QString::fromUtf8(attr), QString::fromUtf8(element), QString::fromUtf8(value));
}

inline QString checkStyle(const QByteArray &value)
{
    const QByteArray v = value.toLower();
    static const char *const banned[] = {"url(", "expression", "javascript", "vbscript", "\\",
                                         "<", "@import", "behavior", "binding", "position", "/*",
                                         "calc(", "var(", "env(", "attr(", "min(", "max(", "clamp("};
    for (const char *b : banned) {
        if (v.contains(b))
            return QStringLiteral("bad style: %1").arg(QString::fromUtf8(value));
    }
    return {};
}

// Re-parses the output with gumbo and checks every node against the
// allowlist. Comments must not survive either.
inline QString checkAllowlist(const QString &html, bool remoteImagesAllowed)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    QString problem;
    std::vector<const GumboNode *> todo{out->document};
    while (!todo.empty() && problem.isEmpty()) {
        const GumboNode *node = todo.back();
        todo.pop_back();
        if (node->type == GUMBO_NODE_COMMENT) {
            problem = QStringLiteral("comment survived");
            break;
        }
        if (node->type == GUMBO_NODE_TEMPLATE) {
            problem = QStringLiteral("template survived");
            break;
        }
        const GumboVector *kids = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT) {
            kids = &node->v.document.children;
        } else if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboElement &e = node->v.element;
            const QByteArray name = e.tag == GUMBO_TAG_UNKNOWN ? QByteArray("?unknown")
                                                                : QByteArray(gumbo_normalized_tagname(e.tag));
            const bool structural = name == "html" || name == "head" || name == "body";
            if (e.tag_namespace != GUMBO_NAMESPACE_HTML || (!structural && !isAllowedOutputElement(name))) {
                problem = QStringLiteral("element <%1> survived").arg(QString::fromUtf8(name));
                break;
            }
            if (name == "head" && e.children.length > 0) {
                problem = QStringLiteral("content in <head>");
                break;
            }
            for (unsigned i = 0; i < e.attributes.length && problem.isEmpty(); ++i) {
                const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
                const QByteArray attr(a->name);
                if (structural || !isAllowedOutputAttribute(name, attr))
                    problem = QStringLiteral("attribute %1 on <%2>").arg(QString::fromUtf8(attr), QString::fromUtf8(name));
                else if (attr == "style")
                    problem = checkStyle(a->value);
                else if (attr == "href" || attr == "src" || attr == "data-remote-src")
                    problem = checkUrl(name, attr, a->value, remoteImagesAllowed);
            }
            kids = &e.children;
        }
        if (kids) {
            for (unsigned i = 0; i < kids->length; ++i)
                todo.push_back(static_cast<const GumboNode *>(kids->data[i]));
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    return problem;
}

inline QString checkOutput(const QString &html, bool remoteImagesAllowed)
{
    QString problem = checkWellFormed(html);
    if (problem.isEmpty())
        problem = checkAllowlist(html, remoteImagesAllowed);
    return problem;
}

} // namespace repdesk::htmltest
