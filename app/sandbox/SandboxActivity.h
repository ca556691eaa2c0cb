#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace repdesk {

class SandboxContext;

// What happens after the demo data was generated: new messages in existing conversations
// (simulated inbound traffic and agent replies from promoted response drafts), and sales moving on.
class SandboxActivity
{
public:
    explicit SandboxActivity(SandboxContext &context) : m_context(context) {}

    // Marks the conversation unread and bumps last_activity_at. An empty id picks a random
    // conversation of the first tenant's first organization. Returns the message id, or empty if there is none.
    QString addInbound(const QString &conversationId = {});
    QString addOutbound(const QVariantMap &conversation, const QString &agentId, const QString &bodyHtml,
                        const QStringList &ccEmails, const QStringList &bccEmails, qint64 draftedAt);

    // The sale's owner moves it to the stage labelled `stageLabel` now: its current status, history,
    // last activity and audit log follow. False when there is no such sale or stage.
    bool moveSale(const QString &saleId, const QString &stageLabel);

    // Replies go out on the conversation's channel; a form request is answered by email, a call by text.
    static QString replyModality(const QString &conversationModality);

private:
    QString insert(const QVariantMap &conversation, const QString &direction, const QString &agentId,
                   const QString &content, const QStringList &ccEmails, const QStringList &bccEmails,
                   const QVariant &draftedAt);

    SandboxContext &m_context;
};

} // namespace repdesk
