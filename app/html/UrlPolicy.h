#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace repdesk {

// Decides which URLs survive. Works on attribute values gumbo has already
// entity-decoded, so "&#106;avascript:" arrives here as "javascript:".
// Everything is an allowlist on the final scheme: an obfuscation we did not
// think of lands in "unknown scheme" and is dropped, not let through.
class UrlPolicy
{
public:
    enum class ImageSource { Rejected, Remote, Inline };

    // Strips what browsers ignore (surrounding C0/space, tab/CR/LF anywhere)
    // and the other C0 controls/DEL, so the scheme we check is the scheme a
    // browser would see.
    static QByteArray clean(QByteArrayView raw);

    // Link targets: http(s) with a host, mailto: (through limitMailto), tel:.
    // Relative, fragment-only and every other scheme are rejected. *out
    // receives the cleaned URL.
    static bool acceptLink(QByteArrayView raw, QByteArray *out);

    // A mailto: URL with only the address and its subject, body and cc fields
    // (names matched case-insensitively, in their order): bcc, attach and the
    // like, which a mail program may act on without the user seeing them, and
    // any fragment are dropped. Returns the URL unchanged if it is not mailto:.
    static QByteArray limitMailto(QByteArrayView url);

    // img src: http(s) is Remote; data:image/(png|gif|jpeg|jpg|webp);base64 is
    // Inline (normalised into *out); cid:, relative and the rest are Rejected.
    static ImageSource classifyImage(QByteArrayView raw, QByteArray *out);

private:
    static QByteArray schemeOf(QByteArrayView url);
    static bool isWebUrl(QByteArrayView url, QByteArrayView scheme);
};

} // namespace repdesk
