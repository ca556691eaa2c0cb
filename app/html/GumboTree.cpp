#include "GumboTree.h"

#include "MarkupGuard.h"

#include <algorithm>
#include <cstdlib>

namespace repdesk {

GumboTree::GumboTree(const QString &html)
{
    if (html.isEmpty())
        return;
    // Lone surrogates become U+FFFD here, so gumbo only ever sees valid UTF-8.
    const QByteArray utf8 = html.toUtf8();
    const size_t budget = budgetFor(utf8.size());
    for (const auto mode : {MarkupGuard::Mode::Full, MarkupGuard::Mode::NoFormatting,
                            MarkupGuard::Mode::TextOnly}) {
        m_utf8 = MarkupGuard::apply(utf8, mode);
        if (parseWithinBudget(budget))
            return;
        m_degraded = true;
    }
}

GumboTree::~GumboTree()
{
    releaseAll();
}

// A real 10 MB newsletter needs ~25 bytes of parser memory per input byte;
// the cap leaves headroom for that while stopping the cloning blow-ups.
size_t GumboTree::budgetFor(qsizetype inputBytes)
{
    constexpr size_t floor = size_t(64) << 20;
    constexpr size_t ceiling = size_t(1) << 30;
    return std::min(ceiling, floor + size_t(inputBytes) * 32);
}

// Kept free of objects with destructors: longjmp lands here from allocate().
bool GumboTree::parseWithinBudget(size_t budget)
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &GumboTree::allocate;
    options.deallocator = &GumboTree::deallocate;
    options.userdata = &m_arena;
    // Parse errors are normal for mail and recording them costs time and memory.
    options.max_errors = 0;

    std::jmp_buf escape;
    m_arena.budget = budget;
    m_arena.escape = &escape;
    if (setjmp(escape) != 0) {
        m_arena.escape = nullptr;
        releaseAll();
        m_output = nullptr;
        return false;
    }
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
    m_arena.escape = nullptr;
    return true;
}

void GumboTree::releaseAll()
{
    Header *h = m_arena.list.next;
    while (h != &m_arena.list) {
        Header *next = h->next;
        std::free(h);
        h = next;
    }
    m_arena.list.prev = m_arena.list.next = &m_arena.list;
    m_arena.used = 0;
}

void *GumboTree::allocate(void *userdata, size_t size)
{
    auto *arena = static_cast<Arena *>(userdata);
    const size_t cost = sizeof(Header) + size;
    if (arena->escape && arena->used + cost > arena->budget)
        std::longjmp(*arena->escape, 1);
    auto *h = static_cast<Header *>(std::malloc(cost));
    if (!h)
        std::abort(); // gumbo dereferences allocations unchecked
    h->size = cost;
    h->prev = &arena->list;
    h->next = arena->list.next;
    arena->list.next->prev = h;
    arena->list.next = h;
    arena->used += cost;
    return h + 1;
}

void GumboTree::deallocate(void *userdata, void *ptr)
{
    if (!ptr)
        return;
    auto *arena = static_cast<Arena *>(userdata);
    Header *h = static_cast<Header *>(ptr) - 1;
    arena->used -= h->size;
    h->prev->next = h->next;
    h->next->prev = h->prev;
    std::free(h);
}

const GumboNode *GumboTree::document() const
{
    return m_output ? m_output->document : nullptr;
}

const GumboNode *GumboTree::htmlElement() const
{
    return m_output ? m_output->root : nullptr;
}

const GumboNode *GumboTree::head() const
{
    return childElement(htmlElement(), GUMBO_TAG_HEAD);
}

const GumboNode *GumboTree::body() const
{
    return childElement(htmlElement(), GUMBO_TAG_BODY);
}

const GumboVector *GumboTree::children(const GumboNode *node)
{
    static const GumboVector empty = {nullptr, 0, 0};
    if (!node)
        return &empty;
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.children;
    default:
        return &empty;
    }
}

bool GumboTree::isElement(const GumboNode *node, GumboTag tag)
{
    return node && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag
        && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

const GumboNode *GumboTree::childElement(const GumboNode *parent, GumboTag tag) const
{
    const GumboVector *kids = children(parent);
    for (unsigned i = 0; i < kids->length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids->data[i]);
        if (isElement(child, tag))
            return child;
    }
    return nullptr;
}

} // namespace repdesk
