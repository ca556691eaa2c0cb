#include "SalesPipeline.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<SalesPipeline> SalesPipeline::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    SalesPipeline p;
    p.pipeline = r.list<PipelineStage>("pipeline");
    p.salesRate = r.optDouble("salesRate");
    return r.result(std::move(p));
}

} // namespace repdesk
