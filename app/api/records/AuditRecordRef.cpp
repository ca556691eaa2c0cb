#include "AuditRecordRef.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<AuditRecordRef> AuditRecordRef::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    AuditRecordRef ref;
    ref.type = r.string("type");
    ref.id = r.string("id");
    return r.result(std::move(ref));
}

} // namespace repdesk
