#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace repdesk {

class SandboxContext;

// New messages arriving in existing conversations after the demo data was generated:
// simulated inbound traffic and agent replies (promoted response drafts).
class SandboxActivity
{
public:
    explicit SandboxActivity(SandboxContext &context) : m_context(context) {}

    // Marks the conversation unread and bumps last_activity_at. An empty id picks a random
    // conversation of the first tenant's first organization. Returns the message id, or empty if there is none.
    QString addInbound(const QString &conversationId = {});
    QString addOutbound(const QVariantMap &conversation, const QString &agentId, const QString &bodyHtml,
                        const QStringList &ccEmails, const QStringList &bccEmails, qint64 draftedAt);

    // Replies go out on the conversation's channel; a form request is answered by email, a call by text.
    static QString replyModality(const QString &conversationModality);

private:
    QString insert(const QVariantMap &conversation, const QString &direction, const QString &agentId,
                   const QString &content, const QStringList &ccEmails, const QStringList &bccEmails,
                   const QVariant &draftedAt);

    SandboxContext &m_context;
};

} // namespace repdesk
