#include "HyperRepClient.h"

#include "Agent.h"
#include "AgentAnalytics.h"
#include "AgentConversationStats.h"
#include "AuditLog.h"
#include "Company.h"
#include "CompanyCreateRequest.h"
#include "Contact.h"
#include "ContactCreateRequest.h"
#include "Conversation.h"
#include "ConversationAnalytics.h"
#include "Message.h"
#include "MessageDraft.h"
#include "MessageDraftCreateRequest.h"
#include "MessageDraftCreateResult.h"
#include "ModalityStats.h"
#include "Organization.h"
#include "ResponseDraft.h"
#include "ResponseDraftSaveRequest.h"
#include "ResponseDraftSaveResult.h"
#include "ResponseRateStats.h"
#include "ResponseTimeStats.h"
#include "Sale.h"
#include "SalesPipeline.h"
#include "Solution.h"
#include "SolutionAnalytics.h"
#include "Transport.h"
#include "VolumeStats.h"

#include <QJsonDocument>

namespace repdesk {

namespace {
const QString kApi = QStringLiteral("api");
const QString kV2 = QStringLiteral("v2");
const QString kOrgs = QStringLiteral("organizations");

QStringList org(const QString &orgId, QStringList rest = {})
{
    return QStringList{kApi, kV2, kOrgs, orgId} + rest;
}

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

template<typename Q>
RequestSpec withQuery(const Q &q)
{
    RequestSpec spec;
    q.applyTo(spec);
    return spec;
}

RequestSpec post(const QJsonObject &body, RequestSpec::Retry retry)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.retry = retry;
    return spec;
}

RequestSpec del()
{
    RequestSpec spec;
    spec.method = "DELETE";
    return spec;
}
} // namespace

HyperRepClient::HyperRepClient(Transport *transport, QObject *parent) : QObject(parent), m_transport(transport) {}

template<typename T>
Call<T> *HyperRepClient::get(QStringList path, RequestSpec spec)
{
    spec.path = std::move(path);
    return m_transport->send<Call<T>>(std::move(spec));
}

Call<Page<Organization>> *HyperRepClient::listOrganizations()
{
    return get<Page<Organization>>({kApi, kV2, kOrgs});
}

Call<Page<Contact>> *HyperRepClient::listContacts(const QString &o, const ListQuery &q)
{
    return get<Page<Contact>>(org(o, {s("contacts")}), withQuery(q));
}

Call<Contact> *HyperRepClient::createContact(const QString &o, const ContactCreateRequest &body)
{
    // Creates are not idempotent: a blind retry could add the contact twice.
    return get<Contact>(org(o, {s("contacts")}), post(body.toJson(), RequestSpec::Retry::OnlyIfNotProcessed));
}

Call<Contact> *HyperRepClient::getContact(const QString &o, const QString &contactId)
{
    return get<Contact>(org(o, {s("contacts"), contactId}));
}

Call<Page<Conversation>> *HyperRepClient::listContactConversations(const QString &o, const QString &contactId,
                                                                   const ListQuery &q)
{
    return get<Page<Conversation>>(org(o, {s("contacts"), contactId, s("conversations")}), withQuery(q));
}

Call<Page<Company>> *HyperRepClient::listCompanies(const QString &o, const ListQuery &q)
{
    return get<Page<Company>>(org(o, {s("companies")}), withQuery(q));
}

Call<Company> *HyperRepClient::createCompany(const QString &o, const CompanyCreateRequest &body)
{
    return get<Company>(org(o, {s("companies")}), post(body.toJson(), RequestSpec::Retry::OnlyIfNotProcessed));
}

Call<Company> *HyperRepClient::getCompany(const QString &o, const QString &companyId)
{
    return get<Company>(org(o, {s("companies"), companyId}));
}

Call<Page<Agent>> *HyperRepClient::listAgents(const QString &o, const ListQuery &q)
{
    return get<Page<Agent>>(org(o, {s("agents")}), withQuery(q));
}

