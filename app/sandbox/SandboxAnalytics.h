#pragma once

#include "SandboxDateRange.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace repdesk {

class SandboxDatabase;

// Analytics computed from the stored messages and sales within [start, end), so they move when data moves.
class SandboxAnalytics
{
public:
    explicit SandboxAnalytics(SandboxDatabase &db) : m_db(db) {}

    // {"responseRateStats", "responseTimeStats", "volumeStats", "modalityStats"}
    QJsonObject conversationStats(const QString &organizationId, const SandboxDateRange &range) const;
    // {"conversationsRespondedTo", "messagesSent"}. A conversation counts for the agent who sent the
    // first reply to it in the range, by the same rule as conversationStats(), so the agents'
    // figures add up to the organization's.
    QJsonObject agentConversationStats(const QString &organizationId, const QString &agentId,
                                       const SandboxDateRange &range) const;
    // {"pipeline": [{"name", "status", "volume", "value"}], "salesRate"}; empty ownerId = every owner.
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
};

} // namespace repdesk
