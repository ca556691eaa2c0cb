#include "FernandClient.h"

#include "FernandAgent.h"
#include "FernandContact.h"
#include "FernandConversation.h"
#include "FernandConversationQuery.h"
#include "FernandConversationUpdate.h"
#include "FernandDraft.h"
#include "FernandDraftRequest.h"
#include "FernandReplyRequest.h"
#include "FernandRoutes.h"
#include "FernandStreamItem.h"
#include "Transport.h"

namespace repdesk {

FernandClient::FernandClient(Transport *transport, QObject *parent) : QObject(parent), m_transport(transport) {}

Call<FernandPage<FernandConversation>> *FernandClient::listConversations(const FernandConversationQuery &q)
{
    return m_transport->send<Call<FernandPage<FernandConversation>>>(FernandRoutes::listConversations(q));
}

Call<FernandConversation> *FernandClient::getConversation(const QString &id)
{
    return m_transport->send<Call<FernandConversation>>(FernandRoutes::getConversation(id));
}

Call<FernandConversation> *FernandClient::updateConversation(const QString &id, const FernandConversationUpdate &body)
{
    return m_transport->send<Call<FernandConversation>>(FernandRoutes::updateConversation(id, body));
}

Call<FernandPage<FernandStreamItem>> *FernandClient::listMessages(const QString &conversationId, const QString &before)
{
    return m_transport->send<Call<FernandPage<FernandStreamItem>>>(FernandRoutes::listMessages(conversationId, before));
}

Call<FernandStreamItem> *FernandClient::reply(const QString &conversationId, const FernandReplyRequest &body)
{
    return m_transport->send<Call<FernandStreamItem>>(FernandRoutes::reply(conversationId, body));
}

Call<FernandDraft> *FernandClient::createDraft(const QString &conversationId, const FernandDraftRequest &body)
{
    return m_transport->send<Call<FernandDraft>>(FernandRoutes::createDraft(conversationId, body));
}

EmptyCall *FernandClient::deleteDraft(const QString &conversationId, const QString &draftId)
{
    return m_transport->send<EmptyCall>(FernandRoutes::deleteDraft(conversationId, draftId));
}

Call<FernandPage<FernandContact>> *FernandClient::listContacts(const QString &query, int limit)
{
    return m_transport->send<Call<FernandPage<FernandContact>>>(FernandRoutes::listContacts(query, limit));
}

Call<FernandContact> *FernandClient::getContact(const QString &id)
{
    return m_transport->send<Call<FernandContact>>(FernandRoutes::getContact(id));
}

Call<FernandPage<FernandAgent>> *FernandClient::listAgents()
{
    return m_transport->send<Call<FernandPage<FernandAgent>>>(FernandRoutes::listAgents());
}

} // namespace repdesk
