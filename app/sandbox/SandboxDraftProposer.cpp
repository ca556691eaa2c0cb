#include "SandboxDraftProposer.h"

#include "DemoReplyWriter.h"
#include "DemoReviewQueue.h"
#include "ResponseDraftStore.h"
#include "SandboxActivity.h"
#include "SandboxContext.h"

namespace repdesk {

namespace {
QString text(const std::optional<QVariantMap> &row, const char *column)
{
    return row ? row->value(QLatin1String(column)).toString() : QString();
}
} // namespace

std::optional<QVariantMap> SandboxDraftProposer::randomConversation(const QString &from, const QVariantList &binds)
{
    SandboxDatabase &db = m_context.db();
    const qint64 count = db.scalar(QStringLiteral("SELECT COUNT(*) ") + from, binds).toLongLong();
    if (count == 0)
        return std::nullopt;
    QVariantList pageBinds = binds;
    pageBinds.append(qint64(m_context.random().bounded(count)));
    return db.row(QStringLiteral("SELECT c.* ") + from + QStringLiteral(" ORDER BY c.id LIMIT 1 OFFSET ?"), pageBinds);
}

std::optional<QVariantMap> SandboxDraftProposer::pickConversation()
{
    const QString orgId = text(m_context.organizationsOf(SandboxTenant::First).value(0), "id");
    // Now and then HyperRep rewrites a draft already waiting for review, so a queue sees changes too.
    if (m_context.random().bounded(3) == 0) {
        if (auto waiting = randomConversation(QStringLiteral("FROM conversations c JOIN response_drafts d ON d.conversation_id = c.id"
                                                             " WHERE c.org_id = ? AND d.state = 'pending'"), {orgId}))
            return waiting;
    }
    return randomConversation(QStringLiteral("FROM conversations c WHERE c.org_id = ? AND c.folder <> 'spam' AND NOT EXISTS"
                                             " (SELECT 1 FROM response_drafts d WHERE d.conversation_id = c.id"
                                             " AND d.state = 'sending')"), {orgId});
}

QString SandboxDraftProposer::colleagueEmail(const QString &organizationId, const QString &agentId)
{
    const auto rows = m_context.db().rows(QStringLiteral("SELECT email FROM agents WHERE org_id = ? AND id <> ? ORDER BY position"),
                                          {organizationId, agentId});
    return rows.isEmpty() ? QString() : text(rows.at(int(m_context.random().bounded(quint32(rows.size())))), "email");
}

QString SandboxDraftProposer::propose(const QString &conversationId)
{
    SandboxDatabase &db = m_context.db();
    const auto conversation = conversationId.isEmpty()
        ? pickConversation()
        : db.row(QStringLiteral("SELECT * FROM conversations WHERE id = ?"), {conversationId});
    if (!conversation)
        return {};
    const QString id = text(conversation, "id");
    ResponseDraftStore store(m_context);
    const auto existing = store.current(id);
    if (text(existing, "state") == QLatin1String("sending"))
        return {};

    const QString messageId = SandboxActivity(m_context).addInbound(id);
    const QString orgId = text(conversation, "org_id");
    const QString agentId = text(conversation, "agent_id");
    DemoReplyWriter::Request request;
    request.contactName = db.scalar(QStringLiteral("SELECT name FROM contacts WHERE id = ?"),
                                    {conversation->value(QStringLiteral("contact_id"))}).toString();
    request.agentName = db.scalar(QStringLiteral("SELECT name FROM agents WHERE id = ?"), {agentId}).toString();
    request.organizationName = db.scalar(QStringLiteral("SELECT name FROM organizations WHERE id = ?"), {orgId}).toString();
    request.topic = db.metaValue(DemoReviewQueue::topicKey(orgId)).toInt();
    request.modality = SandboxActivity::replyModality(text(conversation, "modality"));
    request.inbound = db.scalar(QStringLiteral("SELECT content FROM messages WHERE id = ?"), {messageId}).toString();

    ResponseDraftStore::Draft draft;
    draft.bodyHtml = DemoReplyWriter(m_context.random()).write(request);
    draft.addNotification = true;
    if (existing) {
        // Whoever the agent already copied in stays copied in.
        draft.ccEmails = ResponseDraftStore::emails(existing->value(QStringLiteral("cc_emails")));
        draft.bccEmails = ResponseDraftStore::emails(existing->value(QStringLiteral("bcc_emails")));
    } else if (request.modality == QLatin1String("email") && m_context.random().bounded(4) == 0) {
        const QString colleague = colleagueEmail(orgId, agentId);
        if (!colleague.isEmpty())
            draft.ccEmails.append(colleague);
    }
    return store.save(orgId, id, draft, agentId, ResponseDraftStore::Author::HyperRep).id;
}

bool SandboxDraftProposer::overwrite(const QString &conversationId, const QString &bodyHtml)
{
    const auto conversation = m_context.db().row(QStringLiteral("SELECT * FROM conversations WHERE id = ?"), {conversationId});
    if (!conversation)
        return false;
    ResponseDraftStore store(m_context);
    const auto existing = store.current(conversationId);
    ResponseDraftStore::Draft draft;
    draft.bodyHtml = bodyHtml;
    if (existing) {
        draft.ccEmails = ResponseDraftStore::emails(existing->value(QStringLiteral("cc_emails")));
        draft.bccEmails = ResponseDraftStore::emails(existing->value(QStringLiteral("bcc_emails")));
        draft.addNotification = existing->value(QStringLiteral("add_notification")).toBool();
    }
    const QString orgId = text(conversation, "org_id");
    return !store.save(orgId, conversationId, draft, m_context.defaultAgentId(orgId)).refused;
}

} // namespace repdesk
