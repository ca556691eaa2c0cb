// The sanitiser targets: HtmlSanitizer (mail, pasted and draft HTML) and the
// CssSanitizer behind every style="" it keeps.

#include "FuzzTargets.h"

#include "CssSanitizer.h"
#include "HtmlSanitizer.h"
#include "tst_html_safety.h"

#include <cstring>
#include <vector>

namespace repdesk::fuzz {

namespace {

QString decode(QByteArrayView bytes, bool utf16)
{
    if (!utf16)
        return QString::fromUtf8(bytes);
    std::vector<char16_t> units(size_t(bytes.size()) / 2);
    if (!units.empty())
        std::memcpy(units.data(), bytes.data(), units.size() * sizeof(char16_t));
    return QString::fromUtf16(units.data(), qsizetype(units.size()));
}

QString report(const char *what, const QString &problem, const QString &output)
{
    return QStringLiteral("%1: %2\n  output: %3").arg(QLatin1String(what), problem, output.left(2000));
}

// The first input byte selects the options and the decoding, so one corpus
// covers every mode and both UTF-8 and raw UTF-16 (lone surrogates included).
// Every output must pass the same independent well-formedness and allowlist
// checks as the unit tests.
QString checkHtml(QByteArrayView input)
{
    if (input.isEmpty())
        return {};
    const uint8_t flags = uint8_t(input[0]);
    const QString html = decode(input.sliced(1), flags & 0x4);

    SanitizeOptions options;
    options.allowRemoteImages = flags & 0x1;
    options.forEditor = flags & 0x2;

    const SanitizeResult result = HtmlSanitizer::sanitize(html, options);
    QString problem = htmltest::checkOutput(result.html, options.allowRemoteImages && !options.forEditor);
    if (!problem.isEmpty())
        return report("unsafe or malformed output", problem, result.html);
    if (!QStringView(result.html).isValidUtf16())
        return report("invalid UTF-16 in output", {}, result.html);
    if (result.blockedRemoteImages < 0 || result.removedElements < 0
        || (result.blockedRemoteImages > 0 && !result.hasRemoteImages)) {
        return report("inconsistent counters", {}, result.html);
    }

    const int maxChars = (flags >> 3) == 31 ? -1 : int(flags >> 3);
    const QString text = HtmlSanitizer::toPlainText(html, maxChars);
    if ((maxChars >= 0 && text.size() > maxChars) || !QStringView(text).isValidUtf16())
        return report("toPlainText limit/encoding", {}, text);

    const QString fromText = HtmlSanitizer::plainTextToHtml(html);
    problem = htmltest::checkWellFormed(fromText);
    if (!problem.isEmpty())
        return report("plainTextToHtml not well-formed", problem, fromText);
    return {};
}

// The style without its quoted strings (font names), where "!important" is only text.
QByteArray unquoted(const QByteArray &style)
{
    QByteArray out;
    char quote = 0;
    for (const char c : style) {
        if (quote)
            quote = c == quote ? 0 : quote;
        else if (c == '"' || c == '\'')
            quote = c;
        else
            out.append(c);
    }
    return out;
}

// Independent of CssSanitizer's own tables: what no kept style may contain.
QString checkCss(QByteArrayView input)
{
    const QByteArray out = CssSanitizer::sanitizeInlineStyle(input);
    const QByteArray lower = out.toLower();
    static const char *const never[] = {"url(", "expression", "javascript", "\\", "/*", "*/", "<",
                                        ">", "@import", "behavior", "-moz-binding"};
    for (const char *n : never) {
        if (lower.contains(n))
            return QStringLiteral("kept '%1': %2").arg(QLatin1String(n), QString::fromUtf8(out));
    }
    if (unquoted(lower).contains("!"))
        return QStringLiteral("kept a '!' outside quotes: %1").arg(QString::fromUtf8(out));
    for (const char c : out) {
        if (uchar(c) < 0x20 || (c >= 'A' && c <= 'Z'))
            return QStringLiteral("kept a control or upper-case character: %1").arg(QString::fromUtf8(out));
    }
    // What it keeps is already clean: a second pass changes nothing (the
    // editor sanitises again what the viewer sanitised once).
    const QByteArray again = CssSanitizer::sanitizeInlineStyle(out);
    if (again != out)
        return QStringLiteral("not idempotent: '%1' became '%2'")
            .arg(QString::fromUtf8(out), QString::fromUtf8(again));
    return {};
}

} // namespace

QList<Target> htmlTargets()
{
    return {{"html", &checkHtml}, {"css", &checkCss}};
}

} // namespace repdesk::fuzz
