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
    // {"conversationsRespondedTo", "messagesSent"}
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
    };
    QList<Message> messages(const QString &organizationId, const SandboxDateRange &range) const;

    SandboxDatabase &m_db;
};

} // namespace repdesk
