#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace repdesk {

// An entry of a sale's current_status / status_history.
struct SaleStatus
{
    // Organization-defined stage name, e.g. "Qualified".
    QString label;
    // System code such as "quote_sent" or "accepted"; empty when null.
    QString status;
    QDateTime changedAt;

    static Decoded<SaleStatus> fromJson(const QJsonValue &json);
};

} // namespace repdesk
