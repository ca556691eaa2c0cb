#pragma once

#include "Message.h"

#include <QList>
#include <QString>

#include <optional>

namespace repdesk {

// The review queue's reading of texts, without a browser: the visible words
// of a reply (for the diff and for "was it edited?") and the first line of a
// conversation's last inbound message (the row's preview).
class ReviewText
{
public:
    static constexpr int kMaxPreviewChars = 200;

    // The visible text of a reply's HTML (or plain text), whitespace collapsed: what WordDiff compares.
    static QString plain(const QString &html);
    // True when the local text says something else than the proposal. Markup
    // alone (an editor re-serialising the same words) is no change: the
    // comparison is ReplyText::comparable's, the one the reply flow uses.
    static bool differs(const QString &proposalHtml, const QString &localHtml);

    // The newest message received from the contact (by sent_at, else
    // drafted_at; the list's order is not documented); nullopt when none.
    static std::optional<Message> lastInbound(const QList<Message> &messages);
    // Its first non-empty line of visible text that is not a bare greeting ("Hi,"), at most kMaxPreviewChars:
    // the body, else a call's transcript, else the subject, else a form's first value.
    static QString firstLine(const Message &message);
};

} // namespace repdesk
