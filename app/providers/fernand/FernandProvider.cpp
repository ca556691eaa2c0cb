#include "FernandProvider.h"

#include "Agent.h"
#include "AgentDraft.h"
#include "Company.h"
#include "Contact.h"
#include "Conversation.h"
#include "ConversationUpdate.h"
#include "FernandAgent.h"
#include "FernandClient.h"
#include "FernandContact.h"
#include "FernandConversation.h"
#include "FernandConversationQuery.h"
#include "FernandConversationUpdate.h"
#include "FernandDraft.h"
#include "FernandDraftRequest.h"
#include "FernandRecordMapping.h"
#include "FernandReplyRequest.h"
#include "FernandRoutes.h"
#include "FernandStreamItem.h"
#include "LocalCall.h"
#include "Message.h"
#include "MessageDraft.h"
#include "MessageDraftCreateResult.h"
#include "Organization.h"
#include "ResponseDraft.h"
#include "ResponseDraftSaveRequest.h"
#include "ResponseDraftSaveResult.h"
#include "Sale.h"
#include "Transport.h"

#include <QTimeZone>

namespace repdesk {

namespace {
// A Fernand page decoded, then each item mapped; bad items stay reported.
template<typename From, typename To, typename Map>
Decoded<Page<To>> mapPage(const QJsonValue &json, Map map)
{
    Decoded<FernandPage<From>> decoded = FernandPage<From>::fromJson(json);
    if (!decoded.ok())
        return Decoded<Page<To>>::failure(decoded.error());
    const FernandPage<From> &in = decoded.value();
    Page<To> out;
    out.nextCursor = in.nextCursor;
    out.hasMore = in.hasMore;
    out.itemErrors = in.itemErrors;
    for (const From &item : in.items)
        out.items.append(map(item));
    return out;
}
} // namespace

FernandProvider::FernandProvider(Transport *transport, const RequestThrottle::Limits &limits, QObject *parent)
    : InboxProvider(parent),
      m_transport(transport),
      m_client(new FernandClient(transport, this)),
      m_throttle(new RequestThrottle(limits, this))
{
    transport->setThrottle(m_throttle);
    connect(m_throttle, &RequestThrottle::waitChanged, this, &InboxProvider::rateLimitWaitChanged);
    connect(transport, &Transport::callFailed, this, &InboxProvider::callFailed);
    connect(transport, &Transport::callSucceeded, this, &InboxProvider::callSucceeded);
}

TransportConfig FernandProvider::transportConfig(const QUrl &server, const QByteArray &apiKey)
{
    TransportConfig config;
    config.baseUrl = server.isEmpty() ? defaultServer() : server;
    config.apiKeyHeader = "X-Api-Key";
    config.apiKey = apiKey;
    // A 429's reset may be most of a minute away: wait for it rather than fail.
    config.retry.maxRetryAfterMs = 65000;
    return config;
}

QString FernandProvider::providerId() const
{
    return QStringLiteral("fernand");
}

QString FernandProvider::displayName() const
{
    return QStringLiteral("Fernand");
}

InboxProvider::Capabilities FernandProvider::capabilities() const
{
    return Organizations | ConversationStatus | Snooze | Assignment | ConversationQueries | AgentDrafts;
}

void FernandProvider::shutdown()
{
    m_transport->shutdown();
}

Call<Page<Organization>> *FernandProvider::listOrganizations()
{
    // GET /agents proves the key; the account is then one inbox.
    auto *call = m_transport->send<Call<Page<Organization>>>(FernandRoutes::listAgents());
    call->setDecoder([](const QJsonValue &json) -> Decoded<Page<Organization>> {
        if (!json.isArray() && !json.isObject())
            return Decoded<Page<Organization>>::failure(QStringLiteral("expected a JSON array"));
        Page<Organization> page;
        page.items.append(Organization{organizationId(), QStringLiteral("Fernand")});
        return page;
    });
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->succeeded())
            prefetchContacts();
    });
    return call;
}

void FernandProvider::prefetchContacts()
{
    if (m_contactsPrefetched)
        return;
    m_contactsPrefetched = true;
    auto *call = m_client->listContacts({}, 99);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->succeeded()) {
            m_contactsPrefetched = false; // asked again with the next organizations call
            return;
        }
        for (const FernandContact &c : call->result().items)
            m_knownContacts.insert(c.id, FernandRecordMapping::contact(c));
    });
}

