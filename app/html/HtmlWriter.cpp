#include "HtmlWriter.h"

namespace repdesk {

HtmlWriter::HtmlWriter(qsizetype reserve)
{
    if (reserve > 0)
        m_out.reserve(reserve);
}

void HtmlWriter::openTag(const char *name)
{
    m_out.append('<');
    m_out.append(name);
}

void HtmlWriter::attribute(const char *name, QByteArrayView value)
{
    m_out.append(' ');
    m_out.append(name);
    m_out.append("=\"");
    appendEscaped(m_out, value);
    m_out.append('"');
}

void HtmlWriter::finishOpenTag()
{
    m_out.append('>');
}

void HtmlWriter::closeTag(const char *name)
{
    m_out.append("</");
    m_out.append(name);
    m_out.append('>');
}

void HtmlWriter::text(QByteArrayView utf8)
{
    appendEscaped(m_out, utf8);
}

void HtmlWriter::raw(QByteArrayView markup)
{
    m_out.append(markup);
}

void HtmlWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    const char *run = p;
    // Copy clean runs in one go; this loop dominates serialisation time.
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        const char *replacement = nullptr;
        switch (c) {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '"': replacement = "&quot;"; break;
        case '\'': replacement = "&#39;"; break;
        case '\t': case '\n': case '\r': case '\f': continue;
        default:
            if (c >= 0x20 && c != 0x7f)
                continue;
            replacement = "";
        }
        out.append(run, p - run);
        out.append(replacement);
        run = p + 1;
    }
    out.append(run, p - run);
}

} // namespace repdesk
