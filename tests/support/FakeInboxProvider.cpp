#include "FakeInboxProvider.h"

#include "Records.h"

#include <QJsonDocument>
#include <QTimer>

namespace repdesk::test {

FakeInboxProvider::FakeInboxProvider(QObject *parent) : InboxProvider(parent) {}

void FakeInboxProvider::script(const QString &route, const Answer &answer)
{
    m_scripts[route].enqueue(answer);
}

void FakeInboxProvider::setDefault(const QString &route, const Answer &answer)
{
    m_defaults.insert(route, answer);
}

int FakeInboxProvider::callCount(const QString &route) const
{
    int n = 0;
    for (const QString &c : m_calls)
        if (c == route || c.startsWith(route + QLatin1Char(' ')))
            ++n;
    return n;
}

FakeInboxProvider::Answer FakeInboxProvider::json(const QJsonObject &body, int status)
{
    Answer a;
    a.status = status;
    a.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return a;
}

FakeInboxProvider::Answer FakeInboxProvider::page(const QJsonArray &items, const QString &nextCursor)
{
    QJsonObject pagination{{QStringLiteral("limit"), 100},
                           {QStringLiteral("cursor"), QJsonValue::Null},
                           {QStringLiteral("next_cursor"), nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                : QJsonValue(nextCursor)},
                           {QStringLiteral("has_more"), !nextCursor.isEmpty()}};
    return json(QJsonObject{{QStringLiteral("data"), items}, {QStringLiteral("pagination"), pagination}});
}

FakeInboxProvider::Answer FakeInboxProvider::status(int status, const QString &detail)
{
    Answer a;
    a.status = status;
    if (!detail.isEmpty())
        a.body = QJsonDocument(QJsonObject{{QStringLiteral("detail"), detail}}).toJson(QJsonDocument::Compact);
    return a;
}

FakeInboxProvider::Answer FakeInboxProvider::network(const QString &why)
{
    Answer a;
    a.status = 0;
    a.failure = ApiError(ApiError::Kind::Network, why);
    return a;
}

FakeInboxProvider::Answer FakeInboxProvider::next(const QString &route, const Answer &fallback)
{
    auto it = m_scripts.find(route);
    if (it != m_scripts.end() && !it->isEmpty())
        return it->dequeue();
    return m_defaults.value(route, fallback);
}

template<typename CallType>
CallType *FakeInboxProvider::answer(const QString &route, const QStringList &args, const Answer &fallback)
{
    QStringList parts{route};
    for (const QString &arg : args)
        if (!arg.isEmpty())
            parts.append(arg);
    m_calls.append(parts.join(QLatin1Char(' ')));
    RequestSpec spec;
    spec.path = QStringList{route};
    auto *call = new CallType(spec, this);
    const Answer a = next(route, fallback);
    QTimer::singleShot(a.delayMs, call, [this, call, a] {
        if (a.failure.isError()) {
            call->failLocally(a.failure);
            Q_EMIT callFailed(a.failure);
            return;
        }
        call->completeLocally(a.status, a.body);
        // Read the outcome before the call deletes itself (later, from the event loop).
        if (call->succeeded())
            Q_EMIT callSucceeded();
        else if (call->error().kind() != ApiError::Kind::Cancelled)
            Q_EMIT callFailed(call->error());
    });
    return call;
}

namespace {
FakeInboxProvider::Answer emptyPage()
{
    return FakeInboxProvider::page({});
}
FakeInboxProvider::Answer notFound()
{
    return FakeInboxProvider::status(404, QStringLiteral("Not found"));
}
FakeInboxProvider::Answer noContent()
{
    return FakeInboxProvider::status(204);
}
} // namespace

Call<Page<Organization>> *FakeInboxProvider::listOrganizations()
{
    return answer<Call<Page<Organization>>>(QStringLiteral("listOrganizations"), {}, emptyPage());
}

Call<Page<Conversation>> *FakeInboxProvider::listConversations(const QString &org, const ListQuery &q)
{
    return answer<Call<Page<Conversation>>>(QStringLiteral("listConversations"), {org, q.cursor}, emptyPage());
}

Call<Conversation> *FakeInboxProvider::getConversation(const QString &org, const QString &conversationId)
{
    return answer<Call<Conversation>>(QStringLiteral("getConversation"), {org, conversationId}, notFound());
}

Call<Page<Message>> *FakeInboxProvider::listMessages(const QString &org, const QString &conversationId,
                                                     const ListQuery &q)
{
    return answer<Call<Page<Message>>>(QStringLiteral("listMessages"), {org, conversationId, q.cursor}, emptyPage());
}

Call<Contact> *FakeInboxProvider::getContact(const QString &org, const QString &contactId)
{
    return answer<Call<Contact>>(QStringLiteral("getContact"), {org, contactId}, notFound());
}

Call<Page<Contact>> *FakeInboxProvider::listContacts(const QString &org, const ListQuery &q)
{
    return answer<Call<Page<Contact>>>(QStringLiteral("listContacts"), {org, q.cursor}, emptyPage());
}

Call<Page<Conversation>> *FakeInboxProvider::listContactConversations(const QString &org, const QString &contactId,
                                                                       const ListQuery &q)
{
    return answer<Call<Page<Conversation>>>(QStringLiteral("listContactConversations"), {org, contactId, q.cursor},
                                            emptyPage());
}

Call<Company> *FakeInboxProvider::getCompany(const QString &org, const QString &companyId)
{
    return answer<Call<Company>>(QStringLiteral("getCompany"), {org, companyId}, notFound());
}

Call<Page<Agent>> *FakeInboxProvider::listAgents(const QString &org, const ListQuery &q)
{
    return answer<Call<Page<Agent>>>(QStringLiteral("listAgents"), {org, q.cursor}, emptyPage());
}

Call<Page<Sale>> *FakeInboxProvider::listSales(const QString &org, const ListQuery &q)
{
    return answer<Call<Page<Sale>>>(QStringLiteral("listSales"), {org, q.cursor}, emptyPage());
}

Call<Page<ResponseDraft>> *FakeInboxProvider::listResponseDrafts(const QString &org, const QString &conversationId)
{
    return answer<Call<Page<ResponseDraft>>>(QStringLiteral("listResponseDrafts"), {org, conversationId}, emptyPage());
}

Call<ResponseDraftSaveResult> *FakeInboxProvider::saveResponseDraft(const QString &org, const QString &conversationId,
                                                                    const ResponseDraftSaveRequest &)
{
    return answer<Call<ResponseDraftSaveResult>>(QStringLiteral("saveResponseDraft"), {org, conversationId},
                                                 status(500, QStringLiteral("not scripted")));
}

EmptyCall *FakeInboxProvider::deleteResponseDraft(const QString &org, const QString &conversationId,
                                                  const QString &responseId)
{
    return answer<EmptyCall>(QStringLiteral("deleteResponseDraft"), {org, conversationId, responseId}, noContent());
}

Call<Page<MessageDraft>> *FakeInboxProvider::listMessageDrafts(const QString &org, const ListQuery &q)
{
    return answer<Call<Page<MessageDraft>>>(QStringLiteral("listMessageDrafts"), {org, q.cursor}, emptyPage());
}

Call<MessageDraftCreateResult> *FakeInboxProvider::createMessageDraft(const QString &org,
                                                                      const MessageDraftCreateRequest &)
{
    return answer<Call<MessageDraftCreateResult>>(QStringLiteral("createMessageDraft"), {org},
                                                  status(500, QStringLiteral("not scripted")));
}

EmptyCall *FakeInboxProvider::deleteMessageDraft(const QString &org, const QString &draftId)
{
    return answer<EmptyCall>(QStringLiteral("deleteMessageDraft"), {org, draftId}, noContent());
}

} // namespace repdesk::test
