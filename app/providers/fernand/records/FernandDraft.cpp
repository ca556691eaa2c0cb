#include "FernandDraft.h"

#include "FernandIds.h"
#include "FernandTime.h"
#include "JsonReader.h"

namespace repdesk {

Decoded<FernandDraft> FernandDraft::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    FernandDraft d;
    for (const char *key : {"id", "conversation_id", "author_id", "target_id"})
        if (!FernandIds::isIdShaped(r.value(key)))
            r.fail(QLatin1String(key), QStringLiteral("id"));
    d.id = FernandIds::text(r.value("id"));
    d.conversationId = FernandIds::text(r.value("conversation_id"));
    d.title = r.string("title");
    const QJsonValue content = r.value("content");
    if (content.isString())
        d.content.insert(QStringLiteral("content"), content.toString());
    else
        d.content = r.object("content");
    d.authorId = FernandIds::text(r.value("author_id"));
    d.targetId = FernandIds::text(r.value("target_id"));
    d.created = FernandTime::read(r, "created");
    d.lastUpdated = FernandTime::read(r, "last_updated");
    return r.result(std::move(d));
}

} // namespace repdesk
