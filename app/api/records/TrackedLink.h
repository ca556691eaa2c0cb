#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

namespace repdesk {

struct TrackedLink
{
    QString linkId;
    QString url;
    int clickCount = 0;

    static Decoded<TrackedLink> fromJson(const QJsonValue &json);
};

} // namespace repdesk
