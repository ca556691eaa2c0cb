#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace repdesk {

class SandboxContext;

// The one pending (or sending) response draft row per conversation, written the same way whoever
// writes it: an agent's POST through ResponseDraftRoutes, or HyperRep proposing a reply in the
// sandbox. Saving overwrites the pending row; autosend queues it for DraftPromoter.
class ResponseDraftStore
{
public:
    struct Draft
    {
        QString bodyHtml;
        QStringList ccEmails;
        QStringList bccEmails;
        bool autosend = false;
        bool addNotification = false;
    };
    struct Saved
    {
        QString id;
        QVariant scheduledSendAt; // null unless queued
        bool refused = false;     // the conversation's draft is sending: nothing was written
    };
    enum class Author { Agent, HyperRep };

    explicit ResponseDraftStore(SandboxContext &context) : m_context(context) {}

    // The conversation's draft that is pending or sending, if any.
    std::optional<QVariantMap> current(const QString &conversationId) const;
    // Creates or overwrites the conversation's draft (created_at becomes now). A new draft is
    // attributed to `newDraftAgentId`. The audit row names the draft's agent, or no agent when
    // HyperRep wrote it.
    Saved save(const QString &organizationId, const QString &conversationId, const Draft &draft,
               const QString &newDraftAgentId, Author author = Author::Agent);

    // A stored cc/bcc column (JSON text) as a list.
    static QStringList emails(const QVariant &jsonText);

private:
    SandboxContext &m_context;
};

} // namespace repdesk
