#include "CssSanitizer.h"

#include <QList>

#include <algorithm>

namespace repdesk {

namespace {

constexpr qsizetype kMaxValueLength = 512;
constexpr qsizetype kMaxDeclarations = 64;

bool isIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && static_cast<unsigned char>(v.front()) <= 0x20)
        v = v.sliced(1);
    while (!v.isEmpty() && static_cast<unsigned char>(v.back()) <= 0x20)
        v.chop(1);
    return v;
}

// Splits on ';' outside quotes and parentheses, so a quoted font name
// containing ';' cannot smuggle a second declaration in.
QList<QByteArrayView> splitDeclarations(QByteArrayView style)
{
    QList<QByteArrayView> parts;
    char quote = 0;
    int parens = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < style.size(); ++i) {
        const char c = style[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '(') {
            ++parens;
        } else if (c == ')') {
            parens = parens > 0 ? parens - 1 : 0;
        } else if (c == ';' && parens == 0) {
            parts.append(style.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(style.sliced(start));
    return parts;
}

QByteArrayView stripImportant(QByteArrayView value)
{
    const qsizetype bang = value.lastIndexOf('!');
    if (bang < 0)
        return value;
    const QByteArray rest = trimmed(value.sliced(bang + 1)).toByteArray().toLower();
    if (rest != "important")
        return value;
    return trimmed(value.first(bang));
}

} // namespace

bool CssSanitizer::isAllowedProperty(QByteArrayView p)
{
    // Every name spelled out, longhands of the allowed shorthands included: a prefix
    // ("margin-...") let any made-up name through (the fuzzer kept "margin-lefexpression...").
    // border-image takes images, so not that.
    static const char *const exact[] = {
        "color", "background-color", "font-weight", "font-style", "font-size", "font-family",
        "text-align", "text-decoration", "margin", "padding", "border", "width", "height",
        "max-width", "line-height", "vertical-align", "white-space", "display", "list-style-type",
        "margin-top", "margin-right", "margin-bottom", "margin-left",
        "padding-top", "padding-right", "padding-bottom", "padding-left",
        "border-top", "border-right", "border-bottom", "border-left",
        "border-width", "border-style", "border-color",
        "border-top-width", "border-top-style", "border-top-color",
        "border-right-width", "border-right-style", "border-right-color",
        "border-bottom-width", "border-bottom-style", "border-bottom-color",
        "border-left-width", "border-left-style", "border-left-color",
        "border-collapse", "border-spacing", "border-radius",
        "border-top-left-radius", "border-top-right-radius", "border-bottom-right-radius", "border-bottom-left-radius",
        "text-decoration-line", "text-decoration-color", "text-decoration-style", "text-decoration-thickness"};
    for (const char *e : exact) {
        if (p == QByteArrayView(e))
            return true;
    }
    return false;
}

bool CssSanitizer::functionsAllowed(QByteArrayView value)
{
    // Colours only. calc(), min(), max(), clamp(), var(), env(), attr() and the like compute
    // a value the sign check below cannot see (calc(0px - 300px) is a negative margin), so a
    // declaration using one is dropped whole rather than evaluated.
    static const char *const functions[] = {"rgb", "rgba", "hsl", "hsla"};
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != '(')
            continue;
        qsizetype start = i;
        while (start > 0 && isIdentChar(value[start - 1]))
            --start;
        const QByteArrayView name = value.sliced(start, i - start);
        bool known = false;
        for (const char *f : functions)
            known = known || name == QByteArrayView(f);
        if (!known)
            return false;
    }
    return true;
}

bool CssSanitizer::isSafeValue(QByteArrayView property, QByteArrayView value)
{
    if (value.isEmpty() || value.size() > kMaxValueLength)
        return false;

    int parens = 0;
    char quote = 0;
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80)
            continue; // non-ASCII is never CSS syntax (font names like 微软雅黑)
        if (quote) {
            if (c == quote)
                quote = 0;
            else if (c == '\\' || c == '<' || c == '>' || u < 0x20)
                return false;
            continue;
        }
        const bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' '
            || c == '#' || c == '%' || c == '.' || c == ',' || c == '-' || c == '+' || c == '_'
            || c == '/' || c == '*';
        if (plain)
            continue;
        if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '(') {
            if (++parens > 4)
                return false;
        } else if (c == ')') {
            if (--parens < 0)
                return false;
        } else {
            return false;
        }
    }
    if (quote || parens != 0)
        return false;

    static const char *const denied[] = {"url(", "expression", "javascript", "vbscript",
                                         "@import", "behavior", "-moz-binding", "/*", "*/",
                                         "image-set", "\\", "<"};
    for (const char *d : denied) {
        if (value.indexOf(QByteArrayView(d)) >= 0)
            return false;
    }
    if (!functionsAllowed(value))
        return false;

    if (property == "display") {
        static const char *const displays[] = {
            "block", "inline", "inline-block", "none", "table", "table-row", "table-cell",
            "list-item", "inline-table", "table-row-group", "table-header-group",
            "table-footer-group", "table-column", "table-column-group", "table-caption"};
        for (const char *d : displays) {
            if (value == QByteArrayView(d))
                return true;
        }
        return false;
    }
    // Negative margins (and a negative vertical-align, which lifts an inline box by that much)
    // let a message paint over content outside its own box.
    if (property.startsWith("margin") || property == "vertical-align") {
        for (qsizetype i = 0; i + 1 < value.size(); ++i) {
            if (value[i] == '-' && (value[i + 1] == '.' || (value[i + 1] >= '0' && value[i + 1] <= '9')))
                return false;
        }
    }
    return true;
}

QByteArray CssSanitizer::sanitizeInlineStyle(QByteArrayView style)
{
    QByteArray out;
    int kept = 0;
    for (QByteArrayView decl : splitDeclarations(style)) {
        if (kept >= kMaxDeclarations)
            break;
        const qsizetype colon = decl.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray property = trimmed(decl.first(colon)).toByteArray().toLower();
        if (property.isEmpty() || !std::all_of(property.begin(), property.end(), isIdentChar)
            || !isAllowedProperty(property)) {
            continue;
        }
        // Lower-casing a value is safe: the only case-sensitive parts are
        // quoted font names, which fonts match case-insensitively anyway.
        QByteArray value = stripImportant(trimmed(decl.sliced(colon + 1))).toByteArray();
        for (char &c : value) {
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f')
                c = ' ';
            else if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
        if (!isSafeValue(property, value))
            continue;
        if (!out.isEmpty())
            out.append("; ");
        out.append(property).append(": ").append(value);
        ++kept;
    }
    return out;
}

} // namespace repdesk
