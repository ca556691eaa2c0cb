#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

namespace repdesk {

// GET /agents items.
struct FernandAgent
{
    QString id;
    QString email;
    QString name;
    QString timezone;
    QString signature; // HTML or text: the docs do not say

    static Decoded<FernandAgent> fromJson(const QJsonValue &json);
};

} // namespace repdesk
