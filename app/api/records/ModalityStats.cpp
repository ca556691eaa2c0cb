#include "ModalityStats.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<ModalityStats> ModalityStats::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    ModalityStats s;
    s.textMessages = r.integer("textMessages");
    s.calls = r.integer("calls");
    s.emails = r.integer("emails");
    s.liveChats = r.integer("liveChats");
    s.formRequests = r.integer("formRequests");
    return r.result(std::move(s));
}

} // namespace repdesk
