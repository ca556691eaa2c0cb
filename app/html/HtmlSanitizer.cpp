#include "HtmlSanitizer.h"

#include "GumboTree.h"
#include "PlainTextExtractor.h"
#include "TreeSanitizer.h"

namespace repdesk {

SanitizeResult HtmlSanitizer::sanitize(const QString &html, const SanitizeOptions &options)
{
    if (html.isEmpty())
        return {};
    const GumboTree tree(html);
    // Output is rarely larger than the input; one allocation up front.
    return TreeSanitizer(options).run(tree, html.size() + 64);
}

QString HtmlSanitizer::sanitizeOutgoing(const QString &html)
{
    SanitizeOptions editor;
    editor.forEditor = true;
    return sanitize(html, editor).html;
}

QString HtmlSanitizer::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString HtmlSanitizer::plainTextToHtml(const QString &text)
{
    const QString escaped = escape(text);
    QString out;
    out.reserve(escaped.size() + escaped.size() / 16);
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < escaped.size() && escaped.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("<br>");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("<br>");
        } else {
            out += c;
        }
    }
    return out;
}

QString HtmlSanitizer::toPlainText(const QString &html, int maxChars)
{
    if (html.isEmpty() || maxChars == 0)
        return {};
    const GumboTree tree(html);
    return PlainTextExtractor::extract(tree, maxChars);
}

} // namespace repdesk
