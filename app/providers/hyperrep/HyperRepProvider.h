#pragma once

#include "InboxProvider.h"

namespace repdesk {

class HyperRepClient;
class Transport;

// InboxProvider over HyperRepClient: a thin mapping, because the records
// already are HyperRep's shapes. The full client (analytics, audit logs,
// v1) stays reachable through client() for the dashboards.
class HyperRepProvider : public InboxProvider
{
    Q_OBJECT
public:
    explicit HyperRepProvider(Transport *transport, QObject *parent = nullptr);

    HyperRepClient *client() const { return m_client; }

    QString providerId() const override;
    QString displayName() const override;
    Capabilities capabilities() const override;
    void shutdown() override;

    Call<Page<Organization>> *listOrganizations() override;
    Call<Page<Conversation>> *listConversations(const QString &org, const ListQuery &q) override;
    Call<Conversation> *getConversation(const QString &org, const QString &conversationId) override;
    Call<Page<Message>> *listMessages(const QString &org, const QString &conversationId, const ListQuery &q) override;
    Call<Contact> *getContact(const QString &org, const QString &contactId) override;
    Call<Page<Contact>> *listContacts(const QString &org, const ListQuery &q) override;
    Call<Page<Conversation>> *listContactConversations(const QString &org, const QString &contactId,
                                                        const ListQuery &q) override;
    Call<Company> *getCompany(const QString &org, const QString &companyId) override;
    Call<Page<Agent>> *listAgents(const QString &org, const ListQuery &q) override;
    Call<Page<Sale>> *listSales(const QString &org, const ListQuery &q) override;
    Call<Page<ResponseDraft>> *listResponseDrafts(const QString &org, const QString &conversationId) override;
    Call<ResponseDraftSaveResult> *saveResponseDraft(const QString &org, const QString &conversationId,
                                                     const ResponseDraftSaveRequest &body) override;
    EmptyCall *deleteResponseDraft(const QString &org, const QString &conversationId,
                                   const QString &responseId) override;
    Call<Page<MessageDraft>> *listMessageDrafts(const QString &org, const ListQuery &q) override;
    Call<MessageDraftCreateResult> *createMessageDraft(const QString &org,
                                                       const MessageDraftCreateRequest &body) override;
    EmptyCall *deleteMessageDraft(const QString &org, const QString &draftId) override;

private:
    HyperRepClient *m_client;
};

} // namespace repdesk
