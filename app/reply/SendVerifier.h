#pragma once

#include "ApiError.h"
#include "MessageDraft.h"
#include "MessageDraftCreateRequest.h"
#include "ResponseDraft.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace repdesk {

class InboxProvider;
struct Message;

// After a send or create whose answer was lost (network error, timeout, 5xx,
// an unreadable 2xx): did the server take it? Asks the server, never guesses.
//
// A reply (autosend response draft):
//  - a pending response draft queued for sending (scheduled_send_at set): taken, still queued;
//  - else an outbound message newer than the attempt (minus a clock-skew
//    margin) whose whole text is the reply's: taken, already delivered;
//  - else, with every draft and message read: not taken, safe to POST again;
//  - anything less (a request failed, an item could not be read, a candidate
//    message without a date or direction, or one that contains the reply's
//    text among other words): unknown. A message that merely contains the
//    reply is no proof either way: "Thanks" is inside many teammates' replies.
// The order of the message list is not documented, so every page is read
// and messages are judged by their own sent_at/drafted_at.
//
// A new message (message draft): the organization's message drafts, every
// page, for one created since the attempt with the same channel, recipient,
// subject and text (and queued for sending when the POST asked for that):
//  - found: taken (Saved, or Queued when it is being sent);
//  - none, for a draft to keep: not taken;
//  - none, for a message to send: unknown, because a message draft that was
//    sent leaves the list and the API shows no trace of it.
// The draft being replaced (an edit) is never taken for the new one.
class SendVerifier : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Queued,           // being sent: a reply's draft is queued (watch it), or a message draft is
        Saved,            // a message draft was created (not for sending)
        Delivered,        // the reply is in the thread already
        NotTaken,         // nothing of it on the server
        Unknown,          // could not tell; `error` says why when a request failed
        ConversationGone, // the conversation's routes answer 404
    };
    struct Result
    {
        Verdict verdict = Verdict::Unknown;
        ResponseDraft queuedDraft; // a reply, Queued
        MessageDraft messageDraft; // a new message, Queued or Saved
        ApiError error;            // for Unknown (may be no error: an unreadable candidate) and ConversationGone
    };
    using Callback = std::function<void(const Result &)>;

    // Server and client clocks differ; messages this much older than the
    // attempt still count as candidates.
    static constexpr int clockSkewMarginSecs = 300;
    static constexpr int messagePageSize = 500; // the documented maximum

    // A reply of a conversation. Starts at once. `done` runs exactly once unless
    // the verifier is destroyed first (destroying it cancels its requests).
    SendVerifier(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                 const QString &replyHtml, const QDateTime &attemptedAt, Callback done, QObject *parent);
    // A new outbound message; `replacedDraftId` is the draft an edit replaces (or empty).
    SendVerifier(InboxProvider *provider, const QString &organizationId, const MessageDraftCreateRequest &message,
                 const QString &replacedDraftId, const QDateTime &attemptedAt, Callback done, QObject *parent);
    ~SendVerifier() override;

    // True when `draft` is what `request` asked to create (channel, recipient, subject, text).
    static bool sameMessage(const MessageDraftCreateRequest &request, const MessageDraft &draft);

private:
    void checkDrafts();
    void checkMessages();
    void checkMessageDrafts();
    void judge(const Message &message);
    void judge(const MessageDraft &draft);
    void finish(Result result);

    QPointer<InboxProvider> m_provider;
    QString m_org;
    QString m_conversationId;
    QString m_replyHtml;
    std::optional<MessageDraftCreateRequest> m_message;
    QString m_replacedDraftId;
    QDateTime m_since;
    Callback m_done;
    QPointer<QObject> m_pending; // the request or page walk in flight
    std::optional<MessageDraft> m_foundDraft;
    bool m_found = false;
    bool m_doubtful = false;     // a candidate could not be judged
    bool m_finished = false;
};

} // namespace repdesk
