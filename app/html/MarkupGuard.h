#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace repdesk {

// Keeps hostile markup from making the HTML parser slow or huge. Three
// problems with gumbo (and the HTML5 tree builder in general) motivate it:
//  - "element in scope" checks walk the open-element stack, so N unclosed
//    <div>s cost O(N^2): 1 MB of "<div>" would freeze the caller for minutes;
//  - every tag becomes a ~150-byte node, so 10 MB of "<p>x" needs ~750 MB;
//  - reconstructing formatting elements clones them for every paragraph, so
//    20 KB of crafted <b>/<p> soup allocates 250 MB.
// This pass estimates depth and node count with a deliberately small tag
// scanner and cuts tags (never text) beyond kMaxDepth/kMaxNodes, flattening
// the excess like browsers do (Blink stops nesting at 512 too). The cloning
// case cannot be predicted cheaply; GumboTree caps memory instead and retries
// with a stricter Mode.
//
// Not a security boundary: the output still goes through gumbo and the
// allowlist walk. An imprecise estimate can only flatten markup, never let
// anything through.
class MarkupGuard
{
public:
    static constexpr int kMaxDepth = 512;
    static constexpr int kMaxNodes = 250000;

    enum class Mode {
        Full,         // only the depth/node limits
        NoFormatting, // also cut a/b/i/font/...: nothing left for the parser to clone
        TextOnly,     // cut all markup, and script/style/title... with their content
    };

    // Returns the input itself (shared, no copy) when nothing had to be cut.
    static QByteArray apply(const QByteArray &utf8, Mode mode);

private:
    // Names longer than any we look for are truncated; they just never match.
    struct Name
    {
        char chars[16];
        qsizetype size = 0;
        operator QByteArrayView() const { return QByteArrayView(chars, size); }
    };
    struct TagEnd
    {
        qsizetype end;
        bool selfClosing;
    };

    MarkupGuard(const QByteArray &in, Mode mode);
    QByteArray run();
    qsizetype handleMarkup(qsizetype i);
    qsizetype handleEndTag(qsizetype i);
    qsizetype handleStartTag(qsizetype i);
    TagEnd tagEnd(qsizetype i) const;
    Name readName(qsizetype *pos) const;
    qsizetype skipPast(qsizetype from, const char *marker) const;
    qsizetype skipToEndTag(qsizetype from, QByteArrayView name) const;
    bool matchesName(qsizetype i, QByteArrayView name) const;
    void cut(qsizetype from, qsizetype to);
    char at(qsizetype i) const { return i < m_size ? m_data[i] : '\0'; }
    bool textOnly() const { return m_mode == Mode::TextOnly; }
    bool stripFormatting(QByteArrayView name) const;
    // Charges one parser node; false once the budget is spent.
    bool chargeNode() { return ++m_nodes <= kMaxNodes; }

    const QByteArray &m_in;
    const char *m_data;
    qsizetype m_size;
    Mode m_mode;
    QByteArray m_out;
    qsizetype m_copied = 0;
    bool m_changed = false;
    int m_depth = 0;
    int m_nodes = 0;
};

} // namespace repdesk
