#include "PlainTextExtractor.h"

#include "ElementPolicy.h"
#include "GumboTree.h"

#include <vector>

namespace repdesk {

namespace {

// Marketing mail pads its preheader with runs of these so that clients do
// not show the body after it; they carry no text of their own.
bool isInvisible(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF
        || c == 0x034F || c == 0x00AD || c == 0x200E || c == 0x200F;
}

} // namespace

QString PlainTextExtractor::extract(const GumboTree &tree, int maxChars)
{
    if (maxChars == 0)
        return {};
    PlainTextExtractor extractor(maxChars);
    extractor.walk(tree);
    return extractor.take();
}

void PlainTextExtractor::walk(const GumboTree &tree)
{
    const GumboNode *body = tree.body();
    if (!body)
        return;
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    std::vector<Frame> stack{{body, 0}};
    while (!stack.empty() && !full()) {
        Frame &frame = stack.back();
        const GumboVector *kids = GumboTree::children(frame.node);
        if (frame.next >= kids->length) {
            if (frame.node->type == GUMBO_NODE_ELEMENT && ElementPolicy::isBlock(frame.node->v.element.tag))
                separate();
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(kids->data[frame.next++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            append(child->v.text.text);
            break;
        case GUMBO_NODE_ELEMENT:
            if (ElementPolicy::ruleFor(child).action == ElementPolicy::Action::Drop)
                break;
            if (ElementPolicy::isBlock(child->v.element.tag))
                separate();
            stack.push_back({child, 0}); // invalidates `frame`
            break;
        default:
            break;
        }
    }
}

void PlainTextExtractor::append(const char *utf8)
{
    const QString chunk = QString::fromUtf8(utf8);
    for (const QChar c : chunk) {
        if (isInvisible(c.unicode()))
            continue;
        if (c.isSpace() || c.unicode() < 0x20) {
            m_pendingSpace = true;
            continue;
        }
        if (m_pendingSpace && !m_text.isEmpty())
            m_text.append(QLatin1Char(' '));
        m_pendingSpace = false;
        m_text.append(c);
        if (full())
            return;
    }
}

QString PlainTextExtractor::take()
{
    if (m_max >= 0 && m_text.size() > m_max)
        m_text.truncate(m_max);
    // The limit may fall between the halves of a surrogate pair.
    if (m_max >= 0 && !m_text.isEmpty() && m_text.back().isHighSurrogate())
        m_text.chop(1);
    return std::move(m_text);
}

} // namespace repdesk
