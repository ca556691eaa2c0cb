#include "InboxProvider.h"

#include "AgentDraft.h"
#include "Conversation.h"
#include "LocalCall.h"

namespace repdesk {

Call<Conversation> *InboxProvider::updateConversation(const QString &, const QString &, const ConversationUpdate &)
{
    return LocalCall::refused<Call<Conversation>>(
        this, tr("This account's provider has no conversation status or assignment."));
}

Call<AgentDraft> *InboxProvider::createAgentDraft(const QString &, const QString &, const AgentDraftRequest &)
{
    return LocalCall::refused<Call<AgentDraft>>(this, tr("This account's provider has no drafts for colleagues."));
}

EmptyCall *InboxProvider::deleteAgentDraft(const QString &, const QString &, const QString &)
{
    return LocalCall::refused<EmptyCall>(this, tr("This account's provider has no drafts for colleagues."));
}

} // namespace repdesk
