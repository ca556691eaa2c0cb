#pragma once

#include <QString>

namespace repdesk {

// What the reply flow needs to know about a reply's HTML without a browser:
// whether there is anything to send, and a form of its text that survives
// the server re-serialising the HTML, so a reply can be recognised again in
// the thread after a send whose answer was lost.
class ReplyText
{
public:
    // True when the reply has no visible text and no image: "", "   ",
    // "<p><br></p>", "<p>&nbsp;</p>". The server requires body_html, and an
    // empty reply is never what the user meant to send.
    static bool isBlank(const QString &html);

    // The visible text, trimmed, with every run of whitespace collapsed to one
    // space. Works for plain-text bodies (texts, chats) as well as HTML.
    static QString comparable(const QString &html);

    // True when `messageContent` (a message of the thread) is the reply
    // `replyHtml`: the whole text, equal after normalising (comparable()).
    // Containment is not enough: "Thanks" is inside many a teammate's message.
    static bool matches(const QString &replyHtml, const QString &messageContent);
    // True when the message contains the reply's text among other words: maybe
    // the reply with a signature or quoted history the server added, maybe
    // someone else's message. Proof of neither.
    static bool contains(const QString &replyHtml, const QString &messageContent);
};

} // namespace repdesk
