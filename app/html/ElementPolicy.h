#pragma once

#include <gumbo.h>

namespace repdesk {

// What happens to each element. The table is an allowlist: a tag missing from
// it is unwrapped (its children are still visited), never kept.
class ElementPolicy
{
public:
    enum class Action {
        Keep,   // emit as `name` (which may differ from the source tag)
        Unwrap, // drop the tag, keep the children
        Drop,   // drop the tag and everything inside it; counted as removed
    };

    struct Rule
    {
        Action action = Action::Unwrap;
        const char *name = nullptr;
    };

    static Rule ruleFor(const GumboNode *element);
    // Output elements written without a closing tag.
    static bool isVoid(GumboTag tag);
    // Elements that separate words in plain-text extraction.
    static bool isBlock(GumboTag tag);
};

} // namespace repdesk
