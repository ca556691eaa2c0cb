#pragma once

#include "AuditLogQuery.h"
#include "Call.h"
#include "DateRange.h"
#include "ListQuery.h"
#include "Page.h"

#include <QObject>

namespace repdesk {

class Transport;
struct Agent;
struct AgentAnalytics;
struct AgentConversationStats;
struct AuditLog;
struct Company;
struct CompanyCreateRequest;
struct Contact;
struct ContactCreateRequest;
struct Conversation;
struct ConversationAnalytics;
struct Message;
struct MessageDraft;
struct MessageDraftCreateRequest;
struct MessageDraftCreateResult;
struct ModalityStats;
struct Organization;
struct ResponseDraft;
struct ResponseDraftSaveRequest;
struct ResponseDraftSaveResult;
struct ResponseRateStats;
struct ResponseTimeStats;
struct Sale;
struct SalesPipeline;
struct Solution;
struct SolutionAnalytics;
struct VolumeStats;

// One typed call per route of the HyperRep route directory (v2 and legacy
// v1). Each returns a call that finishes once; read result() in its slot.
// Ids go in as opaque strings and are percent-encoded by the Transport.
class HyperRepClient : public QObject
{
    Q_OBJECT
public:
    explicit HyperRepClient(Transport *transport, QObject *parent = nullptr);
    Transport *transport() const { return m_transport; }

    // Organizations
    Call<Page<Organization>> *listOrganizations();

    // Contacts
    Call<Page<Contact>> *listContacts(const QString &org, const ListQuery &q = {});
    Call<Contact> *createContact(const QString &org, const ContactCreateRequest &body);
    Call<Contact> *getContact(const QString &org, const QString &contactId);
    Call<Page<Conversation>> *listContactConversations(const QString &org, const QString &contactId,
                                                        const ListQuery &q = {});

    // Companies
    Call<Page<Company>> *listCompanies(const QString &org, const ListQuery &q = {});
    Call<Company> *createCompany(const QString &org, const CompanyCreateRequest &body);
    Call<Company> *getCompany(const QString &org, const QString &companyId);

    // Agents
    Call<Page<Agent>> *listAgents(const QString &org, const ListQuery &q = {});
    Call<Agent> *getAgent(const QString &org, const QString &agentId);
    Call<Page<Conversation>> *listAgentConversations(const QString &org, const QString &agentId,
                                                      const ListQuery &q = {});
    Call<Page<Sale>> *listAgentSales(const QString &org, const QString &agentId, const ListQuery &q = {});
    Call<AgentAnalytics> *getAgentAnalytics(const QString &org, const QString &agentId, const DateRange &range);
    Call<AgentConversationStats> *getAgentConversationAnalytics(const QString &org, const QString &agentId,
                                                                const DateRange &range);
    Call<SalesPipeline> *getAgentSalesAnalytics(const QString &org, const QString &agentId, const DateRange &range);

    // Conversations and messages
    Call<Page<Conversation>> *listConversations(const QString &org, const ListQuery &q = {});
    Call<Conversation> *getConversation(const QString &org, const QString &conversationId);
    Call<Page<Message>> *listMessages(const QString &org, const QString &conversationId, const ListQuery &q = {});
    Call<Message> *getMessage(const QString &org, const QString &conversationId, const QString &messageId);

    // Message drafts (new outbound messages)
    Call<Page<MessageDraft>> *listMessageDrafts(const QString &org, const ListQuery &q = {});
    Call<MessageDraft> *getMessageDraft(const QString &org, const QString &draftId);
    Call<MessageDraftCreateResult> *createMessageDraft(const QString &org, const MessageDraftCreateRequest &body);
    EmptyCall *deleteMessageDraft(const QString &org, const QString &draftId);

    // Response drafts (the pending reply of a conversation)
    Call<Page<ResponseDraft>> *listResponseDrafts(const QString &org, const QString &conversationId,
                                                  const ListQuery &q = {});
    Call<ResponseDraft> *getResponseDraft(const QString &org, const QString &conversationId,
                                          const QString &responseId);
    Call<ResponseDraftSaveResult> *saveResponseDraft(const QString &org, const QString &conversationId,
                                                     const ResponseDraftSaveRequest &body);
    EmptyCall *deleteResponseDraft(const QString &org, const QString &conversationId, const QString &responseId);

    // Analytics
    Call<ConversationAnalytics> *getConversationAnalytics(const QString &org, const DateRange &range);
    Call<ResponseRateStats> *getResponseRate(const QString &org, const DateRange &range);
    Call<ResponseTimeStats> *getResponseTime(const QString &org, const DateRange &range);
    Call<VolumeStats> *getVolume(const QString &org, const DateRange &range);
    Call<ModalityStats> *getModality(const QString &org, const DateRange &range);
    Call<SalesPipeline> *getSalesAnalytics(const QString &org, const DateRange &range);

    // Audit logs
    Call<Page<AuditLog>> *listAuditLogs(const QString &org, const AuditLogQuery &q = {});
    Call<AuditLog> *getAuditLog(const QString &org, const QString &auditLogId);

    // Sales
    Call<Page<Sale>> *listSales(const QString &org, const ListQuery &q = {});
    Call<Sale> *getSale(const QString &org, const QString &saleId);

    // Legacy v1
    Call<Page<Solution>> *listSolutions();
    Call<SolutionAnalytics> *getSolutionAnalytics(const QString &solutionId, const DateRange &range = {});

private:
    template<typename T>
    Call<T> *get(QStringList path, RequestSpec spec = {});

    Transport *m_transport;
};

} // namespace repdesk
