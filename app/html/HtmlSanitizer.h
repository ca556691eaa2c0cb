#pragma once

#include "SanitizeOptions.h"
#include "SanitizeResult.h"

#include <QString>

namespace repdesk {

// The one HTML allowlist sanitiser: incoming mail, pasted HTML and outgoing
// drafts all go through sanitize(). Input is parsed by a real HTML5 parser
// (gumbo) and re-serialised from the tree, so output is always well-formed
// and contains only what the policy names. Thread-safe: no shared state.
//
// Policy decisions other code may rely on (details in the *Policy classes):
//  - <font> is kept as <font> (color/face/size validated): both QTextDocument
//    and browsers render it, and converting sizes 1-7 to CSS would be lossy.
//  - <center> becomes <div align="center">; HTML5 sectioning elements
//    (section, article, header, ...) become <div> so their text stays in
//    separate blocks; <xmp>/<listing>/<plaintext> become <pre>; <dir>/<menu>
//    become <ul>. Other unknown elements (o:p, custom-tag, ...) are unwrapped.
//  - dir/lang on <html>/<body> are carried over on a wrapping <div>.
//  - Links keep their text when the target is dropped; kept links get
//    rel="noopener noreferrer".
//  - <img> whose src is unusable (cid:, relative, javascript:, ...) is
//    replaced by its alt text. data-remote-src is only ever written by us.
//  - Inline CSS keeps display:none (preheaders rely on it) but drops
//    !important, negative margins and vertical-align, and every declaration
//    using a function other than rgb/rgba/hsl/hsla (calc(), var(), ...).
//  - Output nests at most 256 kept elements deep; input beyond 512 levels or
//    250k tags is flattened (text is kept). A parse needing more than
//    64 MB + 32 bytes per input byte is retried without formatting tags, then
//    as plain text, so crafted mail cannot exhaust memory.
class HtmlSanitizer
{
public:
    static SanitizeResult sanitize(const QString &html, const SanitizeOptions &options = {});

    // The editor mode (forEditor) for a reply or new message about to be posted. Applied where
    // the request body is built, whatever filled it (the editor, the journal after a crash, a
    // template, HyperRep's own proposal under review), so nothing the editor's page or a bug
    // let through (a script, an onclick, a remote image) reaches the server.
    static QString sanitizeOutgoing(const QString &html);

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
