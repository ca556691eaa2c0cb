#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace repdesk {

// One stage of a sales pipeline (analytics).
struct PipelineStage
{
    // Organization-defined stage label, e.g. "Quoted".
    QString name;
    // System code such as "quote_sent"; empty when null.
    QString status;
    int volume = 0;
    // Exact decimal text as sent ("21600.00"); see valueAmount().
    QString value;

    std::optional<double> valueAmount() const;

    static Decoded<PipelineStage> fromJson(const QJsonValue &json);
};

} // namespace repdesk
