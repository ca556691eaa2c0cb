#include "MarkupGuard.h"

#include <cstring>
#include <initializer_list>

namespace repdesk {

namespace {

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isOneOf(QByteArrayView name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == QByteArrayView(n))
            return true;
    }
    return false;
}

// The tokenizer reads these elements' content as text up to the end tag.
bool isRawText(QByteArrayView name)
{
    return isOneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                          "noframes", "noscript", "plaintext"});
}

// The elements the tree builder reconstructs (clones) after implicit closes.
bool isFormatting(QByteArrayView name)
{
    return isOneOf(name, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small",
                          "strike", "strong", "tt", "u"});
}

// Void elements, and elements the parser closes implicitly when a sibling of
// the same kind starts, never make the tree deeper than their siblings do.
bool addsDepth(QByteArrayView name)
{
    return !isOneOf(name, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame",
                           "hr", "image", "img", "input", "keygen", "link", "meta", "param",
                           "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
                           "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption",
                           "rb", "rt", "rp", "rtc", "html", "head", "body", "frameset"});
}

} // namespace

QByteArray MarkupGuard::apply(const QByteArray &utf8, Mode mode)
{
    return MarkupGuard(utf8, mode).run();
}

MarkupGuard::MarkupGuard(const QByteArray &in, Mode mode)
    : m_in(in), m_data(in.constData()), m_size(in.size()), m_mode(mode)
{
}

QByteArray MarkupGuard::run()
{
    qsizetype i = 0;
    while (i < m_size) {
        const void *lt = std::memchr(m_data + i, '<', size_t(m_size - i));
        if (!lt)
            break;
        i = handleMarkup(static_cast<const char *>(lt) - m_data);
    }
    if (!m_changed)
        return m_in;
    m_out.append(m_data + m_copied, m_size - m_copied);
    return m_out;
}

bool MarkupGuard::stripFormatting(QByteArrayView name) const
{
    return m_mode == Mode::NoFormatting && isFormatting(name);
}

// i points at '<'; returns where scanning continues.
qsizetype MarkupGuard::handleMarkup(qsizetype i)
{
    const char next = at(i + 1);
    if (next == '!' || next == '?') {
        const bool comment = next == '!' && at(i + 2) == '-' && at(i + 3) == '-';
        const qsizetype end = comment ? skipPast(i + 4, "-->") : skipPast(i + 2, ">");
        if (textOnly() || !chargeNode())
            cut(i, end);
        return end;
    }
    if (next == '/' && isAlpha(at(i + 2)))
        return handleEndTag(i);
    if (isAlpha(next))
        return handleStartTag(i);
    return i + 1; // a literal '<' in text
}

qsizetype MarkupGuard::handleEndTag(qsizetype i)
{
    qsizetype nameEnd = i + 2;
    const Name name = readName(&nameEnd);
    const qsizetype end = tagEnd(nameEnd).end;
    // Stray </p> and </br> make elements of their own.
    const bool makesNode = isOneOf(name, {"p", "br"});
    if (textOnly() || stripFormatting(name) || (makesNode && !chargeNode())) {
        cut(i, end);
        return end;
    }
    if (addsDepth(name) && !isRawText(name) && m_depth > 0)
        --m_depth;
    return end;
}

qsizetype MarkupGuard::handleStartTag(qsizetype i)
{
    qsizetype nameEnd = i + 1;
    const Name name = readName(&nameEnd);
    const TagEnd end = tagEnd(nameEnd);
    if (isRawText(name)) {
        const bool plaintext = QByteArrayView(name) == QByteArrayView("plaintext");
        const qsizetype contentEnd = plaintext ? m_size : skipToEndTag(end.end, name);
        if (textOnly() || !chargeNode()) {
            // <plaintext> content is text; everything else goes with its tag.
            cut(i, plaintext && textOnly() ? end.end : contentEnd);
        }
        return contentEnd;
    }
    const bool tooDeep = addsDepth(name) && !end.selfClosing && m_depth >= kMaxDepth;
    if (textOnly() || stripFormatting(name) || tooDeep || !chargeNode()) {
        cut(i, end.end);
        return end.end;
    }
    if (addsDepth(name) && !end.selfClosing)
        ++m_depth;
    return end.end;
}

// Finds the '>' closing a tag, skipping quoted attribute values.
MarkupGuard::TagEnd MarkupGuard::tagEnd(qsizetype i) const
{
    bool afterEquals = false;
    while (i < m_size) {
        const char c = m_data[i];
        if (c == '>')
            return {i + 1, i > 0 && m_data[i - 1] == '/'};
        if (afterEquals && (c == '"' || c == '\'')) {
            const void *q = std::memchr(m_data + i + 1, c, size_t(m_size - i - 1));
            if (!q)
                return {m_size, false};
            i = static_cast<const char *>(q) - m_data + 1;
            afterEquals = false;
            continue;
        }
        if (c == '=')
            afterEquals = true;
        else if (!isSpace(c))
            afterEquals = false;
        ++i;
    }
    return {m_size, false};
}

MarkupGuard::Name MarkupGuard::readName(qsizetype *pos) const
{
    Name name;
    qsizetype i = *pos;
    while (i < m_size && !isSpace(m_data[i]) && m_data[i] != '/' && m_data[i] != '>') {
        if (name.size < qsizetype(sizeof(name.chars)))
            name.chars[name.size++] = lower(m_data[i]);
        ++i;
    }
    *pos = i;
    return name;
}

qsizetype MarkupGuard::skipPast(qsizetype from, const char *marker) const
{
    const qsizetype found = QByteArrayView(m_data, m_size).indexOf(QByteArrayView(marker), from);
    return found < 0 ? m_size : found + qsizetype(std::strlen(marker));
}

// Returns the position of "</name" so the end tag itself is handled normally.
qsizetype MarkupGuard::skipToEndTag(qsizetype from, QByteArrayView name) const
{
    qsizetype i = from;
    while (i < m_size) {
        const void *lt = std::memchr(m_data + i, '<', size_t(m_size - i));
        if (!lt)
            return m_size;
        i = static_cast<const char *>(lt) - m_data;
        if (at(i + 1) == '/' && matchesName(i + 2, name))
            return i;
        ++i;
    }
    return m_size;
}

bool MarkupGuard::matchesName(qsizetype i, QByteArrayView name) const
{
    if (i + name.size() > m_size)
        return false;
    for (qsizetype k = 0; k < name.size(); ++k) {
        if (lower(m_data[i + k]) != name.at(k))
            return false;
    }
    return true;
}

void MarkupGuard::cut(qsizetype from, qsizetype to)
{
    if (!m_changed)
        m_out.reserve(m_size);
    m_changed = true;
    m_out.append(m_data + m_copied, from - m_copied);
    m_copied = to;
}

} // namespace repdesk
