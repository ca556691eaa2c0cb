#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace repdesk {

// Serialises sanitised markup as UTF-8. Every byte of text and attribute
// value goes through an escaper, so the only '<' in the output are the tags
// written here: that is what makes the output well-formed by construction.
class HtmlWriter
{
public:
    explicit HtmlWriter(qsizetype reserve = 0);

    void openTag(const char *name);
    // Emits ` name="value"`; name must come from the policy, never the input.
    void attribute(const char *name, QByteArrayView value);
    void finishOpenTag();
    void closeTag(const char *name);
    void text(QByteArrayView utf8);
    void raw(QByteArrayView markup);

    const QByteArray &data() const { return m_out; }

    // Escapes & < > " ' and drops C0 controls other than tab/CR/LF/FF, which
    // HTML cannot carry and some renderers mishandle.
    static void appendEscaped(QByteArray &out, QByteArrayView utf8);

private:
    QByteArray m_out;
};

} // namespace repdesk
