#include "ConversationRoutes.h"

#include "SandboxContext.h"
#include "SandboxPageQuery.h"
#include "SandboxRecordJson.h"
#include "SandboxRoutePaths.h"
#include "SandboxRouter.h"

namespace repdesk {

void ConversationRoutes::registerRoutes(SandboxRouter &router)
{
    const QString get = QStringLiteral("GET");
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/conversations")),
               [this](const SandboxRequest &r) { return list(r, Scope::Organization); });
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/contacts/{contact_id}/conversations")),
               [this](const SandboxRequest &r) { return list(r, Scope::Contact); });
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/agents/{agent_id}/conversations")),
               [this](const SandboxRequest &r) { return list(r, Scope::Agent); });
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/conversations/{conversation_id}")),
               [this](const SandboxRequest &r) { return conversation(r); });
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/conversations/{conversation_id}/messages")),
               [this](const SandboxRequest &r) { return messages(r); });
    router.add(get, SandboxRoutePaths::organization(QStringLiteral("/conversations/{conversation_id}/messages/{message_id}")),
               [this](const SandboxRequest &r) { return message(r); });
}

SandboxResponse ConversationRoutes::list(const SandboxRequest &request, Scope scope)
{
    SandboxPageQuery page = SandboxPageQuery::parse(request, 25);
    if (page.error)
        return *page.error;
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    SandboxDatabase &db = m_context.db();
    QString sql = QStringLiteral("SELECT * FROM conversations WHERE org_id = ?");
    QVariantList binds{orgId};
    QStringList collection{QStringLiteral("conversations"), orgId};
    if (scope == Scope::Contact) {
        const QString contactId = request.param(QStringLiteral("contact_id"));
        if (!db.row(QStringLiteral("SELECT id FROM contacts WHERE id = ? AND org_id = ?"), {contactId, orgId}))
            return SandboxResponse::notFound(QStringLiteral("Invalid contact_id"));
        sql += QStringLiteral(" AND contact_id = ?");
        binds.append(contactId);
        collection << QStringLiteral("contact") << contactId;
    } else if (scope == Scope::Agent) {
        const QString agentId = request.param(QStringLiteral("agent_id"));
        if (!db.row(QStringLiteral("SELECT id FROM agents WHERE id = ? AND org_id = ?"), {agentId, orgId}))
            return SandboxResponse::notFound(QStringLiteral("Agent not found"));
        sql += QStringLiteral(" AND agent_id = ?");
        binds.append(agentId);
        collection << QStringLiteral("agent") << agentId;
    }
    if (auto problem = page.resolve(collection))
        return *problem;
    sql += page.dateClause(QStringLiteral("last_activity_at"), &binds);
    sql += QStringLiteral(" ORDER BY last_activity_at DESC, id") + page.limitClause();
    return SandboxResponse::json(page.page(db.rows(sql, binds), &SandboxRecordJson::conversation));
}

SandboxResponse ConversationRoutes::conversation(const SandboxRequest &request)
{
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    const auto row = m_context.conversation(orgId, request.param(QStringLiteral("conversation_id")));
    if (!row)
        return SandboxResponse::notFound(QStringLiteral("Conversation not found"));
    return SandboxResponse::json(SandboxRecordJson::conversation(*row));
}

SandboxResponse ConversationRoutes::messages(const SandboxRequest &request)
{
    SandboxPageQuery page = SandboxPageQuery::parse(request, 50);
    if (page.error)
        return *page.error;
    const QString orgId = request.param(QStringLiteral("organization_id"));
    const QString conversationId = request.param(QStringLiteral("conversation_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    if (!m_context.conversation(orgId, conversationId))
        return SandboxResponse::notFound(QStringLiteral("Conversation not found"));
    if (auto problem = page.resolve({QStringLiteral("messages"), orgId, conversationId}))
        return *problem;
    QVariantList binds{conversationId};
    const QString sql = QStringLiteral("SELECT * FROM messages WHERE conversation_id = ?")
        + page.dateClause(QStringLiteral("COALESCE(sent_at, drafted_at)"), &binds)
        + QStringLiteral(" ORDER BY COALESCE(sent_at, drafted_at), rowid") + page.limitClause();
    return SandboxResponse::json(page.page(m_context.db().rows(sql, binds), &SandboxRecordJson::message));
}

SandboxResponse ConversationRoutes::message(const SandboxRequest &request)
{
    const QString orgId = request.param(QStringLiteral("organization_id"));
    const QString conversationId = request.param(QStringLiteral("conversation_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    if (!m_context.conversation(orgId, conversationId))
        return SandboxResponse::notFound(QStringLiteral("Conversation not found"));
    const auto row = m_context.db().row(QStringLiteral("SELECT * FROM messages WHERE id = ? AND conversation_id = ?"),
                                        {request.param(QStringLiteral("message_id")), conversationId});
    if (!row)
        return SandboxResponse::notFound(QStringLiteral("Message not found"));
    return SandboxResponse::json(SandboxRecordJson::message(*row));
}

} // namespace repdesk
