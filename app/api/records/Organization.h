#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

namespace repdesk {

// GET /api/v2/organizations item.
struct Organization
{
    QString organizationId;
    QString name;

    static Decoded<Organization> fromJson(const QJsonValue &json);
};

} // namespace repdesk