Call<Page<Conversation>> *FernandProvider::listConversations(const QString &, const ListQuery &q)
{
    FernandConversationQuery query;
    // Always Fernand's largest page, whatever the model asks: 20 reads a minute go further.
    query.limit = conversationPageSize;
    query.cursor = q.cursor;
    // By activity unless another order is asked; Fernand has no date filters (DateFilters is not a capability).
    const ConversationQuery &filter = q.conversations;
    query.status = filter.status;
    query.unassigned = filter.assignee == ConversationQuery::Assignee::Unassigned;
    if (filter.assignee == ConversationQuery::Assignee::Agent)
        query.assignedEmail = filter.agentEmail;
    // The query is space-separated terms: a tag is one word.
    query.tag = filter.tag.simplified().remove(QLatin1Char(' '));
    query.keywords = filter.keywords;
    switch (filter.order) {
    case ConversationQuery::Order::Newest: query.order = FernandConversationQuery::Order::Newest; break;
    case ConversationQuery::Order::Priority: query.order = FernandConversationQuery::Order::Priority; break;
    case ConversationQuery::Order::Oldest: query.order = FernandConversationQuery::Order::Oldest; break;
    case ConversationQuery::Order::Longest: query.order = FernandConversationQuery::Order::Longest; break;
    }
    auto *call = m_transport->send<Call<Page<Conversation>>>(FernandRoutes::listConversations(query));
    auto subjects = m_subjects;
    call->setDecoder([subjects](const QJsonValue &json) {
        return mapPage<FernandConversation, Conversation>(json, [subjects](const FernandConversation &c) {
            subjects->insert(c.id, c.subject); // the stream's messages carry none: they show this one
            return FernandRecordMapping::conversation(c);
        });
    });
    return call;
}

Call<Conversation> *FernandProvider::getConversation(const QString &, const QString &conversationId)
{
    auto *call = m_transport->send<Call<Conversation>>(FernandRoutes::getConversation(conversationId));
    call->setDecoder([](const QJsonValue &json) -> Decoded<Conversation> {
        Decoded<FernandConversation> d = FernandConversation::fromJson(json);
        if (!d.ok())
            return Decoded<Conversation>::failure(d.error());
        return FernandRecordMapping::conversation(d.value());
    });
    return call;
}

Call<Page<Message>> *FernandProvider::listMessages(const QString &, const QString &conversationId, const ListQuery &q)
{
    // Pages go backwards: the cursor is the oldest item seen. The docs do not say how the
    // stream ends, so only an empty page does (one more request per thread, never a lost message).
    auto *call = m_transport->send<Call<Page<Message>>>(FernandRoutes::listMessages(conversationId, q.cursor));
    const QString subject = m_subjects->value(conversationId);
    call->setDecoder([conversationId, subject](const QJsonValue &json) -> Decoded<Page<Message>> {
        Decoded<FernandPage<FernandStreamItem>> d = FernandPage<FernandStreamItem>::fromJson(json);
        if (!d.ok())
            return Decoded<Page<Message>>::failure(d.error());
        Page<Message> page;
        page.itemErrors = d.value().itemErrors;
        const FernandStreamItem *oldest = nullptr;
        for (const FernandStreamItem &item : d.value().items) {
            page.items.append(FernandRecordMapping::message(item, conversationId));
            if (item.kind() == FernandStreamItem::Kind::Message)
                page.items.last().subject = subject;
            if (!oldest || (item.timestamp.isValid() && item.timestamp < oldest->timestamp))
                oldest = &item;
        }
        // Sent back as `before`: the first item as listed when no timestamps tell.
        if (oldest) {
            page.nextCursor = oldest->timestamp.isValid() ? oldest->id : d.value().items.constFirst().id;
            page.hasMore = true;
        }
        return page;
    });
    return call;
}

