#pragma once

#include "SandboxDateRange.h"
#include "SandboxOptions.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace repdesk {

class SandboxDatabase;

// Analytics computed from the stored messages and sales within [start, end), so they move when data moves.
class SandboxAnalytics
{
public:
    explicit SandboxAnalytics(SandboxDatabase &db,
                              SandboxOptions::PipelineRule rule = SandboxOptions::PipelineRule::CurrentStage)
        : m_db(db), m_rule(rule)
    {
    }

    // {"responseRateStats", "responseTimeStats", "volumeStats", "modalityStats"}
    QJsonObject conversationStats(const QString &organizationId, const SandboxDateRange &range) const;
    // {"conversationsRespondedTo", "messagesSent"}. A conversation counts for the agent who sent the
    // first reply to it in the range, by the same rule as conversationStats(), so the agents'
    // figures add up to the organization's.
    QJsonObject agentConversationStats(const QString &organizationId, const QString &agentId,
                                       const SandboxDateRange &range) const;
    // {"pipeline": [{"name", "status", "volume", "value"}], "salesRate"}; empty ownerId = every owner.
    // One rule for /analytics/sales and both agent routes, which a client can rebuild from GET /sales
    // (the same non-draft sales): a range counts the sales *created* in [start, end), and
    // - CurrentStage (the default): each in the stage it is in now (current_status.label), so the
    //   stages partition the range's sales;
    // - StagesReached: each in every stage its status_history (or current_status) reached.
    // A stage's value is the sum of its sales' quote totals; salesRate is the share of the range's
    // sales that are Accepted now (status "accepted"). Either way a past range's figures still move
    // when its sales move on: they are never final.
    QJsonObject salesStats(const QString &organizationId, const SandboxDateRange &range,
                           const QString &ownerId = {}) const;

    static double rate(qint64 part, qint64 whole);

private:
    struct Message
    {
        QString conversationId;
        bool sent = false;
        QString modality;
        bool formRequest = false;
        qint64 at = 0;
        QString agentId;
    };
    // A conversation that received a message in the range and the first reply after it.
    struct FirstReply
    {
        qint64 receivedAt = 0;
        qint64 repliedAt = -1; // -1: not answered within the range
        QString agentId;
    };
    // Ordered by conversation and time. With `agentId`, only the conversations that agent sent to in the range.
    QList<Message> messages(const QString &organizationId, const SandboxDateRange &range,
                            const QString &agentId = {}) const;
    static QList<FirstReply> firstReplies(const QList<Message> &messages);

    SandboxDatabase &m_db;
    SandboxOptions::PipelineRule m_rule;
};

} // namespace repdesk
