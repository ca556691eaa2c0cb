#include "CallMetadata.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<CallMetadata> CallMetadata::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    CallMetadata m;
    m.duration = r.optInt("duration");
    return r.result(std::move(m));
}

} // namespace repdesk
