#include "MessageDraftRoutes.h"

#include "DraftPromoter.h"
#include "SandboxAuditTrail.h"
#include "SandboxContext.h"
#include "SandboxPageQuery.h"
#include "SandboxRecordJson.h"
#include "SandboxRoutePaths.h"
#include "SandboxRouter.h"
#include "SandboxTime.h"
#include "SandboxValidator.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace repdesk {

namespace {
const QString kRecordType = QStringLiteral("message_draft");
}

void MessageDraftRoutes::registerRoutes(SandboxRouter &router)
{
    const QString collection = SandboxRoutePaths::organization(QStringLiteral("/message-drafts"));
    const QString item = collection + QStringLiteral("/{draft_id}");
    router.add(QStringLiteral("GET"), collection, [this](const SandboxRequest &r) { return list(r); });
    router.add(QStringLiteral("POST"), collection, [this](const SandboxRequest &r) { return create(r); });
    router.add(QStringLiteral("GET"), item, [this](const SandboxRequest &r) { return detail(r); });
    router.add(QStringLiteral("DELETE"), item, [this](const SandboxRequest &r) { return remove(r); });
}

QString MessageDraftRoutes::slugify(const QString &folder)
{
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    QString slug = folder.toLower().replace(separators, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("drafts") : slug;
}

SandboxResponse MessageDraftRoutes::list(const SandboxRequest &request)
{
    SandboxPageQuery page = SandboxPageQuery::parse(request, 25);
    if (page.error)
        return *page.error;
    const QString orgId = request.param(QStringLiteral("organization_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    QString sql = QStringLiteral("SELECT * FROM message_drafts WHERE org_id = ? AND state IN ('pending', 'sending')");
    QVariantList binds{orgId};
    QStringList collection{QStringLiteral("message_drafts"), orgId};
    if (request.hasQuery(QStringLiteral("folder"))) {
        const QString folder = slugify(request.queryValue(QStringLiteral("folder")));
        sql += QStringLiteral(" AND folder = ?");
        binds.append(folder);
        collection << QStringLiteral("folder") << folder;
    }
    if (auto problem = page.resolve(collection))
        return *problem;
    sql += page.dateClause(QStringLiteral("created_at"), &binds)
        + QStringLiteral(" ORDER BY created_at DESC, id") + page.limitClause();
    return SandboxResponse::json(page.page(m_context.db().rows(sql, binds), &SandboxRecordJson::messageDraft));
}

SandboxResponse MessageDraftRoutes::detail(const SandboxRequest &request)
{
    const QString orgId = request.param(QStringLiteral("organization_id"));
    const QString draftId = request.param(QStringLiteral("draft_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    SandboxDatabase &db = m_context.db();
    const auto row = db.row(QStringLiteral("SELECT * FROM message_drafts WHERE id = ? AND org_id = ?"), {draftId, orgId});
    if (row && row->value(QStringLiteral("state")) == QLatin1String("sent"))
        return SandboxResponse::notFound(QStringLiteral("Message draft was already sent"));
    if (row && row->value(QStringLiteral("state")) != QLatin1String("deleted"))
        return SandboxResponse::json(SandboxRecordJson::messageDraft(*row));
    const auto response = db.row(QStringLiteral("SELECT conversation_id FROM response_drafts WHERE id = ? AND org_id = ?"),
                                 {draftId, orgId});
    if (response) {
        return SandboxResponse::notFound(
            QStringLiteral("This id belongs to a response draft, not a message draft; use GET %1")
                .arg(SandboxRoutePaths::responseDraftRoute(orgId, response->value(QStringLiteral("conversation_id")).toString(),
                                                           draftId)));
    }
    return SandboxResponse::notFound(QStringLiteral("Message draft not found"));
}

SandboxResponse MessageDraftRoutes::remove(const SandboxRequest &request)
{
    const QString orgId = request.param(QStringLiteral("organization_id"));
    const QString draftId = request.param(QStringLiteral("draft_id"));
    if (!m_context.organization(orgId))
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    const auto row = m_context.db().row(QStringLiteral("SELECT * FROM message_drafts WHERE id = ? AND org_id = ?"
                                                       " AND state IN ('pending', 'sending')"), {draftId, orgId});
    if (!row)
        return SandboxResponse::notFound(QStringLiteral("Message draft not found"));
    if (row->value(QStringLiteral("state")) == QLatin1String("sending"))
        return SandboxResponse::badRequest(QStringLiteral("Message draft is currently sending"));
    m_context.db().exec(QStringLiteral("UPDATE message_drafts SET state = 'deleted' WHERE id = ?"), {draftId});
    SandboxAuditTrail::append(m_context, orgId, row->value(QStringLiteral("agent_id")).toString(),
                              QStringLiteral("delete"), kRecordType, draftId, QJsonArray());
    return SandboxResponse::noContent();
}

SandboxResponse MessageDraftRoutes::create(const SandboxRequest &request)
{
    SandboxResponse bodyError;
    const auto body = request.jsonObject(&bodyError);
    if (!body)
        return bodyError;
    SandboxValidator validator(*body);
    const QString modality = validator.requiredString(QStringLiteral("modality"));
    const QString subject = validator.optionalString(QStringLiteral("subject"));
    const QString bodyHtml = validator.optionalString(QStringLiteral("body_html"));
    const QString toName = validator.optionalString(QStringLiteral("to_user_name"));
    const QString toEmail = validator.optionalEmail(QStringLiteral("to_email"));
    const QString toPhone = validator.optionalString(QStringLiteral("to_phone_number")).trimmed();
    const QStringList cc = validator.emailList(QStringLiteral("cc_emails"));
    const QStringList bcc = validator.emailList(QStringLiteral("bcc_emails"));
    const bool autosend = validator.optionalBool(QStringLiteral("autosend_draft"));
    const bool notify = validator.optionalBool(QStringLiteral("add_notification"));
    const QString folder = slugify(validator.optionalString(QStringLiteral("folder")));
    const bool email = modality == QLatin1String("email");
    const bool text = modality == QLatin1String("text");
    if (!modality.isEmpty() && !email && !text) {
        validator.addError(QJsonArray{QStringLiteral("body"), QStringLiteral("modality")},
                           QStringLiteral("Input should be 'email' or 'text'"), QStringLiteral("literal_error"), modality);
    }
    if (subject.trimmed().isEmpty() && bodyHtml.trimmed().isEmpty())
        validator.addBodyError(QStringLiteral("At least one of subject or body_html is required"));
    if (email && toEmail.isEmpty() && !body->contains(QStringLiteral("to_email"))) {
        validator.addError(QJsonArray{QStringLiteral("body"), QStringLiteral("to_email")},
                           QStringLiteral("Value error, to_email is required for email drafts"), QStringLiteral("value_error"));
    } else if (email && toEmail.isEmpty()) {
        validator.addError(QJsonArray{QStringLiteral("body"), QStringLiteral("to_email")},
                           QStringLiteral("value is not a valid email address"), QStringLiteral("value_error"),
                           body->value(QStringLiteral("to_email")));
    }
    if (text && toPhone.isEmpty()) {
        validator.addError(QJsonArray{QStringLiteral("body"), QStringLiteral("to_phone_number")},
                           QStringLiteral("Value error, to_phone_number is required for text drafts"),
                           QStringLiteral("value_error"));
    }
    if (!validator.ok())
        return validator.response();

    const QString orgId = request.param(QStringLiteral("organization_id"));
    const auto organization = m_context.organization(orgId);
    if (!organization)
        return SandboxResponse::notFound(QStringLiteral("Invalid organization_id"));
    if (autosend && notify)
        return SandboxResponse::badRequest(QStringLiteral("autosend_draft and add_notification are mutually exclusive; set add_notification=false when autosend_draft=true"));
    const QString credentials = email ? QStringLiteral("email_credentials") : QStringLiteral("text_credentials");
    if (!organization->value(credentials).toBool())
        return SandboxResponse::badRequest(QStringLiteral("Organization has no credentials for %1").arg(modality));

    const QString id = m_context.newId();
    const QString agentId = m_context.defaultAgentId(orgId);
    const qint64 now = m_context.now();
    const QVariant scheduled = autosend ? QVariant(now) : QVariant();
    const auto nullable = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    m_context.db().exec(
        QStringLiteral("INSERT INTO message_drafts (id, org_id, agent_id, modality, subject, body_html, recipient_name,"
                       " recipient_email, recipient_phone_number, cc_emails, bcc_emails, add_notification,"
                       " scheduled_send_at, folder, created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, orgId, agentId, modality, nullable(subject), nullable(bodyHtml), nullable(toName), nullable(toEmail),
         nullable(toPhone), SandboxRecordJson::serialize(QJsonArray::fromStringList(cc)),
         SandboxRecordJson::serialize(QJsonArray::fromStringList(bcc)), notify, scheduled, folder, now,
         autosend ? QStringLiteral("sending") : QStringLiteral("pending")});
    SandboxAuditTrail::append(m_context, orgId, agentId, QStringLiteral("insert"), kRecordType, id,
                              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("folder")},
                                                     {QStringLiteral("from"), QJsonValue::Null},
                                                     {QStringLiteral("to"), folder}}});
    if (autosend && m_context.promoter())
        m_context.promoter()->scheduleMessageDraft(id);
    return SandboxResponse::json(QJsonObject{{QStringLiteral("draft_id"), id},
                                             {QStringLiteral("scheduled_to_send"), autosend},
                                             {QStringLiteral("scheduled_send_at"), SandboxTime::json(scheduled)},
                                             {QStringLiteral("folder"), folder}});
}

} // namespace repdesk
