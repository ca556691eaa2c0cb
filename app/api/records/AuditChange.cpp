#include "AuditChange.h"

#include "JsonReader.h"

namespace repdesk {

namespace {
QJsonValue nullIfUndefined(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue() : v;
}
} // namespace

QString AuditChange::fromText() const
{
    return JsonReader::displayText(from);
}

QString AuditChange::toText() const
{
    return JsonReader::displayText(to);
}

Decoded<AuditChange> AuditChange::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    AuditChange c;
    c.field = r.string("field");
    c.from = nullIfUndefined(r.value("from"));
    c.to = nullIfUndefined(r.value("to"));
    return r.result(std::move(c));
}

} // namespace repdesk
