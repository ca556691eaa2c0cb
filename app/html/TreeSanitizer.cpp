#include "TreeSanitizer.h"

#include "AttributePolicy.h"
#include "ElementPolicy.h"
#include "GumboTree.h"
#include "UrlPolicy.h"

#include <cstring>

namespace repdesk {

namespace {

QByteArrayView textOf(const GumboNode *node)
{
    return QByteArrayView(node->v.text.text, qsizetype(std::strlen(node->v.text.text)));
}

bool isTextLike(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
        || node->type == GUMBO_NODE_CDATA;
}

const GumboAttribute *attributeOf(const GumboNode *element, const char *name)
{
    if (!element)
        return nullptr;
    return gumbo_get_attribute(&element->v.element.attributes, name);
}

} // namespace

TreeSanitizer::TreeSanitizer(const SanitizeOptions &options)
    : m_options(options)
{
}

SanitizeResult TreeSanitizer::run(const GumboTree &tree, qsizetype sizeHint)
{
    m_out = HtmlWriter(sizeHint);
    countRemovedHeadContent(tree);
    const bool wrapped = openDocumentWrapper(tree);
    walk(tree.body());
    if (wrapped)
        m_out.closeTag("div");
    m_result.html = QString::fromUtf8(m_out.data());
    return std::move(m_result);
}

// Metadata and scripts in <head> are removed content like any other; a
// <frameset> replaces <body> entirely.
void TreeSanitizer::countRemovedHeadContent(const GumboTree &tree)
{
    const GumboVector *kids = GumboTree::children(tree.head());
    for (unsigned i = 0; i < kids->length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids->data[i]);
        if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE)
            ++m_result.removedElements;
    }
    const GumboVector *top = GumboTree::children(tree.htmlElement());
    for (unsigned i = 0; i < top->length; ++i) {
        if (GumboTree::isElement(static_cast<const GumboNode *>(top->data[i]), GUMBO_TAG_FRAMESET))
            ++m_result.removedElements;
    }
}

// Only body content is returned, but a right-to-left mail usually declares its
// direction on <html> or <body>; carry dir/lang over so it still reads RTL.
bool TreeSanitizer::openDocumentWrapper(const GumboTree &tree)
{
    QByteArray dir;
    QByteArray lang;
    for (const GumboNode *node : {tree.body(), tree.htmlElement()}) {
        const GumboAttribute *d = attributeOf(node, "dir");
        const GumboAttribute *l = attributeOf(node, "lang");
        if (dir.isEmpty() && d)
            AttributePolicy::filter(GUMBO_TAG_DIV, "dir", d->value, &dir);
        if (lang.isEmpty() && l)
            AttributePolicy::filter(GUMBO_TAG_DIV, "lang", l->value, &lang);
    }
    if (dir.isEmpty() && lang.isEmpty())
        return false;
    m_out.openTag("div");
    if (!dir.isEmpty())
        m_out.attribute("dir", dir);
    if (!lang.isEmpty())
        m_out.attribute("lang", lang);
    m_out.finishOpenTag();
    return true;
}

void TreeSanitizer::walk(const GumboNode *root)
{
    if (!root)
        return;
    m_stack.push_back({root, 0, nullptr});
    while (!m_stack.empty()) {
        Frame &frame = m_stack.back();
        const GumboVector *kids = GumboTree::children(frame.node);
        if (frame.next >= kids->length) {
            if (frame.closeTag) {
                m_out.closeTag(frame.closeTag);
                --m_depth;
            }
            m_stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(kids->data[frame.next++]);
        // visitElement may push, which invalidates `frame`; do not touch it after.
        if (isTextLike(child))
            m_out.text(textOf(child));
        else if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE)
            visitElement(child);
        // Comments (including conditional comments) are dropped silently.
    }
}

