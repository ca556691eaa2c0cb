#include "ReplyText.h"

#include "ElementPolicy.h"
#include "GumboTree.h"
#include "HtmlSanitizer.h"

#include <vector>

namespace repdesk {

namespace {

// An <img> with a source is content even without any text (a pasted
// screenshot). Elements the sanitiser drops (script, template, ...) hide
// whatever they contain, as they do for the text.
bool hasImage(const GumboTree &tree)
{
    const GumboNode *body = tree.body();
    if (!body)
        return false;
    std::vector<const GumboNode *> stack{body};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        const GumboVector *kids = GumboTree::children(node);
        for (unsigned i = 0; i < kids->length; ++i) {
            const auto *child = static_cast<const GumboNode *>(kids->data[i]);
            if (child->type != GUMBO_NODE_ELEMENT)
                continue;
            if (ElementPolicy::ruleFor(child).action == ElementPolicy::Action::Drop)
                continue;
            if (child->v.element.tag == GUMBO_TAG_IMG) {
                const GumboAttribute *src = gumbo_get_attribute(&child->v.element.attributes, "src");
                if (src && src->value && *src->value)
                    return true;
                continue;
            }
            stack.push_back(child);
        }
    }
    return false;
}

} // namespace

bool ReplyText::isBlank(const QString &html)
{
    if (html.trimmed().isEmpty())
        return true;
    if (!comparable(html).isEmpty())
        return false;
    const GumboTree tree(html);
    return !hasImage(tree);
}

QString ReplyText::comparable(const QString &html)
{
    // toPlainText already collapses whitespace and drops zero-width padding;
    // simplified() also folds what it may leave at the ends.
    return HtmlSanitizer::toPlainText(html).simplified();
}

bool ReplyText::matches(const QString &replyHtml, const QString &messageContent)
{
    const QString reply = comparable(replyHtml);
    if (reply.isEmpty())
        return false;
    return comparable(messageContent) == reply;
}

bool ReplyText::contains(const QString &replyHtml, const QString &messageContent)
{
    const QString reply = comparable(replyHtml);
    if (reply.isEmpty())
        return false;
    const QString message = comparable(messageContent);
    return message != reply && message.contains(reply);
}

} // namespace repdesk
