#pragma once

#include "ApiError.h"

#include <QString>

#include <functional>

class QObject;

namespace repdesk {

class InboxProvider;

// What a 404 under a conversation means is decided by the conversation's own
// route, never by the wording of the 404's `detail`: if the conversation is
// still there (200), the draft that answered 404 was promoted into a message;
// if the conversation answers 404 too, it is gone.
class ConversationCheck
{
public:
    enum class Outcome {
        Exists,
        Gone,
        Unknown, // the check failed (offline, 5xx, ...): `error` says why
    };
    using Callback = std::function<void(Outcome outcome, const ApiError &error)>;

    // `done` runs once, unless `context` is destroyed first.
    static void run(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                    QObject *context, Callback done);
};

} // namespace repdesk
