#include "AttributePolicy.h"

#include "CssSanitizer.h"

#include <cstring>

namespace repdesk {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f');
}

bool isAlpha(char c)
{
    return c >= 'a' && c <= 'z';
}

QByteArray normalised(QByteArrayView raw)
{
    return raw.trimmed().toByteArray().toLower();
}

} // namespace

bool AttributePolicy::isOneOf(QByteArrayView v, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (v == QByteArrayView(a))
            return true;
    }
    return false;
}

bool AttributePolicy::isInteger(QByteArrayView v, int min, int max)
{
    if (v.isEmpty() || v.size() > 6)
        return false;
    int n = 0;
    for (char c : v) {
        if (!isDigit(c))
            return false;
        n = n * 10 + (c - '0');
    }
    return n >= min && n <= max;
}

// "600", "100%", "12.5%", "20px"; the shapes legacy width/height accept.
bool AttributePolicy::isLength(QByteArrayView v)
{
    if (v.endsWith("px"))
        v.chop(2);
    else if (v.endsWith('%'))
        v.chop(1);
    const qsizetype dot = v.indexOf('.');
    const QByteArrayView whole = dot < 0 ? v : v.first(dot);
    const QByteArrayView fraction = dot < 0 ? QByteArrayView() : v.sliced(dot + 1);
    if (!isInteger(whole, 0, 99999))
        return false;
    return dot < 0 || isInteger(fraction, 0, 999999);
}

bool AttributePolicy::isColor(QByteArrayView v)
{
    if (v.startsWith('#'))
        v = v.sliced(1);
    if (v.isEmpty() || v.size() > 32)
        return false;
    bool allHex = true;
    bool allAlpha = true;
    for (char c : v) {
        allHex = allHex && isHex(c);
        allAlpha = allAlpha && isAlpha(c);
    }
    const bool hexLength = v.size() == 3 || v.size() == 4 || v.size() == 6 || v.size() == 8;
    return (allHex && hexLength) || allAlpha;
}

const char *AttributePolicy::filter(GumboTag tag, const char *name, QByteArrayView raw, QByteArray *value)
{
    const auto is = [name](const char *candidate) { return std::strcmp(name, candidate) == 0; };

    if (is("style")) {
        *value = CssSanitizer::sanitizeInlineStyle(raw);
        return value->isEmpty() ? nullptr : "style";
    }
    if (is("title")) {
        if (raw.size() > 1024)
            return nullptr;
        *value = raw.toByteArray();
        return "title";
    }

    const QByteArray v = normalised(raw);
    const auto accept = [&](const char *out, bool ok) -> const char * {
        if (!ok)
            return nullptr;
        *value = v;
        return out;
    };

    if (is("dir"))
        return accept("dir", isOneOf(v, {"ltr", "rtl", "auto"}));
    if (is("lang")) {
        bool ok = !v.isEmpty() && v.size() <= 35;
        for (char c : v)
            ok = ok && (isAlpha(c) || isDigit(c) || c == '-');
        return accept("lang", ok);
    }
    if (is("align")) {
        return accept("align", isOneOf(v, {"left", "right", "center", "justify", "top", "middle",
                                           "bottom", "baseline", "absmiddle", "absbottom", "texttop"}));
    }
    if (is("valign"))
        return accept("valign", isOneOf(v, {"top", "middle", "bottom", "baseline"}));
    if (is("width"))
        return accept("width", isLength(v));
    if (is("height"))
        return accept("height", isLength(v));
    // The HTML spec clamps these too; huge spans make table layout explode.
    if (is("colspan"))
        return accept("colspan", isInteger(v, 1, 1000));
    if (is("rowspan"))
        return accept("rowspan", isInteger(v, 0, 65534));
    if (is("border"))
        return accept("border", isInteger(v, 0, 999));
    if (is("cellpadding"))
        return accept("cellpadding", isInteger(v, 0, 999));
    if (is("cellspacing"))
        return accept("cellspacing", isInteger(v, 0, 999));
    if (is("bgcolor"))
        return accept("bgcolor", isColor(v));
    if (is("color"))
        return accept("color", isColor(v));

    if (tag == GUMBO_TAG_FONT && is("size")) {
        const bool ok = (v.size() == 1 && v[0] >= '1' && v[0] <= '7')
            || (v.size() == 2 && (v[0] == '+' || v[0] == '-') && v[1] >= '1' && v[1] <= '7');
        return accept("size", ok);
    }
    if (tag == GUMBO_TAG_FONT && is("face")) {
        // Font names only: letters (any script), digits, spaces, commas, hyphens.
        bool ok = !raw.trimmed().isEmpty() && raw.size() <= 256;
        for (char c : raw.trimmed()) {
            const auto u = static_cast<unsigned char>(c);
            ok = ok && (u >= 0x80 || isAlpha(char(c | 0x20)) || isDigit(c) || c == ' ' || c == ','
                        || c == '-' || c == '_');
        }
        if (!ok)
            return nullptr;
        *value = raw.trimmed().toByteArray();
        return "face";
    }
    return nullptr;
}

} // namespace repdesk
