#include "ConversationCheck.h"

#include "Conversation.h"
#include "InboxProvider.h"

namespace repdesk {

void ConversationCheck::run(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                            QObject *context, Callback done)
{
    if (!provider) {
        done(Outcome::Unknown, ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }
    auto *call = provider->getConversation(organizationId, conversationId);
    QObject::connect(call, &ApiCall::finished, context, [call, done = std::move(done)] {
        if (call->succeeded())
            done(Outcome::Exists, {});
        else if (call->error().kind() == ApiError::Kind::NotFound)
            done(Outcome::Gone, call->error());
        else
            done(Outcome::Unknown, call->error());
    });
}

} // namespace repdesk
