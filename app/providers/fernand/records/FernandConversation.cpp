#include "FernandConversation.h"

#include "FernandIds.h"
#include "FernandTime.h"
#include "JsonReader.h"

#include <QJsonArray>

namespace repdesk {

Decoded<FernandConversation> FernandConversation::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    FernandConversation c;
    for (const char *key : {"id", "contact_id", "agent_id", "channel_id"})
        if (!FernandIds::isIdShaped(r.value(key)))
            r.fail(QLatin1String(key), QStringLiteral("id"));
    c.id = FernandIds::text(r.value("id"));
    c.contactId = FernandIds::text(r.value("contact_id"));
    c.subject = r.string("subject");
    c.status = r.string("status");
    c.lastUpdate = FernandTime::read(r, "last_update");
    for (const QJsonValue &tag : r.array("tags")) {
        const QString text = FernandIds::text(tag);
        if (!text.isEmpty())
            c.tags.append(text);
    }
    c.recipients = r.list<FernandRecipient>("recipients");
    c.agentId = FernandIds::text(r.value("agent_id"));
    c.channelId = FernandIds::text(r.value("channel_id"));
    c.snoozeUntil = FernandTime::read(r, "snooze_until");
    if (c.id.isEmpty() && r.ok())
        r.fail(QStringLiteral("id"), QStringLiteral("id"));
    return r.result(std::move(c));
}

} // namespace repdesk