Call<Contact> *FernandProvider::getContact(const QString &, const QString &contactId)
{
    const auto known = m_knownContacts.constFind(contactId);
    if (known != m_knownContacts.constEnd()) {
        auto *local = new Call<Contact>(RequestSpec{}, this);
        const Contact contact = *known;
        local->setDecoder([contact](const QJsonValue &) { return Decoded<Contact>(contact); });
        QMetaObject::invokeMethod(local, [local] { local->completeLocally(200, "{}"); }, Qt::QueuedConnection);
        return local;
    }
    auto *call = m_transport->send<Call<Contact>>(FernandRoutes::getContact(contactId));
    call->setDecoder([](const QJsonValue &json) -> Decoded<Contact> {
        Decoded<FernandContact> d = FernandContact::fromJson(json);
        if (!d.ok())
            return Decoded<Contact>::failure(d.error());
        return FernandRecordMapping::contact(d.value());
    });
    return call;
}

Call<Page<Contact>> *FernandProvider::listContacts(const QString &, const ListQuery &q)
{
    // One page (the docs show no cursor on contacts): the first 99 at most.
    if (!q.cursor.isEmpty())
        return LocalCall::answered<Call<Page<Contact>>>(this, "[]");
    auto *call = m_transport->send<Call<Page<Contact>>>(FernandRoutes::listContacts({}, q.limit > 0 ? q.limit : 99));
    call->setDecoder([](const QJsonValue &json) {
        return mapPage<FernandContact, Contact>(json, &FernandRecordMapping::contact);
    });
    return call;
}

Call<Page<Conversation>> *FernandProvider::listContactConversations(const QString &, const QString &, const ListQuery &)
{
    return LocalCall::answered<Call<Page<Conversation>>>(this, "[]"); // no such route in Fernand's docs
}

Call<Company> *FernandProvider::getCompany(const QString &, const QString &)
{
    return LocalCall::refused<Call<Company>>(this, tr("Fernand has no company records."));
}

Call<Page<Agent>> *FernandProvider::listAgents(const QString &, const ListQuery &q)
{
    if (!q.cursor.isEmpty())
        return LocalCall::answered<Call<Page<Agent>>>(this, "[]");
    auto *call = m_transport->send<Call<Page<Agent>>>(FernandRoutes::listAgents());
    call->setDecoder([](const QJsonValue &json) {
        return mapPage<FernandAgent, Agent>(json, &FernandRecordMapping::agent);
    });
    return call;
}

Call<Page<Sale>> *FernandProvider::listSales(const QString &, const ListQuery &)
{
    return LocalCall::answered<Call<Page<Sale>>>(this, "[]");
}

Call<Page<ResponseDraft>> *FernandProvider::listResponseDrafts(const QString &, const QString &)
{
    // Fernand documents no draft list: a sent reply is recognised in the stream instead.
    return LocalCall::answered<Call<Page<ResponseDraft>>>(this, "[]");
}

Call<ResponseDraftSaveResult> *FernandProvider::saveResponseDraft(const QString &, const QString &conversationId,
                                                                 const ResponseDraftSaveRequest &body)
{
    if (body.autosendDraft) {
        FernandReplyRequest reply;
        reply.content = body.bodyHtml;
        auto *call = m_transport->send<Call<ResponseDraftSaveResult>>(FernandRoutes::reply(conversationId, reply));
        call->setDecoder([conversationId](const QJsonValue &json) -> Decoded<ResponseDraftSaveResult> {
            Decoded<FernandStreamItem> d = FernandStreamItem::fromJson(json);
            if (!d.ok())
                return Decoded<ResponseDraftSaveResult>::failure(d.error());
            ResponseDraftSaveResult r;
            r.responseId = d.value().id;
            r.conversationId = conversationId;
            r.scheduledToSend = true;
            r.scheduledSendAt = d.value().timestamp.isValid() ? d.value().timestamp : QDateTime::currentDateTimeUtc();
            return r;
        });
        return call;
    }
    FernandDraftRequest draft;
    draft.content = body.bodyHtml;
    auto *call = m_transport->send<Call<ResponseDraftSaveResult>>(FernandRoutes::createDraft(conversationId, draft));
    call->setDecoder([conversationId](const QJsonValue &json) -> Decoded<ResponseDraftSaveResult> {
        Decoded<FernandDraft> d = FernandDraft::fromJson(json);
        if (!d.ok())
            return Decoded<ResponseDraftSaveResult>::failure(d.error());
        ResponseDraftSaveResult r;
        r.responseId = d.value().id;
        r.conversationId = conversationId;
        return r;
    });
    connect(call, &ApiCall::finished, this, [this, call, conversationId] {
        if (!call->succeeded() || call->result().responseId.isEmpty())
            return;
        const QString previous = m_savedDrafts.value(conversationId);
        m_savedDrafts.insert(conversationId, call->result().responseId);
        if (!previous.isEmpty())
            m_client->deleteDraft(conversationId, previous); // replaced: no draft update route
    });
    return call;
}

