#include "HyperRepProvider.h"

#include "HyperRepClient.h"
#include "Transport.h"

namespace repdesk {

HyperRepProvider::HyperRepProvider(Transport *transport, QObject *parent)
    : InboxProvider(parent), m_client(new HyperRepClient(transport, this))
{
    connect(transport, &Transport::callFailed, this, &InboxProvider::callFailed);
    connect(transport, &Transport::callSucceeded, this, &InboxProvider::callSucceeded);
}

QString HyperRepProvider::providerId() const
{
    return QStringLiteral("hyperrep");
}

QString HyperRepProvider::displayName() const
{
    return QStringLiteral("HyperRep");
}

InboxProvider::Capabilities HyperRepProvider::capabilities() const
{
    return Organizations | ResponseDrafts | MessageDrafts | Sales | Analytics | AuditLogs | Companies | DateFilters;
}

void HyperRepProvider::shutdown()
{
    m_client->transport()->shutdown();
}

Call<Page<Organization>> *HyperRepProvider::listOrganizations() { return m_client->listOrganizations(); }

Call<Page<Conversation>> *HyperRepProvider::listConversations(const QString &org, const ListQuery &q)
{
    return m_client->listConversations(org, q);
}

Call<Conversation> *HyperRepProvider::getConversation(const QString &org, const QString &conversationId)
{
    return m_client->getConversation(org, conversationId);
}

Call<Page<Message>> *HyperRepProvider::listMessages(const QString &org, const QString &conversationId,
                                                    const ListQuery &q)
{
    return m_client->listMessages(org, conversationId, q);
}

Call<Contact> *HyperRepProvider::getContact(const QString &org, const QString &contactId)
{
    return m_client->getContact(org, contactId);
}

Call<Page<Contact>> *HyperRepProvider::listContacts(const QString &org, const ListQuery &q)
{
    return m_client->listContacts(org, q);
}

Call<Page<Conversation>> *HyperRepProvider::listContactConversations(const QString &org, const QString &contactId,
                                                                     const ListQuery &q)
{
    return m_client->listContactConversations(org, contactId, q);
}

Call<Company> *HyperRepProvider::getCompany(const QString &org, const QString &companyId)
{
    return m_client->getCompany(org, companyId);
}

Call<Page<Agent>> *HyperRepProvider::listAgents(const QString &org, const ListQuery &q)
{
    return m_client->listAgents(org, q);
}

Call<Page<Sale>> *HyperRepProvider::listSales(const QString &org, const ListQuery &q)
{
    return m_client->listSales(org, q);
}

Call<Page<ResponseDraft>> *HyperRepProvider::listResponseDrafts(const QString &org, const QString &conversationId)
{
    return m_client->listResponseDrafts(org, conversationId);
}

Call<ResponseDraftSaveResult> *HyperRepProvider::saveResponseDraft(const QString &org, const QString &conversationId,
                                                                   const ResponseDraftSaveRequest &body)
{
    return m_client->saveResponseDraft(org, conversationId, body);
}

EmptyCall *HyperRepProvider::deleteResponseDraft(const QString &org, const QString &conversationId,
                                                 const QString &responseId)
{
    return m_client->deleteResponseDraft(org, conversationId, responseId);
}

Call<Page<MessageDraft>> *HyperRepProvider::listMessageDrafts(const QString &org, const ListQuery &q)
{
    return m_client->listMessageDrafts(org, q);
}

Call<MessageDraftCreateResult> *HyperRepProvider::createMessageDraft(const QString &org,
                                                                     const MessageDraftCreateRequest &body)
{
    return m_client->createMessageDraft(org, body);
}

EmptyCall *HyperRepProvider::deleteMessageDraft(const QString &org, const QString &draftId)
{
    return m_client->deleteMessageDraft(org, draftId);
}

} // namespace repdesk
