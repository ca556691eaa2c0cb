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

    // True when `messageContent` (a message of the thread) carries the reply
    // `replyHtml`: the same text, or the reply's text inside it, because a
    // server may add a signature or the quoted history when it sends.
    static bool matches(const QString &replyHtml, const QString &messageContent);
};

} // namespace repdesk
