#include "ResponseTimeStats.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<ResponseTimeStats> ResponseTimeStats::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    ResponseTimeStats s;
    s.responseTime = r.optDouble("responseTime");
    return r.result(std::move(s));
}

} // namespace repdesk
