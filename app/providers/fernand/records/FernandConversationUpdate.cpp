#include "FernandConversationUpdate.h"

#include "FernandIds.h"
#include "IsoDateTime.h"

namespace repdesk {

QJsonObject FernandConversationUpdate::toJson() const
{
    QJsonObject o;
    if (status)
        o.insert(QStringLiteral("status"), *status);
    if (snoozeUntil)
        o.insert(QStringLiteral("snooze_until"),
                 snoozeUntil->isValid() ? QJsonValue(IsoDateTime::format(*snoozeUntil)) : QJsonValue());
    if (agentId)
        o.insert(QStringLiteral("agent_id"), agentId->isEmpty() ? QJsonValue() : FernandIds::toJson(*agentId));
    else if (agentEmail)
        o.insert(QStringLiteral("agent_email"), *agentEmail);
    if (subject)
        o.insert(QStringLiteral("subject"), *subject);
    return o;
}

} // namespace repdesk
