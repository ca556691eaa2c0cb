#include "FernandTime.h"

#include "JsonReader.h"

#include <QTimeZone>

namespace repdesk {

QDateTime FernandTime::read(JsonReader &reader, const char *key)
{
    const QJsonValue v = reader.value(key);
    if (v.isDouble()) {
        const double n = v.toDouble();
        if (!(n > 0) || n > 1.0e14)
            return {};
        const qint64 ms = n > 1.0e11 ? qint64(n) : qint64(n * 1000.0);
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    }
    return reader.dateTime(key);
}

} // namespace repdesk
