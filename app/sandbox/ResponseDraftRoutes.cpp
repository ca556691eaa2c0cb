#include "ResponseDraftRoutes.h"

#include "ResponseDraftStore.h"
#include "SandboxAuditTrail.h"
#include "SandboxContext.h"
#include "SandboxPageQuery.h"
#include "SandboxRecordJson.h"
#include "SandboxRoutePaths.h"
#include "SandboxRouter.h"
#include "SandboxTime.h"
#include "SandboxValidator.h"

#include <QJsonArray>

namespace repdesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT d.*, c.name AS recipient_name, c.email AS recipient_email, c.phone_number AS recipient_phone_number"
    " FROM response_drafts d JOIN conversations v ON v.id = d.conversation_id"
    " LEFT JOIN contacts c ON c.id = v.contact_id");
const QString kRecordType = QStringLiteral("response_draft");
} // namespace

void ResponseDraftRoutes::registerRoutes(SandboxRouter &router)
{
    const QString collection = SandboxRoutePaths::organization(QStringLiteral("/conversations/{conversation_id}/response-drafts"));
    const QString item = collection + QStringLiteral("/{response_id}");
    router.add(QStringLiteral("GET"), collection, [this](const SandboxRequest &r) { return list(r); });
    router.add(QStringLiteral("POST"), collection, [this](const SandboxRequest &r) { return save(r); });
    router.add(QStringLiteral("GET"), item, [this](const SandboxRequest &r) { return detail(r); });
    router.add(QStringLiteral("DELETE"), item, [this](const SandboxRequest &r) { return remove(r); });
}

QVariantMap ResponseDraftRoutes::withRecipient(const QVariantMap &draft) const
{
    return m_context.db().row(kSelect + QStringLiteral(" WHERE d.id = ?"), {draft.value(QStringLiteral("id"))})
        .value_or(draft);
}

