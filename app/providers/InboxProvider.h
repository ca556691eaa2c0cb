#pragma once

#include "ApiError.h"
#include "Call.h"
#include "ListQuery.h"
#include "Page.h"

#include <QObject>

namespace repdesk {

struct Agent;
struct AgentDraft;
struct AgentDraftRequest;
struct Company;
struct Contact;
struct Conversation;
struct ConversationUpdate;
struct Message;
struct MessageDraft;
struct MessageDraftCreateRequest;
struct MessageDraftCreateResult;
struct Organization;
struct ResponseDraft;
struct ResponseDraftSaveRequest;
struct ResponseDraftSaveResult;
struct Sale;

// What models and widgets may ask of a conversation provider. HyperRep is the
// first implementation; Fernand maps its own routes onto these records. The
// UI shows a feature only when capabilities() says the provider has it.
class InboxProvider : public QObject
{
    Q_OBJECT
public:
    enum Capability {
        Organizations = 1 << 0,
        ResponseDrafts = 1 << 1,
        MessageDrafts = 1 << 2,
        Sales = 1 << 3,
        Analytics = 1 << 4,
        AuditLogs = 1 << 5,
        Companies = 1 << 6,
        DateFilters = 1 << 7,
        // Conversation workflow (Fernand): updateConversation() takes these fields.
        ConversationStatus = 1 << 8,
        Snooze = 1 << 9,
        Assignment = 1 << 10,
        // Server-side conversation filters and orderings (ListQuery::conversations).
        ConversationQueries = 1 << 11,
        // Drafts left in a conversation for a colleague: a title, an author, a target agent.
        AgentDrafts = 1 << 12,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    using QObject::QObject;

    virtual QString providerId() const = 0;
    virtual QString displayName() const = 0;
    virtual Capabilities capabilities() const = 0;
    bool has(Capability c) const { return capabilities().testFlag(c); }

    // The account is closing: start nothing more and cancel what is under way.
    virtual void shutdown() {}

    virtual Call<Page<Organization>> *listOrganizations() = 0;
    virtual Call<Page<Conversation>> *listConversations(const QString &org, const ListQuery &q) = 0;
    virtual Call<Conversation> *getConversation(const QString &org, const QString &conversationId) = 0;
    virtual Call<Page<Message>> *listMessages(const QString &org, const QString &conversationId,
                                              const ListQuery &q) = 0;
    virtual Call<Contact> *getContact(const QString &org, const QString &contactId) = 0;
    virtual Call<Page<Contact>> *listContacts(const QString &org, const ListQuery &q) = 0;
    virtual Call<Page<Conversation>> *listContactConversations(const QString &org, const QString &contactId,
                                                                const ListQuery &q) = 0;
    virtual Call<Company> *getCompany(const QString &org, const QString &companyId) = 0;
    virtual Call<Page<Agent>> *listAgents(const QString &org, const ListQuery &q) = 0;
    virtual Call<Page<Sale>> *listSales(const QString &org, const ListQuery &q) = 0;

    virtual Call<Page<ResponseDraft>> *listResponseDrafts(const QString &org, const QString &conversationId) = 0;
    virtual Call<ResponseDraftSaveResult> *saveResponseDraft(const QString &org, const QString &conversationId,
                                                             const ResponseDraftSaveRequest &body) = 0;
    virtual EmptyCall *deleteResponseDraft(const QString &org, const QString &conversationId,
                                           const QString &responseId) = 0;

    virtual Call<Page<MessageDraft>> *listMessageDrafts(const QString &org, const ListQuery &q) = 0;
    virtual Call<MessageDraftCreateResult> *createMessageDraft(const QString &org,
                                                               const MessageDraftCreateRequest &body) = 0;
    virtual EmptyCall *deleteMessageDraft(const QString &org, const QString &draftId) = 0;

    // Status, snooze and assignee (ConversationStatus, Snooze, Assignment). Without
    // those capabilities the call fails with a Validation error and sends nothing.
    virtual Call<Conversation> *updateConversation(const QString &org, const QString &conversationId,
                                                   const ConversationUpdate &update);

    // Drafts for a colleague (AgentDrafts). Without the capability the call fails
    // with a Validation error and sends nothing.
    virtual Call<AgentDraft> *createAgentDraft(const QString &org, const QString &conversationId,
                                               const AgentDraftRequest &body);
    virtual EmptyCall *deleteAgentDraft(const QString &org, const QString &conversationId, const QString &draftId);

Q_SIGNALS:
    // Any call that ended in a network error, timeout, 429 or a refused key
    // (the session derives online and signed-in state from these), and any
    // call that succeeded. Cancelled calls emit neither.
    void callFailed(const repdesk::ApiError &error);
    void callSucceeded();
    // Calls wait for the provider's request budget (Fernand: 20 reads and 5 writes a
    // minute): `seconds` until the next may go, counting down; 0 when none waits.
    void rateLimitWaitChanged(int seconds);
};

} // namespace repdesk

Q_DECLARE_OPERATORS_FOR_FLAGS(repdesk::InboxProvider::Capabilities)
