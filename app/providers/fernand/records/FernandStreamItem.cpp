#include "FernandStreamItem.h"

#include "FernandIds.h"
#include "FernandTime.h"
#include "JsonReader.h"

namespace repdesk {

FernandStreamItem::Kind FernandStreamItem::kind() const
{
    if (id.startsWith(QLatin1String("m-")))
        return Kind::Message;
    if (id.startsWith(QLatin1String("n-")))
        return Kind::Note;
    if (id.startsWith(QLatin1String("e-")))
        return Kind::Event;
    const QString t = type.toLower();
    if (t == QLatin1String("message"))
        return Kind::Message;
    if (t == QLatin1String("note"))
        return Kind::Note;
    if (t == QLatin1String("event"))
        return Kind::Event;
    return Kind::Unknown;
}

bool FernandStreamItem::isOutbound() const
{
    const QString w = way.toLower();
    return w == QLatin1String("out") || w == QLatin1String("outbound") || w == QLatin1String("outgoing")
        || w == QLatin1String("sent");
}

Decoded<FernandStreamItem> FernandStreamItem::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    FernandStreamItem m;
    for (const char *key : {"id", "agent_id", "contact_id"})
        if (!FernandIds::isIdShaped(r.value(key)))
            r.fail(QLatin1String(key), QStringLiteral("id"));
    m.id = FernandIds::text(r.value("id"));
    m.type = r.string("type");
    m.timestamp = FernandTime::read(r, "timestamp");
    m.way = r.string("way");
    m.status = r.string("status");
    m.agentId = FernandIds::text(r.value("agent_id"));
    m.contactId = FernandIds::text(r.value("contact_id"));
    m.message = r.string("message");
    m.attachments = r.array("attachments");
    m.isRead = r.optBool("is_read");
    m.isAutomated = r.optBool("is_automated");
    if (m.id.isEmpty() && r.ok())
        r.fail(QStringLiteral("id"), QStringLiteral("id"));
    return r.result(std::move(m));
}

} // namespace repdesk
