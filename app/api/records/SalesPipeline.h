#pragma once

#include "Decoded.h"
#include "PipelineStage.h"

#include <QJsonValue>
#include <QList>

#include <optional>

namespace repdesk {

// GET .../analytics/sales and the "sales" half of agent analytics.
struct SalesPipeline
{
    QList<PipelineStage> pipeline;
    // 0..1; nullopt when the server has no rate.
    std::optional<double> salesRate;

    static Decoded<SalesPipeline> fromJson(const QJsonValue &json);
};

} // namespace repdesk
