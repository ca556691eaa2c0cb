#pragma once

#include "JournalEntry.h"
#include "ReplyState.h"
#include "ResponseDraft.h"
#include "ResponseDraftSaveRequest.h"

#include <optional>

namespace repdesk {

// The open reply as data: what the editor shows, and the server draft it
// started from (to notice a change made elsewhere). No I/O: ReplyController
// decides when, this says how the state changes.
struct ReplyDraft
{
    ReplyState state;
    std::optional<ResponseDraft> base; // the server draft as last loaded/saved
    // `base` is an empty stand-in, not a draft this editor loaded: text restored from the journal
    // met a server draft that appeared since (applyServer), and the conflict check must still ask.
    bool baseUnseen = false;

    // The editor started from a server draft it had loaded or saved (a conflict is then someone's
    // change to it); false when it had none, or only the stand-in above.
    bool hadServerDraft() const { return base.has_value() && !baseUnseen; }

    static bool sameText(const QString &a, const QString &b) { return a.trimmed() == b.trimmed(); }
    // Whether the server's copy is this text as Repdesk posts it: every body goes out through
    // HtmlSanitizer::sanitizeOutgoing, so a proposal with a raw apostrophe comes back as &#39;
    // once saved. Comparing bytes would call the user's own save a change made elsewhere.
    static bool sameOnServer(const QString &server, const QString &text);

    // Starts over on a conversation, nothing loaded.
    void reset(const QString &conversationId);
    JournalEntry toJournal(const QString &organizationId) const;
    // The body of a save (for review) or, with autosend, of a send.
    ResponseDraftSaveRequest toRequest(bool autosend) const;
    // Text typed here that the server does not have yet.
    void restore(const JournalEntry &entry);
    // The server's pending draft (or none). Without replaceText the local text stays.
    void applyServer(const std::optional<ResponseDraft> &draft, bool replaceText);
    // False when nothing changed.
    bool setText(const QString &html, const QStringList &cc, const QStringList &bcc, bool addNotification);
    // The server now holds `html` as draft `responseId`.
    void markOnServer(const QString &responseId, const QString &html);
    // The server queued `html` for sending as draft `responseId`.
    void markQueued(const QString &responseId, const QString &html, const QDateTime &scheduledSendAt);
    // A send turned out not to have happened: the text is an unsent reply again.
    void markNotSent();
    void clearText();
};

} // namespace repdesk
