#include "FernandIds.h"

#include <cmath>

namespace repdesk {

QString FernandIds::text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
    }
    return {};
}

bool FernandIds::isIdShaped(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || value.isString() || value.isDouble();
}

QJsonValue FernandIds::toJson(const QString &id)
{
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    return ok ? QJsonValue(double(n)) : QJsonValue(id);
}

} // namespace repdesk
