#include "InboxProvider.h"

#include "AgentDraft.h"
#include "Conversation.h"

namespace repdesk {

namespace {
// A call that never reaches a server: failed from the event loop, so the caller can connect first.
template<typename C>
C *refusedLocally(InboxProvider *owner, const QString &message)
{
    auto *call = new C(RequestSpec{}, owner);
    QMetaObject::invokeMethod(call, [call, message] {
        call->failLocally(ApiError(ApiError::Kind::Validation, message));
    }, Qt::QueuedConnection);
    return call;
}
} // namespace

Call<Conversation> *InboxProvider::updateConversation(const QString &, const QString &, const ConversationUpdate &)
{
    return refusedLocally<Call<Conversation>>(this,
                                              tr("This account's provider has no conversation status or assignment."));
}

Call<AgentDraft> *InboxProvider::createAgentDraft(const QString &, const QString &, const AgentDraftRequest &)
{
    return refusedLocally<Call<AgentDraft>>(this, tr("This account's provider has no drafts for colleagues."));
}

EmptyCall *InboxProvider::deleteAgentDraft(const QString &, const QString &, const QString &)
{
    return refusedLocally<EmptyCall>(this, tr("This account's provider has no drafts for colleagues."));
}

} // namespace repdesk
