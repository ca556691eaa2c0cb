#pragma once

#include "HtmlWriter.h"
#include "SanitizeOptions.h"
#include "SanitizeResult.h"

#include <gumbo.h>

#include <vector>

namespace repdesk {

class GumboTree;

// Walks a parsed tree and writes only what ElementPolicy, AttributePolicy,
// UrlPolicy and CssSanitizer allow. Iterative with an explicit stack, so
// nesting depth cannot overflow the call stack; beyond kMaxOutputDepth kept
// elements are unwrapped so renderers never get absurdly deep trees.
class TreeSanitizer
{
public:
    static constexpr int kMaxOutputDepth = 256;

    explicit TreeSanitizer(const SanitizeOptions &options);
    SanitizeResult run(const GumboTree &tree, qsizetype sizeHint);

private:
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
        const char *closeTag; // null when the element was unwrapped
    };

    void walk(const GumboNode *root);
    void visitElement(const GumboNode *node);
    void writeImage(const GumboElement &element);
    void writeAttributes(const GumboElement &element);
    void countRemovedHeadContent(const GumboTree &tree);
    bool openDocumentWrapper(const GumboTree &tree);

    SanitizeOptions m_options;
    SanitizeResult m_result;
    HtmlWriter m_out;
    std::vector<Frame> m_stack;
    int m_depth = 0;
};

} // namespace repdesk