EmptyCall *FernandProvider::deleteResponseDraft(const QString &, const QString &conversationId,
                                                const QString &responseId)
{
    if (m_savedDrafts.value(conversationId) == responseId)
        m_savedDrafts.remove(conversationId);
    return m_client->deleteDraft(conversationId, responseId);
}

Call<Page<MessageDraft>> *FernandProvider::listMessageDrafts(const QString &, const ListQuery &)
{
    return LocalCall::answered<Call<Page<MessageDraft>>>(this, "[]");
}

Call<MessageDraftCreateResult> *FernandProvider::createMessageDraft(const QString &, const MessageDraftCreateRequest &)
{
    return LocalCall::refused<Call<MessageDraftCreateResult>>(this, tr("Fernand accounts cannot start new conversations here."));
}

EmptyCall *FernandProvider::deleteMessageDraft(const QString &, const QString &)
{
    return LocalCall::refused<EmptyCall>(this, tr("Fernand accounts have no message drafts."));
}

Call<Conversation> *FernandProvider::updateConversation(const QString &, const QString &conversationId,
                                                        const ConversationUpdate &update)
{
    FernandConversationUpdate body;
    if (update.status)
        body.status = FernandRecordMapping::statusFor(*update.status);
    if (update.snoozeUntil) {
        body.snoozeUntil = *update.snoozeUntil;
        if (update.snoozeUntil->isValid() && !update.status)
            body.status = QStringLiteral("SNOOZED");
    }
    if (update.assigneeId)
        body.agentId = *update.assigneeId;
    auto *call = m_transport->send<Call<Conversation>>(FernandRoutes::updateConversation(conversationId, body));
    call->setDecoder([](const QJsonValue &json) -> Decoded<Conversation> {
        Decoded<FernandConversation> d = FernandConversation::fromJson(json);
        if (!d.ok())
            return Decoded<Conversation>::failure(d.error());
        return FernandRecordMapping::conversation(d.value());
    });
    return call;
}

Call<AgentDraft> *FernandProvider::createAgentDraft(const QString &, const QString &conversationId,
                                                   const AgentDraftRequest &body)
{
    FernandDraftRequest draft;
    draft.content = body.contentHtml;
    draft.title = body.title;
    draft.authorId = body.authorAgentId;
    draft.targetId = body.targetAgentId;
    if (const QString why = draft.validationError(); !why.isEmpty())
        return LocalCall::refused<Call<AgentDraft>>(this, why);
    if (draft.authorId.isEmpty())
        return LocalCall::refused<Call<AgentDraft>>(this, tr("Choose who the draft is from."));
    // A POST that creates a record: the Transport never repeats it on its own.
    auto *call = m_transport->send<Call<AgentDraft>>(FernandRoutes::createDraft(conversationId, draft));
    call->setDecoder([conversationId, body](const QJsonValue &json) -> Decoded<AgentDraft> {
        Decoded<FernandDraft> d = FernandDraft::fromJson(json);
        if (!d.ok())
            return Decoded<AgentDraft>::failure(d.error());
        AgentDraft out;
        out.id = d.value().id;
        out.conversationId = d.value().conversationId.isEmpty() ? conversationId : d.value().conversationId;
        // Every answer field is nullable: what was asked stands in for what is missing.
        out.title = d.value().title.isEmpty() ? body.title : d.value().title;
        out.authorAgentId = d.value().authorId.isEmpty() ? body.authorAgentId : d.value().authorId;
        out.targetAgentId = d.value().targetId.isEmpty() ? body.targetAgentId : d.value().targetId;
        out.createdAt = d.value().created.isValid() ? d.value().created : QDateTime::currentDateTimeUtc();
        return out;
    });
    return call;
}

EmptyCall *FernandProvider::deleteAgentDraft(const QString &, const QString &conversationId, const QString &draftId)
{
    return m_client->deleteDraft(conversationId, draftId);
}

} // namespace repdesk
