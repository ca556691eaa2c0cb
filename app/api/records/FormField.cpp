#include "FormField.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<FormField> FormField::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    FormField f;
    f.name = r.string("name");
    f.value = JsonReader::displayText(r.value("value"));
    return r.result(std::move(f));
}

QList<FormField> FormField::listFromObject(const QJsonObject &body)
{
    QList<FormField> out;
    out.reserve(body.size());
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        out.append({it.key(), JsonReader::displayText(it.value())});
    return out;
}

} // namespace repdesk
