#include "FernandReplyRequest.h"

#include "FernandIds.h"

#include <QCoreApplication>

namespace repdesk {

QString FernandReplyRequest::validationError() const
{
    if (content.trimmed().isEmpty())
        return QCoreApplication::translate("repdesk::FernandReplyRequest", "An empty reply cannot be sent.");
    return {};
}

QJsonObject FernandReplyRequest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("content"), content);
    if (!agentId.isEmpty())
        o.insert(QStringLiteral("agent_id"), FernandIds::toJson(agentId));
    else if (!agentEmail.isEmpty())
        o.insert(QStringLiteral("agent_email"), agentEmail);
    if (delaySeconds >= 0)
        o.insert(QStringLiteral("delay"), delaySeconds);
    return o;
}

} // namespace repdesk
