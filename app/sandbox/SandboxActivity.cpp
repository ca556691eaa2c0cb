#include "SandboxActivity.h"

#include "SandboxAuditTrail.h"
#include "SandboxContext.h"
#include "SandboxRecordJson.h"
#include "SandboxSalesStages.h"
#include "SandboxTime.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace repdesk {

QString SandboxActivity::replyModality(const QString &conversationModality)
{
    if (conversationModality == QLatin1String("form"))
        return QStringLiteral("email");
    if (conversationModality == QLatin1String("call"))
        return QStringLiteral("text");
    return conversationModality.isEmpty() ? QStringLiteral("email") : conversationModality;
}

QString SandboxActivity::addInbound(const QString &conversationId)
{
    SandboxDatabase &db = m_context.db();
    std::optional<QVariantMap> conversation;
    if (conversationId.isEmpty()) {
        const QString orgId = m_context.organizationsOf(SandboxTenant::First).value(0).value(QStringLiteral("id")).toString();
        const qint64 count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE org_id = ?"), {orgId}).toLongLong();
        if (count == 0)
            return {};
        const qint64 pick = m_context.random().bounded(count);
        conversation = db.row(QStringLiteral("SELECT * FROM conversations WHERE org_id = ? ORDER BY id LIMIT 1 OFFSET ?"),
                              {orgId, pick});
    } else {
        conversation = db.row(QStringLiteral("SELECT * FROM conversations WHERE id = ?"), {conversationId});
    }
    if (!conversation)
        return {};
    static const char *const kTexts[] = {
        "Hi, just following up on this. Any update?",
        "Thanks! Can we move the appointment to Thursday afternoon?",
        "Quick question about the quote: does it include disposal of the old materials?",
        "Got it, I'll talk to my partner and get back to you today.",
        "Is there any availability this weekend? 🙏",
    };
    const QString text = QString::fromUtf8(kTexts[m_context.random().bounded(int(std::size(kTexts)))]);
    const bool email = replyModality(conversation->value(QStringLiteral("modality")).toString()) == QLatin1String("email");
    const QString content = email ? QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()) : text;
    return insert(*conversation, QStringLiteral("received"), QString(), content, {}, {}, QVariant());
}

bool SandboxActivity::moveSale(const QString &saleId, const QString &stageLabel)
{
    SandboxDatabase &db = m_context.db();
    const auto sale = db.row(QStringLiteral("SELECT * FROM sales WHERE id = ?"), {saleId});
    const auto &stages = SandboxSalesStages::all();
    const auto stage = std::find_if(stages.cbegin(), stages.cend(),
                                    [&stageLabel](const SandboxSalesStages::Stage &s) { return s.label == stageLabel; });
    if (!sale || stage == stages.cend())
        return false;
    const qint64 now = m_context.now();
    QJsonArray history = SandboxRecordJson::parsed(sale->value(QStringLiteral("status_history")), QJsonArray()).toArray();
    history.append(QJsonObject{{QStringLiteral("label"), stage->label},
                               {QStringLiteral("status"), stage->status.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                  : QJsonValue(stage->status)},
                               {QStringLiteral("changed_at"), SandboxTime::format(now)}});
    db.exec(QStringLiteral("UPDATE sales SET status_label = ?, status_code = ?, status_changed_at = ?, status_history = ?,"
                           " last_activity_at = ? WHERE id = ?"),
            {stage->label, stage->status.isEmpty() ? QVariant() : QVariant(stage->status), now,
             SandboxRecordJson::serialize(history), now, saleId});
    SandboxAuditTrail::append(m_context, sale->value(QStringLiteral("org_id")).toString(),
                              sale->value(QStringLiteral("owner_id")).toString(), QStringLiteral("update"),
                              QStringLiteral("sale"), saleId,
                              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("status")},
                                                     {QStringLiteral("from"), sale->value(QStringLiteral("status_label")).toString()},
                                                     {QStringLiteral("to"), stage->label}}});
    return true;
}

QString SandboxActivity::addOutbound(const QVariantMap &conversation, const QString &agentId,
                                          const QString &bodyHtml, const QStringList &ccEmails,
                                          const QStringList &bccEmails, qint64 draftedAt)
{
    return insert(conversation, QStringLiteral("sent"), agentId, bodyHtml, ccEmails, bccEmails, draftedAt);
}

QString SandboxActivity::insert(const QVariantMap &conversation, const QString &direction,
                                     const QString &agentId, const QString &content,
                                     const QStringList &ccEmails, const QStringList &bccEmails,
                                     const QVariant &draftedAt)
{
    SandboxDatabase &db = m_context.db();
    const QString conversationId = conversation.value(QStringLiteral("id")).toString();
    const QString modality = replyModality(conversation.value(QStringLiteral("modality")).toString());
    const bool email = modality == QLatin1String("email");
    const QString subject = conversation.value(QStringLiteral("subject")).toString();
    const QString messageId = m_context.newId();
    const qint64 now = m_context.now();
    QVariant emailMessageId;
    if (email) {
        emailMessageId = QStringLiteral("<%1@mail.sandbox.hyperrep.ai>")
                             .arg(QString::number(m_context.random().generate64(), 16));
    }
    db.exec(QStringLiteral("INSERT INTO messages (id, org_id, conversation_id, agent_id, modality, direction,"
                           " is_form_request, subject, content, call_transcript, form_request_body, sent_at,"
                           " drafted_at, email_message_id, cc_emails, bcc_emails, duration, tracked_links)"
                           " VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, NULL, '[]')"),
            {messageId, conversation.value(QStringLiteral("org_id")), conversationId,
             agentId.isEmpty() ? QVariant() : QVariant(agentId), modality, direction,
             email && !subject.isEmpty() ? QVariant(QStringLiteral("Re: ") + subject) : QVariant(),
             content, now, draftedAt, emailMessageId,
             SandboxRecordJson::serialize(QJsonArray::fromStringList(ccEmails)),
             SandboxRecordJson::serialize(QJsonArray::fromStringList(bccEmails))});
    if (direction == QLatin1String("received")) {
        db.exec(QStringLiteral("UPDATE conversations SET last_activity_at = ?, is_read = 0 WHERE id = ?"),
                {now, conversationId});
    } else {
        db.exec(QStringLiteral("UPDATE conversations SET last_activity_at = ? WHERE id = ?"), {now, conversationId});
    }
    return messageId;
}

} // namespace repdesk
