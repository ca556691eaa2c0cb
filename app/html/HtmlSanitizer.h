#pragma once

#include "SanitizeOptions.h"
#include "SanitizeResult.h"

#include <QString>

namespace repdesk {

// The one HTML allowlist sanitiser: incoming mail, pasted HTML and outgoing
// drafts all go through sanitize(). Input is parsed by a real HTML5 parser
// (gumbo) and re-serialised from the tree, so output is always well-formed
// and contains only what the policy names. Thread-safe: no shared state.
class HtmlSanitizer
{
public:
    static SanitizeResult sanitize(const QString &html, const SanitizeOptions &options = {});

    // Escapes & < > " ' so the result is safe in text and in quoted attributes.
    static QString escape(const QString &text);

    // Escapes and turns each line break (\n, \r\n, \r) into <br>. URLs are
    // deliberately not auto-linked, and runs of spaces are not preserved:
    // wrap the result in white-space:pre-wrap if layout matters.
    static QString plainTextToHtml(const QString &text);

    // Visible text for previews/search: dropped elements (script, style,
    // head, ...) contribute nothing, block boundaries become spaces, all
    // whitespace collapses to single spaces and zero-width padding is removed.
    // maxChars < 0 means no limit; otherwise the text is cut (no ellipsis).
    static QString toPlainText(const QString &html, int maxChars = -1);
};

} // namespace repdesk