SandboxResponse ResponseDraftRoutes::list(const SandboxRequest &request)
{
    SandboxPageQuery page = SandboxPageQuery::parse(request, 25);
    if (page.error)
        return *page.error;
    const QString orgId = request.param(QStringLiteral("organization_id"));
    const QString conversationId = request.param(QStringLiteral("conversation_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    if (!m_context.conversation(orgId, conversationId))
        return SandboxResponse::notFound(QStringLiteral("Conversation not found"));
    if (auto problem = page.resolve({QStringLiteral("response_drafts"), orgId, conversationId}))
        return *problem;
    QVariantList binds{conversationId};
    const QString sql = kSelect + QStringLiteral(" WHERE d.conversation_id = ? AND d.state IN ('pending', 'sending')")
        + page.dateClause(QStringLiteral("d.created_at"), &binds)
        + QStringLiteral(" ORDER BY d.created_at DESC, d.id") + page.limitClause();
    return SandboxResponse::json(page.page(m_context.db().rows(sql, binds), &SandboxRecordJson::responseDraft));
}

std::optional<QVariantMap> ResponseDraftRoutes::findDraft(const SandboxRequest &request, SandboxResponse *error) const
{
    const QString orgId = request.param(QStringLiteral("organization_id"));
    const QString conversationId = request.param(QStringLiteral("conversation_id"));
    const QString draftId = request.param(QStringLiteral("response_id"));
    if (!m_context.organization(orgId)) {
        *error = SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
        return std::nullopt;
    }
    if (!m_context.conversation(orgId, conversationId)) {
        *error = SandboxResponse::notFound(QStringLiteral("Conversation not found"));
        return std::nullopt;
    }
    SandboxDatabase &db = m_context.db();
    const auto draft = db.row(QStringLiteral("SELECT * FROM response_drafts WHERE id = ? AND conversation_id = ?"),
                              {draftId, conversationId});
    if (draft && draft->value(QStringLiteral("state")) == QLatin1String("promoted")) {
        const QString route = SandboxRoutePaths::messageRoute(orgId, conversationId,
                                                             draft->value(QStringLiteral("message_id")).toString());
        *error = SandboxResponse::notFound(
            QStringLiteral("Response draft was sent and promoted to a message; use GET %1").arg(route));
        return std::nullopt;
    }
    if (draft && draft->value(QStringLiteral("state")) != QLatin1String("deleted"))
        return draft;
    if (db.row(QStringLiteral("SELECT id FROM message_drafts WHERE id = ? AND org_id = ?"), {draftId, orgId})) {
        *error = SandboxResponse::notFound(
            QStringLiteral("This id belongs to a message draft, not a response draft; use GET %1")
                .arg(SandboxRoutePaths::messageDraftRoute(orgId, draftId)));
        return std::nullopt;
    }
    *error = SandboxResponse::notFound(QStringLiteral("Response draft not found"));
    return std::nullopt;
}

SandboxResponse ResponseDraftRoutes::detail(const SandboxRequest &request)
{
    SandboxResponse error;
    const auto draft = findDraft(request, &error);
    if (!draft)
        return error;
    return SandboxResponse::json(SandboxRecordJson::responseDraft(withRecipient(*draft)));
}

SandboxResponse ResponseDraftRoutes::remove(const SandboxRequest &request)
{
    SandboxResponse error;
    const auto draft = findDraft(request, &error);
    if (!draft)
        return error;
    if (draft->value(QStringLiteral("state")) == QLatin1String("sending"))
        return SandboxResponse::badRequest(QStringLiteral("Response draft is currently sending"));
    const QString id = draft->value(QStringLiteral("id")).toString();
    m_context.db().exec(QStringLiteral("UPDATE response_drafts SET state = 'deleted' WHERE id = ?"), {id});
    SandboxAuditTrail::append(m_context, draft->value(QStringLiteral("org_id")).toString(),
                              draft->value(QStringLiteral("agent_id")).toString(), QStringLiteral("delete"),
                              kRecordType, id, QJsonArray());
    return SandboxResponse::noContent();
}

SandboxResponse ResponseDraftRoutes::save(const SandboxRequest &request)
{
    SandboxResponse bodyError;
    const auto body = request.jsonObject(&bodyError);
    if (!body)
        return bodyError;
    SandboxValidator validator(*body);
    const QString bodyHtml = validator.requiredString(QStringLiteral("body_html"));
    const QStringList cc = validator.emailList(QStringLiteral("cc_emails"));
    const QStringList bcc = validator.emailList(QStringLiteral("bcc_emails"));
    const bool autosend = validator.optionalBool(QStringLiteral("autosend_draft"));
    const bool notify = validator.optionalBool(QStringLiteral("add_notification"));
    if (!validator.ok())
        return validator.response();

    const QString orgId = request.param(QStringLiteral("organization_id"));
    const QString conversationId = request.param(QStringLiteral("conversation_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    if (!m_context.conversation(orgId, conversationId))
        return SandboxResponse::notFound(QStringLiteral("Conversation not found"));
    if (autosend && notify)
        return SandboxResponse::badRequest(QStringLiteral("autosend_draft and add_notification are mutually exclusive; set add_notification=false when autosend_draft=true"));

    const auto saved = ResponseDraftStore(m_context).save(orgId, conversationId, {bodyHtml, cc, bcc, autosend, notify},
                                                          m_context.defaultAgentId(orgId));
    if (saved.refused)
        return SandboxResponse::badRequest(QStringLiteral("Response draft is currently sending"));
    return SandboxResponse::json(QJsonObject{{QStringLiteral("response_id"), saved.id},
                                             {QStringLiteral("conversation_id"), conversationId},
                                             {QStringLiteral("scheduled_to_send"), autosend},
                                             {QStringLiteral("scheduled_send_at"), SandboxTime::json(saved.scheduledSendAt)}});
}

} // namespace repdesk
