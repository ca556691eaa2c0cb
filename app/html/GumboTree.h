#pragma once

#include <QByteArray>
#include <QString>

#include <gumbo.h>

#include <csetjmp>
#include <cstddef>

namespace repdesk {

// Owns one gumbo parse and makes it safe to run on hostile input:
//  - gumbo_destroy_output() recurses once per nesting level and overflows the
//    stack at a few hundred thousand levels, so every gumbo allocation is
//    tracked here and released in a flat loop instead;
//  - gumbo has no limits of its own, so allocations are capped (see
//    budgetFor). When the cap is hit the parse is abandoned via longjmp out
//    of the allocator (gumbo is C: no destructors are skipped), everything
//    is freed, and the input is re-parsed with a stricter MarkupGuard mode.
class GumboTree
{
public:
    explicit GumboTree(const QString &html);
    ~GumboTree();
    GumboTree(const GumboTree &) = delete;
    GumboTree &operator=(const GumboTree &) = delete;

    // Null only if the input was empty (or, in theory, nothing fit the budget).
    const GumboNode *document() const;
    const GumboNode *htmlElement() const;
    const GumboNode *head() const;
    const GumboNode *body() const;
    // True when the memory cap forced formatting or all markup to be dropped.
    bool degraded() const { return m_degraded; }

    // Children of a document, element or template node; empty for others.
    static const GumboVector *children(const GumboNode *node);
    static bool isElement(const GumboNode *node, GumboTag tag);
    static size_t budgetFor(qsizetype inputBytes);

private:
    struct alignas(alignof(std::max_align_t)) Header
    {
        Header *prev;
        Header *next;
        size_t size;
    };
    struct Arena
    {
        Header list{&list, &list, 0};
        size_t used = 0;
        size_t budget = 0;
        std::jmp_buf *escape = nullptr;
    };

    bool parseWithinBudget(size_t budget);
    void releaseAll();
    static void *allocate(void *userdata, size_t size);
    static void deallocate(void *userdata, void *ptr);
    const GumboNode *childElement(const GumboNode *parent, GumboTag tag) const;

    Arena m_arena;
    // gumbo keeps pointers into the source buffer (original_tag etc.).
    QByteArray m_utf8;
    GumboOutput *m_output = nullptr;
    bool m_degraded = false;
};

} // namespace repdesk
