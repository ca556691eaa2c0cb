#include "ElementPolicy.h"

#include <QByteArrayView>

#include <array>

namespace repdesk {

namespace {

using Rule = ElementPolicy::Rule;
using Action = ElementPolicy::Action;
using Table = std::array<Rule, GUMBO_TAG_LAST + 1>;

Table buildTable()
{
    Table t{};
    const auto keep = [&t](std::initializer_list<GumboTag> tags) {
        for (GumboTag tag : tags)
            t[tag] = {Action::Keep, gumbo_normalized_tagname(tag)};
    };
    const auto rename = [&t](std::initializer_list<GumboTag> tags, const char *name) {
        for (GumboTag tag : tags)
            t[tag] = {Action::Keep, name};
    };
    const auto drop = [&t](std::initializer_list<GumboTag> tags) {
        for (GumboTag tag : tags)
            t[tag] = {Action::Drop, nullptr};
    };

    keep({GUMBO_TAG_A, GUMBO_TAG_ABBR, GUMBO_TAG_B, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BR,
          GUMBO_TAG_CAPTION, GUMBO_TAG_CITE, GUMBO_TAG_CODE, GUMBO_TAG_COL, GUMBO_TAG_COLGROUP,
          GUMBO_TAG_DD, GUMBO_TAG_DEL, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EM,
          GUMBO_TAG_FONT, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
          GUMBO_TAG_H6, GUMBO_TAG_HR, GUMBO_TAG_I, GUMBO_TAG_IMG, GUMBO_TAG_INS, GUMBO_TAG_KBD,
          GUMBO_TAG_LI, GUMBO_TAG_MARK, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_Q,
          GUMBO_TAG_S, GUMBO_TAG_SAMP, GUMBO_TAG_SMALL, GUMBO_TAG_SPAN, GUMBO_TAG_STRIKE,
          GUMBO_TAG_STRONG, GUMBO_TAG_SUB, GUMBO_TAG_SUP, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY,
          GUMBO_TAG_TD, GUMBO_TAG_TFOOT, GUMBO_TAG_TH, GUMBO_TAG_THEAD, GUMBO_TAG_TR,
          GUMBO_TAG_TT, GUMBO_TAG_U, GUMBO_TAG_UL, GUMBO_TAG_WBR});
    // Sectioning/grouping elements become <div> rather than being unwrapped,
    // otherwise "<section>a</section><section>b</section>" would read "ab".
    rename({GUMBO_TAG_CENTER, GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,
            GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY, GUMBO_TAG_FIGURE, GUMBO_TAG_FIGCAPTION,
            GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_MAIN, GUMBO_TAG_NAV,
            GUMBO_TAG_SECTION, GUMBO_TAG_FIELDSET, GUMBO_TAG_LEGEND},
           "div");
    // Their content is literal text; <pre> shows it the same way, escaped.
    rename({GUMBO_TAG_LISTING, GUMBO_TAG_XMP, GUMBO_TAG_PLAINTEXT}, "pre");
    rename({GUMBO_TAG_DIR, GUMBO_TAG_MENU}, "ul");
    drop({GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_IFRAME, GUMBO_TAG_FRAME,
          GUMBO_TAG_FRAMESET, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_APPLET,
          GUMBO_TAG_PARAM, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES,
          GUMBO_TAG_TEMPLATE, GUMBO_TAG_FORM, GUMBO_TAG_INPUT, GUMBO_TAG_BUTTON,
          GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_OPTION, GUMBO_TAG_OPTGROUP,
          GUMBO_TAG_DATALIST, GUMBO_TAG_KEYGEN, GUMBO_TAG_ISINDEX, GUMBO_TAG_SVG,
          GUMBO_TAG_MATH, GUMBO_TAG_META, GUMBO_TAG_LINK, GUMBO_TAG_BASE, GUMBO_TAG_TITLE,
          GUMBO_TAG_HEAD, GUMBO_TAG_AUDIO, GUMBO_TAG_VIDEO, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK,
          GUMBO_TAG_CANVAS, GUMBO_TAG_BGSOUND, GUMBO_TAG_MENUITEM, GUMBO_TAG_BASEFONT});
    return t;
}

// Elements newer than gumbo 0.10.1 arrive as GUMBO_TAG_UNKNOWN.
bool isDroppedUnknown(const GumboElement &element)
{
    GumboStringPiece name = element.original_tag;
    if (!name.data || name.length < 2 || name.data[0] != '<')
        return false;
    gumbo_tag_from_original_text(&name);
    // Both embed another browsing context, like <iframe>.
    static const char *const names[] = {"portal", "fencedframe"};
    for (const char *n : names) {
        if (QByteArrayView(name.data, qsizetype(name.length)).compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ElementPolicy::Rule ElementPolicy::ruleFor(const GumboNode *node)
{
    static const Table table = buildTable();
    if (node->type == GUMBO_NODE_TEMPLATE)
        return {Action::Drop, nullptr};
    const GumboElement &element = node->v.element;
    // Everything inside <svg>/<math> is dropped with its root; a foreign
    // element reaching here means the parser put it somewhere unexpected.
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return {Action::Drop, nullptr};
    if (element.tag == GUMBO_TAG_UNKNOWN)
        return isDroppedUnknown(element) ? Rule{Action::Drop, nullptr} : Rule{};
    if (static_cast<unsigned>(element.tag) > unsigned(GUMBO_TAG_LAST))
        return {};
    return table[element.tag];
}

bool ElementPolicy::isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG
        || tag == GUMBO_TAG_WBR || tag == GUMBO_TAG_COL;
}

bool ElementPolicy::isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BR: case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_DL:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_CENTER: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_HGROUP: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_DIR: case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

} // namespace repdesk
