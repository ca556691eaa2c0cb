#include "ResponseDraftStore.h"

#include "DraftPromoter.h"
#include "SandboxAuditTrail.h"
#include "SandboxContext.h"
#include "SandboxRecordJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace repdesk {

namespace {
const QString kRecordType = QStringLiteral("response_draft");
} // namespace

std::optional<QVariantMap> ResponseDraftStore::current(const QString &conversationId) const
{
    return m_context.db().row(QStringLiteral("SELECT * FROM response_drafts WHERE conversation_id = ?"
                                             " AND state IN ('pending', 'sending')"), {conversationId});
}

QStringList ResponseDraftStore::emails(const QVariant &jsonText)
{
    QStringList result;
    const QJsonArray items = SandboxRecordJson::parsed(jsonText, QJsonArray()).toArray();
    for (const QJsonValue &item : items)
        result.append(item.toString());
    return result;
}

ResponseDraftStore::Saved ResponseDraftStore::save(const QString &organizationId, const QString &conversationId,
                                                   const Draft &draft, const QString &newDraftAgentId, Author author)
{
    SandboxDatabase &db = m_context.db();
    const auto existing = current(conversationId);
    Saved saved;
    if (existing && existing->value(QStringLiteral("state")) == QLatin1String("sending")) {
        saved.refused = true;
        return saved;
    }
    const qint64 now = m_context.now();
    saved.scheduledSendAt = draft.autosend ? QVariant(now) : QVariant();
    const QString state = draft.autosend ? QStringLiteral("sending") : QStringLiteral("pending");
    const QString cc = SandboxRecordJson::serialize(QJsonArray::fromStringList(draft.ccEmails));
    const QString bcc = SandboxRecordJson::serialize(QJsonArray::fromStringList(draft.bccEmails));
    QString agentId;
    QJsonValue before = QJsonValue::Null;
    if (existing) {
        saved.id = existing->value(QStringLiteral("id")).toString();
        agentId = existing->value(QStringLiteral("agent_id")).toString();
        before = existing->value(QStringLiteral("body_html")).toString();
        db.exec(QStringLiteral("UPDATE response_drafts SET body_html = ?, cc_emails = ?, bcc_emails = ?,"
                               " add_notification = ?, scheduled_send_at = ?, created_at = ?, state = ? WHERE id = ?"),
                {draft.bodyHtml, cc, bcc, draft.addNotification, saved.scheduledSendAt, now, state, saved.id});
    } else {
        saved.id = m_context.newId();
        agentId = newDraftAgentId;
        db.exec(QStringLiteral("INSERT INTO response_drafts (id, org_id, conversation_id, agent_id, body_html, cc_emails,"
                               " bcc_emails, add_notification, scheduled_send_at, created_at, state, message_id)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"),
                {saved.id, organizationId, conversationId, agentId, draft.bodyHtml, cc, bcc, draft.addNotification,
                 saved.scheduledSendAt, now, state});
    }
    SandboxAuditTrail::append(m_context, organizationId, author == Author::HyperRep ? QString() : agentId,
                              existing ? QStringLiteral("update") : QStringLiteral("insert"), kRecordType, saved.id,
                              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("body_html")},
                                                     {QStringLiteral("from"), before},
                                                     {QStringLiteral("to"), draft.bodyHtml}}});
    if (draft.autosend && m_context.promoter())
        m_context.promoter()->scheduleResponseDraft(saved.id);
    return saved;
}

} // namespace repdesk
