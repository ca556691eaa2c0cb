#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

namespace repdesk {

// Legacy v1 GET /api/v1/solutions item (a bare array; Page<Solution> reads it).
struct Solution
{
    QString uuid;
    QString name;

    static Decoded<Solution> fromJson(const QJsonValue &json);
};

} // namespace repdesk
