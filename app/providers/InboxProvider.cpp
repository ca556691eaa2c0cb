#include "InboxProvider.h"

#include "Conversation.h"

namespace repdesk {

Call<Conversation> *InboxProvider::updateConversation(const QString &, const QString &, const ConversationUpdate &)
{
    // A call that never reaches a server: finished from the event loop, so the
    // caller can connect first.
    auto *call = new Call<Conversation>(RequestSpec{}, this);
    QMetaObject::invokeMethod(call, [call] {
        call->failLocally(ApiError(ApiError::Kind::Validation,
                                   tr("This account's provider has no conversation status or assignment.")));
    }, Qt::QueuedConnection);
    return call;
}

} // namespace repdesk
