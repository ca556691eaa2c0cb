#include "PipelineStage.h"

#include "JsonReader.h"

namespace repdesk {

std::optional<double> PipelineStage::valueAmount() const
{
    return JsonReader::decimalToDouble(value);
}

Decoded<PipelineStage> PipelineStage::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    PipelineStage s;
    s.name = r.string("name");
    s.status = r.string("status");
    s.volume = r.integer("volume");
    s.value = r.decimal("value");
    return r.result(std::move(s));
}

} // namespace repdesk
