#pragma once

#include "Decoded.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace repdesk {

// One page of a cursor-paginated collection. The same type serves routes
// without a pagination block (organizations: {"data": [...]}) and legacy v1
// bare arrays: they decode as a single, final page.
template<typename T>
struct Page
{
    QList<T> items;
    QString cursor;
    QString nextCursor;
    bool hasMore = false;
    int limit = 0;
    // Items that failed to decode: they are skipped, and reported here.
    QStringList itemErrors;

    bool isLast() const { return !hasMore || nextCursor.isEmpty(); }

    static Decoded<Page> fromJson(const QJsonValue &json)
    {
        Page page;
        QJsonArray data;
        if (json.isArray()) {
            data = json.toArray();
        } else if (json.isObject()) {
            const QJsonObject o = json.toObject();
            const QJsonValue d = o.value(QLatin1String("data"));
            if (d.isArray())
                data = d.toArray();
            else if (!d.isNull() && !d.isUndefined())
                return Decoded<Page>::failure(QStringLiteral("'data' is not an array"));
            const QJsonValue p = o.value(QLatin1String("pagination"));
            if (p.isObject()) {
                const QJsonObject po = p.toObject();
                page.cursor = po.value(QLatin1String("cursor")).toString();
                page.nextCursor = po.value(QLatin1String("next_cursor")).toString();
                page.limit = po.value(QLatin1String("limit")).toInt();
                const QJsonValue hm = po.value(QLatin1String("has_more"));
                // A missing has_more falls back to the presence of a cursor.
                page.hasMore = hm.isBool() ? hm.toBool() : !page.nextCursor.isEmpty();
                if (page.nextCursor.isEmpty())
                    page.hasMore = false;
            } else if (!p.isNull() && !p.isUndefined()) {
                return Decoded<Page>::failure(QStringLiteral("'pagination' is not an object"));
            }
        } else {
            return Decoded<Page>::failure(QStringLiteral("expected a JSON object or array"));
        }
        page.items.reserve(data.size());
        for (int i = 0; i < data.size(); ++i) {
            Decoded<T> item = T::fromJson(data.at(i));
            if (item.ok())
                page.items.append(item.takeValue());
            else
                page.itemErrors.append(QStringLiteral("item %1: %2").arg(i).arg(item.error()));
        }
        return page;
    }
};

} // namespace repdesk
