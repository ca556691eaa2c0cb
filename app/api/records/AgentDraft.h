#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace repdesk {

// A draft left in a conversation for a colleague (InboxProvider::AgentDrafts,
// Fernand's POST /conversations/{id}/drafts): who wrote it, whom it is for and a
// title, beside the reply editor's own draft. Agents are ids of listAgents().
struct AgentDraftRequest
{
    QString contentHtml;   // required
    QString title;         // optional, at most 250 characters
    QString authorAgentId; // required: the API takes the author by id or e-mail
    QString targetAgentId; // empty: for everyone

    static constexpr int maxTitleLength = 250;
};

struct AgentDraft
{
    QString id;
    QString conversationId;
    QString title;
    QString authorAgentId;
    QString targetAgentId;
    QDateTime createdAt;

    // No wire format of its own: the provider's call decodes its record and maps it.
    static Decoded<AgentDraft> fromJson(const QJsonValue &)
    {
        return Decoded<AgentDraft>::failure(QStringLiteral("no decoder for this provider's draft"));
    }
};

} // namespace repdesk