Call<Agent> *HyperRepClient::getAgent(const QString &o, const QString &agentId)
{
    return get<Agent>(org(o, {s("agents"), agentId}));
}

Call<Page<Conversation>> *HyperRepClient::listAgentConversations(const QString &o, const QString &agentId,
                                                                 const ListQuery &q)
{
    return get<Page<Conversation>>(org(o, {s("agents"), agentId, s("conversations")}), withQuery(q));
}

Call<Page<Sale>> *HyperRepClient::listAgentSales(const QString &o, const QString &agentId, const ListQuery &q)
{
    return get<Page<Sale>>(org(o, {s("agents"), agentId, s("sales")}), withQuery(q));
}

Call<AgentAnalytics> *HyperRepClient::getAgentAnalytics(const QString &o, const QString &agentId,
                                                        const DateRange &range)
{
    return get<AgentAnalytics>(org(o, {s("agents"), agentId, s("analytics")}), withQuery(range));
}

Call<AgentConversationStats> *HyperRepClient::getAgentConversationAnalytics(const QString &o, const QString &agentId,
                                                                            const DateRange &range)
{
    return get<AgentConversationStats>(org(o, {s("agents"), agentId, s("analytics"), s("conversations")}),
                                       withQuery(range));
}

Call<SalesPipeline> *HyperRepClient::getAgentSalesAnalytics(const QString &o, const QString &agentId,
                                                            const DateRange &range)
{
    return get<SalesPipeline>(org(o, {s("agents"), agentId, s("analytics"), s("sales")}), withQuery(range));
}

Call<Page<Conversation>> *HyperRepClient::listConversations(const QString &o, const ListQuery &q)
{
    return get<Page<Conversation>>(org(o, {s("conversations")}), withQuery(q));
}

Call<Conversation> *HyperRepClient::getConversation(const QString &o, const QString &conversationId)
{
    return get<Conversation>(org(o, {s("conversations"), conversationId}));
}

Call<Page<Message>> *HyperRepClient::listMessages(const QString &o, const QString &conversationId,
                                                  const ListQuery &q)
{
    return get<Page<Message>>(org(o, {s("conversations"), conversationId, s("messages")}), withQuery(q));
}

Call<Message> *HyperRepClient::getMessage(const QString &o, const QString &conversationId, const QString &messageId)
{
    return get<Message>(org(o, {s("conversations"), conversationId, s("messages"), messageId}));
}

Call<Page<MessageDraft>> *HyperRepClient::listMessageDrafts(const QString &o, const ListQuery &q)
{
    return get<Page<MessageDraft>>(org(o, {s("message-drafts")}), withQuery(q));
}

Call<MessageDraft> *HyperRepClient::getMessageDraft(const QString &o, const QString &draftId)
{
    return get<MessageDraft>(org(o, {s("message-drafts"), draftId}));
}

Call<MessageDraftCreateResult> *HyperRepClient::createMessageDraft(const QString &o,
                                                                   const MessageDraftCreateRequest &body)
{
    return get<MessageDraftCreateResult>(org(o, {s("message-drafts")}),
                                         post(body.toJson(), RequestSpec::Retry::OnlyIfNotProcessed));
}

EmptyCall *HyperRepClient::deleteMessageDraft(const QString &o, const QString &draftId)
{
    RequestSpec spec = del();
    spec.path = org(o, {s("message-drafts"), draftId});
    return m_transport->send<EmptyCall>(spec);
}

Call<Page<ResponseDraft>> *HyperRepClient::listResponseDrafts(const QString &o, const QString &conversationId,
                                                              const ListQuery &q)
{
    return get<Page<ResponseDraft>>(org(o, {s("conversations"), conversationId, s("response-drafts")}),
                                    withQuery(q));
}

