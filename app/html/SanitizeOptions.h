#pragma once

namespace repdesk {

// How HtmlSanitizer treats remote content. The element/attribute allowlist is
// the same in every mode, so mail, pasted HTML and drafts can never diverge.
struct SanitizeOptions
{
    // The user clicked "Load remote images" for this conversation.
    bool allowRemoteImages = false;
    // Paste/draft: remote images are dropped entirely, because a draft must
    // not carry placeholders (or trackers) into the message we send.
    bool forEditor = false;
};

} // namespace repdesk
