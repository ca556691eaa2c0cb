#include "ReplyDraft.h"

#include "HtmlSanitizer.h"

namespace repdesk {

void ReplyDraft::reset(const QString &conversationId)
{
    state = ReplyState();
    state.conversationId = conversationId;
    base.reset();
    baseUnseen = false;
}

JournalEntry ReplyDraft::toJournal(const QString &organizationId) const
{
    JournalEntry e;
    e.organizationId = organizationId;
    e.key = state.conversationId;
    e.html = state.html;
    e.ccEmails = state.ccEmails;
    e.bccEmails = state.bccEmails;
    e.addNotification = state.addNotification;
    e.updatedAt = QDateTime::currentDateTimeUtc();
    e.savedToServer = false;
    if (base) {
        e.serverDraftId = base->responseId;
        e.serverBodyHtml = base->bodyHtml;
        e.serverCreatedAt = base->createdAt;
    }
    return e;
}

ResponseDraftSaveRequest ReplyDraft::toRequest(bool autosend) const
{
    ResponseDraftSaveRequest req;
    req.bodyHtml = state.html;
    req.ccEmails = state.ccEmails;
    req.bccEmails = state.bccEmails;
    req.autosendDraft = autosend;
    req.addNotification = state.addNotification && !autosend; // the server refuses both together
    return req;
}

void ReplyDraft::restore(const JournalEntry &entry)
{
    state.html = entry.html;
    state.ccEmails = entry.ccEmails;
    state.bccEmails = entry.bccEmails;
    state.addNotification = entry.addNotification;
    state.restoredFromJournal = true;
    if (!entry.serverDraftId.isEmpty()) {
        ResponseDraft b;
        b.responseId = entry.serverDraftId;
        b.bodyHtml = entry.serverBodyHtml;
        b.createdAt = entry.serverCreatedAt;
        base = b;
        baseUnseen = false;
    }
}

void ReplyDraft::applyServer(const std::optional<ResponseDraft> &draft, bool replaceText)
{
    state.hasServerDraft = draft.has_value();
    if (draft) {
        state.recipientName = draft->recipientName;
        state.recipientEmail = draft->recipientEmail;
        state.recipientPhone = draft->recipientPhoneNumber;
        state.scheduledSendAt = draft->scheduledSendAt;
    }
    if (replaceText) {
        base = draft;
        baseUnseen = false;
        state.html = draft ? draft->bodyHtml : QString();
        state.ccEmails = draft ? draft->ccEmails : QStringList();
        state.bccEmails = draft ? draft->bccEmails : QStringList();
        state.restoredFromJournal = false;
    } else if (!base && draft) {
        // Text restored from a journal written before any server draft existed:
        // a draft that appeared since then is a change made elsewhere.
        base = ResponseDraft();
        baseUnseen = true;
    }
}

bool ReplyDraft::setText(const QString &html, const QStringList &cc, const QStringList &bcc, bool addNotification)
{
    if (sameText(html, state.html) && cc == state.ccEmails && bcc == state.bccEmails
        && addNotification == state.addNotification)
        return false;
    state.html = html;
    state.ccEmails = cc;
    state.bccEmails = bcc;
    state.addNotification = addNotification;
    state.restoredFromJournal = true;
    return true;
}

bool ReplyDraft::sameOnServer(const QString &server, const QString &text)
{
    if (sameText(server, text))
        return true;
    // The outgoing pass is idempotent: what the server stored passes through it unchanged.
    return sameText(HtmlSanitizer::sanitizeOutgoing(server), HtmlSanitizer::sanitizeOutgoing(text));
}

void ReplyDraft::markOnServer(const QString &responseId, const QString &html)
{
    ResponseDraft b = base.value_or(ResponseDraft());
    b.responseId = responseId;
    b.bodyHtml = html;
    base = b;
    baseUnseen = false;
    state.hasServerDraft = true;
}

void ReplyDraft::markQueued(const QString &responseId, const QString &html, const QDateTime &scheduledSendAt)
{
    markOnServer(responseId, html);
    state.scheduledSendAt = scheduledSendAt;
    state.restoredFromJournal = false;
}

void ReplyDraft::markNotSent()
{
    state.scheduledSendAt = QDateTime();
    state.restoredFromJournal = true;
}

void ReplyDraft::clearText()
{
    state.html.clear();
    state.ccEmails.clear();
    state.bccEmails.clear();
    state.restoredFromJournal = false;
    state.hasServerDraft = false;
    state.scheduledSendAt = QDateTime();
    base.reset();
    baseUnseen = false;
}

} // namespace repdesk
