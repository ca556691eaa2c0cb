#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

namespace repdesk {

struct Agent
{
    QString agentId;
    QString name;
    QString email;

    static Decoded<Agent> fromJson(const QJsonValue &json);
};

} // namespace repdesk