void TreeSanitizer::visitElement(const GumboNode *node)
{
    const ElementPolicy::Rule rule = ElementPolicy::ruleFor(node);
    if (rule.action == ElementPolicy::Action::Drop) {
        ++m_result.removedElements;
        return;
    }
    const GumboElement &element = node->v.element;
    const bool isVoid = ElementPolicy::isVoid(element.tag);
    if (rule.action == ElementPolicy::Action::Unwrap || (!isVoid && m_depth >= kMaxOutputDepth)) {
        m_stack.push_back({node, 0, nullptr});
        return;
    }
    if (element.tag == GUMBO_TAG_IMG) {
        writeImage(element);
        return;
    }

    m_out.openTag(rule.name);
    writeAttributes(element);
    m_out.finishOpenTag();
    if (isVoid)
        return;
    // The parser eats one newline right after <pre>; double a leading newline
    // so the one that was content survives a re-parse.
    if (std::strcmp(rule.name, "pre") == 0 && element.children.length > 0) {
        const auto *first = static_cast<const GumboNode *>(element.children.data[0]);
        if (isTextLike(first) && first->v.text.text[0] == '\n')
            m_out.raw("\n");
    }
    m_stack.push_back({node, 0, rule.name});
    ++m_depth;
}

void TreeSanitizer::writeAttributes(const GumboElement &element)
{
    bool hasAlign = false;
    bool hasHref = false;
    QByteArray value;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        if (attr->attr_namespace != GUMBO_ATTR_NAMESPACE_NONE)
            continue;
        if (element.tag == GUMBO_TAG_A && std::strcmp(attr->name, "href") == 0) {
            if (UrlPolicy::acceptLink(attr->value, &value)) {
                m_out.attribute("href", value);
                m_result.links.append(QString::fromUtf8(value));
                hasHref = true;
            }
            continue;
        }
        if (const char *name = AttributePolicy::filter(element.tag, attr->name, attr->value, &value)) {
            m_out.attribute(name, value);
            hasAlign = hasAlign || std::strcmp(name, "align") == 0;
        }
    }
    if (hasHref)
        m_out.attribute("rel", "noopener noreferrer");
    if (element.tag == GUMBO_TAG_CENTER && !hasAlign)
        m_out.attribute("align", "center");
}

void TreeSanitizer::writeImage(const GumboElement &element)
{
    const GumboAttribute *src = gumbo_get_attribute(&element.attributes, "src");
    QByteArray url;
    const UrlPolicy::ImageSource kind =
        src ? UrlPolicy::classifyImage(src->value, &url) : UrlPolicy::ImageSource::Rejected;

    if (kind == UrlPolicy::ImageSource::Remote) {
        m_result.hasRemoteImages = true;
        if (m_options.forEditor) {
            ++m_result.blockedRemoteImages;
            return;
        }
    }
    if (kind == UrlPolicy::ImageSource::Rejected) {
        // A broken-image box helps nobody (cid:, javascript:, relative);
        // the alt text still tells the reader what was there.
        if (const GumboAttribute *alt = gumbo_get_attribute(&element.attributes, "alt"))
            m_out.text(alt->value);
        return;
    }

    const bool load = kind == UrlPolicy::ImageSource::Inline || m_options.allowRemoteImages;
    m_out.openTag("img");
    if (load)
        m_out.attribute("src", url);
    QByteArray value;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        if (attr->attr_namespace != GUMBO_ATTR_NAMESPACE_NONE || std::strcmp(attr->name, "src") == 0)
            continue;
        if (std::strcmp(attr->name, "alt") == 0)
            m_out.attribute("alt", attr->value);
        else if (const char *name = AttributePolicy::filter(GUMBO_TAG_IMG, attr->name, attr->value, &value))
            m_out.attribute(name, value);
    }
    if (!load) {
        ++m_result.blockedRemoteImages;
        m_out.attribute("data-remote-src", url);
    }
    m_out.finishOpenTag();
}

} // namespace repdesk
