#include "FernandRoutes.h"

#include "FernandConversationQuery.h"
#include "FernandConversationUpdate.h"
#include "FernandDraftRequest.h"
#include "FernandReplyRequest.h"

#include <QJsonDocument>

namespace repdesk {

namespace {
const QString kConversations = QStringLiteral("conversations");

RequestSpec get(QStringList path)
{
    RequestSpec spec;
    spec.path = std::move(path);
    return spec;
}

RequestSpec write(const QByteArray &method, QStringList path, const QJsonObject &body, RequestSpec::Retry retry)
{
    RequestSpec spec;
    spec.method = method;
    spec.path = std::move(path);
    spec.jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.retry = retry;
    return spec;
}
} // namespace

RequestSpec FernandRoutes::listConversations(const FernandConversationQuery &q)
{
    RequestSpec spec = get({kConversations});
    q.applyTo(spec);
    return spec;
}

RequestSpec FernandRoutes::getConversation(const QString &id)
{
    return get({kConversations, id});
}

RequestSpec FernandRoutes::updateConversation(const QString &id, const FernandConversationUpdate &body)
{
    // Setting a status, snooze or assignee twice leaves the same state: safe to retry.
    return write("PATCH", {kConversations, id}, body.toJson(), RequestSpec::Retry::Idempotent);
}

RequestSpec FernandRoutes::listMessages(const QString &conversationId, const QString &before)
{
    RequestSpec spec = get({kConversations, conversationId, QStringLiteral("messages")});
    spec.addQuery(QStringLiteral("before"), before);
    return spec;
}

RequestSpec FernandRoutes::reply(const QString &conversationId, const FernandReplyRequest &body)
{
    return write("POST", {kConversations, conversationId, QStringLiteral("reply")}, body.toJson(),
                 RequestSpec::Retry::OnlyIfNotProcessed);
}

RequestSpec FernandRoutes::createDraft(const QString &conversationId, const FernandDraftRequest &body)
{
    return write("POST", {kConversations, conversationId, QStringLiteral("drafts")}, body.toJson(),
                 RequestSpec::Retry::OnlyIfNotProcessed);
}

RequestSpec FernandRoutes::deleteDraft(const QString &conversationId, const QString &draftId)
{
    RequestSpec spec;
    spec.method = "DELETE";
    spec.path = {kConversations, conversationId, QStringLiteral("drafts"), draftId};
    return spec;
}

RequestSpec FernandRoutes::listContacts(const QString &query, int limit)
{
    RequestSpec spec = get({QStringLiteral("contacts")});
    spec.addQuery(QStringLiteral("query"), query);
    if (limit > 0)
        spec.addQuery(QStringLiteral("limit"), qBound(1, limit, 99));
    return spec;
}

RequestSpec FernandRoutes::getContact(const QString &id)
{
    return get({QStringLiteral("contacts"), id});
}

RequestSpec FernandRoutes::listAgents()
{
    return get({QStringLiteral("agents")});
}

} // namespace repdesk
