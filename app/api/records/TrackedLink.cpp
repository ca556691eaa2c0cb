#include "TrackedLink.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<TrackedLink> TrackedLink::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    TrackedLink l;
    l.linkId = r.string("link_id");
    l.url = r.string("url");
    l.clickCount = r.integer("click_count");
    return r.result(std::move(l));
}

} // namespace repdesk