Call<ResponseDraft> *HyperRepClient::getResponseDraft(const QString &o, const QString &conversationId,
                                                      const QString &responseId)
{
    return get<ResponseDraft>(org(o, {s("conversations"), conversationId, s("response-drafts"), responseId}));
}

Call<ResponseDraftSaveResult> *HyperRepClient::saveResponseDraft(const QString &o, const QString &conversationId,
                                                                 const ResponseDraftSaveRequest &body)
{
    // A plain save overwrites the conversation's one draft row: safe to retry.
    // An autosend is not: once processed, the draft is queued and then promoted
    // into a message, and a repeat would create a new draft and send it again.
    // Only a 429 proves it was not processed; the caller verifies the rest.
    const RequestSpec::Retry retry =
        body.autosendDraft ? RequestSpec::Retry::OnlyIfNotProcessed : RequestSpec::Retry::Idempotent;
    return get<ResponseDraftSaveResult>(org(o, {s("conversations"), conversationId, s("response-drafts")}),
                                        post(body.toJson(), retry));
}

EmptyCall *HyperRepClient::deleteResponseDraft(const QString &o, const QString &conversationId,
                                               const QString &responseId)
{
    RequestSpec spec = del();
    spec.path = org(o, {s("conversations"), conversationId, s("response-drafts"), responseId});
    return m_transport->send<EmptyCall>(spec);
}

Call<ConversationAnalytics> *HyperRepClient::getConversationAnalytics(const QString &o, const DateRange &range)
{
    return get<ConversationAnalytics>(org(o, {s("analytics"), s("conversations")}), withQuery(range));
}

Call<ResponseRateStats> *HyperRepClient::getResponseRate(const QString &o, const DateRange &range)
{
    return get<ResponseRateStats>(org(o, {s("analytics"), s("conversations"), s("response-rate")}),
                                  withQuery(range));
}

Call<ResponseTimeStats> *HyperRepClient::getResponseTime(const QString &o, const DateRange &range)
{
    return get<ResponseTimeStats>(org(o, {s("analytics"), s("conversations"), s("response-time")}),
                                  withQuery(range));
}

Call<VolumeStats> *HyperRepClient::getVolume(const QString &o, const DateRange &range)
{
    return get<VolumeStats>(org(o, {s("analytics"), s("conversations"), s("volume")}), withQuery(range));
}

Call<ModalityStats> *HyperRepClient::getModality(const QString &o, const DateRange &range)
{
    return get<ModalityStats>(org(o, {s("analytics"), s("conversations"), s("modality")}), withQuery(range));
}

Call<SalesPipeline> *HyperRepClient::getSalesAnalytics(const QString &o, const DateRange &range)
{
    return get<SalesPipeline>(org(o, {s("analytics"), s("sales")}), withQuery(range));
}

Call<Page<AuditLog>> *HyperRepClient::listAuditLogs(const QString &o, const AuditLogQuery &q)
{
    return get<Page<AuditLog>>(org(o, {s("audit-logs")}), withQuery(q));
}

Call<AuditLog> *HyperRepClient::getAuditLog(const QString &o, const QString &auditLogId)
{
    return get<AuditLog>(org(o, {s("audit-logs"), auditLogId}));
}

Call<Page<Sale>> *HyperRepClient::listSales(const QString &o, const ListQuery &q)
{
    return get<Page<Sale>>(org(o, {s("sales")}), withQuery(q));
}

Call<Sale> *HyperRepClient::getSale(const QString &o, const QString &saleId)
{
    return get<Sale>(org(o, {s("sales"), saleId}));
}

Call<Page<Solution>> *HyperRepClient::listSolutions()
{
    return get<Page<Solution>>({kApi, s("v1"), s("solutions")});
}

Call<SolutionAnalytics> *HyperRepClient::getSolutionAnalytics(const QString &solutionId, const DateRange &range)
{
    return get<SolutionAnalytics>({kApi, s("v1"), s("solutions"), solutionId, s("analytics")}, withQuery(range));
}

} // namespace repdesk
