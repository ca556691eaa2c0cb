#include "DraftPromoter.h"

#include "ResponseDraftStore.h"
#include "SandboxActivity.h"
#include "SandboxContext.h"

#include <QTimer>

namespace repdesk {

DraftPromoter::DraftPromoter(SandboxContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

int DraftPromoter::delayMs() const
{
    return qMax(0, m_context.options().autosendDelayMs);
}

void DraftPromoter::scheduleResponseDraft(const QString &draftId)
{
    QTimer::singleShot(delayMs(), this, [this, draftId] { promoteResponseDraft(draftId); });
}

void DraftPromoter::scheduleMessageDraft(const QString &draftId)
{
    QTimer::singleShot(delayMs(), this, [this, draftId] { sendMessageDraft(draftId); });
}

void DraftPromoter::resumePending()
{
    const auto responses = m_context.db().rows(QStringLiteral("SELECT id FROM response_drafts WHERE state = 'sending'"));
    for (const QVariantMap &row : responses)
        scheduleResponseDraft(row.value(QStringLiteral("id")).toString());
    const auto messages = m_context.db().rows(QStringLiteral("SELECT id FROM message_drafts WHERE state = 'sending'"));
    for (const QVariantMap &row : messages)
        scheduleMessageDraft(row.value(QStringLiteral("id")).toString());
}

QString DraftPromoter::promoteResponseDraft(const QString &draftId)
{
    SandboxDatabase &db = m_context.db();
    const auto draft = db.row(QStringLiteral("SELECT * FROM response_drafts WHERE id = ? AND state = 'sending'"), {draftId});
    if (!draft)
        return {};
    const auto conversation = db.row(QStringLiteral("SELECT * FROM conversations WHERE id = ?"),
                                     {draft->value(QStringLiteral("conversation_id"))});
    if (!conversation)
        return {};
    db.transaction();
    const QString messageId = SandboxActivity(m_context).addOutbound(
        *conversation, draft->value(QStringLiteral("agent_id")).toString(),
        draft->value(QStringLiteral("body_html")).toString(), ResponseDraftStore::emails(draft->value(QStringLiteral("cc_emails"))),
        ResponseDraftStore::emails(draft->value(QStringLiteral("bcc_emails"))), draft->value(QStringLiteral("created_at")).toLongLong());
    db.exec(QStringLiteral("UPDATE response_drafts SET state = 'promoted', message_id = ? WHERE id = ?"),
            {messageId, draftId});
    db.commit();
    Q_EMIT responseDraftPromoted(draftId, messageId);
    return messageId;
}

bool DraftPromoter::sendMessageDraft(const QString &draftId)
{
    return m_context.db().exec(QStringLiteral("UPDATE message_drafts SET state = 'sent' WHERE id = ? AND state = 'sending'"),
                               {draftId});
}

} // namespace repdesk
