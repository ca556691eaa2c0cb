#pragma once

#include "ApiError.h"
#include "ResponseDraft.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace repdesk {

class InboxProvider;
struct Message;

// After a send whose answer was lost (network error, timeout, 5xx, an
// unreadable 2xx): did the server take the reply? Asks the server, never
// guesses:
//  - a pending response draft queued for sending (scheduled_send_at set): taken, still queued;
//  - else an outbound message newer than the attempt (minus a clock-skew
//    margin) whose text carries the reply: taken, already delivered;
//  - else, with every draft and message read: not taken, safe to POST again;
//  - anything less (a request failed, an item could not be read, a candidate
//    message without a date or direction): unknown.
// The order of the message list is not documented, so every page is read
// and messages are judged by their own sent_at/drafted_at.
class SendVerifier : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Queued,           // the draft is queued on the server: watch it
        Delivered,        // the reply is in the thread already
        NotTaken,         // nothing of it on the server
        Unknown,          // could not tell; `error` says why when a request failed
        ConversationGone, // the conversation's routes answer 404
    };
    struct Result
    {
        Verdict verdict = Verdict::Unknown;
        ResponseDraft queuedDraft; // for Queued
        ApiError error;            // for Unknown (may be no error: an unreadable candidate) and ConversationGone
    };
    using Callback = std::function<void(const Result &)>;

    // Server and client clocks differ; messages this much older than the
    // attempt still count as candidates.
    static constexpr int clockSkewMarginSecs = 300;
    static constexpr int messagePageSize = 500; // the documented maximum

    // Starts at once. `done` runs exactly once unless the verifier is
    // destroyed first (destroying it cancels its requests).
    SendVerifier(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                 const QString &replyHtml, const QDateTime &attemptedAt, Callback done, QObject *parent);
    ~SendVerifier() override;

private:
    void checkDrafts();
    void checkMessages();
    void judge(const Message &message);
    void finish(Result result);

    QPointer<InboxProvider> m_provider;
    QString m_org;
    QString m_conversationId;
    QString m_replyHtml;
    QDateTime m_since;
    Callback m_done;
    QPointer<QObject> m_pending; // the request or page walk in flight
    bool m_found = false;
    bool m_doubtful = false;     // a candidate message could not be judged
    bool m_finished = false;
};

} // namespace repdesk
