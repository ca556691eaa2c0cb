#pragma once

#include "ApiError.h"
#include "ResponseDraft.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace repdesk {

class InboxProvider;

// Deleting a conversation's response draft, and what the server's answer
// means. Recognised by route and status only, never by the wording of
// `detail` (the API promises no more than "a hint to use the messages route"):
//   204 -> deleted;  400 -> it is being sent right now;
//   404 -> GET the conversation: 200 -> the draft was promoted into a message
//          (already sent); 404 -> the conversation is gone.
//   404 after the transport repeated the DELETE (the attempt before ended in a
//          network error, timeout or 5xx, so it may have deleted the draft):
//          deleted, unless the thread shows the draft's text sent (SendVerifier).
class DraftDiscard
{
    Q_DECLARE_TR_FUNCTIONS(DraftDiscard)

public:
    enum class Outcome { Deleted, AlreadySent, BeingSent, ConversationGone, Failed };
    // `message`: what to tell the user when it was not deleted (BeingSent, ConversationGone, Failed).
    using Callback = std::function<void(Outcome outcome, const ApiError &error, const QString &message)>;

    // `done` runs once, unless `context` is destroyed first.
    static void run(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                    const ResponseDraft &draft, QObject *context, Callback done);

private:
    static QString couldNot();
    static void afterRepeatedDelete(InboxProvider *provider, const QString &organizationId,
                                    const QString &conversationId, const ResponseDraft &draft,
                                    const ApiError &notFound, QObject *context, const Callback &done);
};

} // namespace repdesk
