#pragma once

#include "Page.h"

namespace repdesk {

// Fernand's list shapes as a Page<T>: GET /conversations answers
// {"data": [...], "cursor": "..."}; the stream, contacts and agents answer bare
// arrays (one final page). The docs do not say how the last page of
// conversations looks, so a null, empty or missing cursor ends the list, and so
// does an empty page (a server that kept handing out cursors would loop).
template<typename T>
struct FernandPage : Page<T>
{
    static Decoded<FernandPage> fromJson(const QJsonValue &json)
    {
        FernandPage page;
        QJsonArray data;
        if (json.isArray()) {
            data = json.toArray();
        } else if (json.isObject()) {
            const QJsonObject o = json.toObject();
            const QJsonValue d = o.value(QLatin1String("data"));
            if (d.isArray())
                data = d.toArray();
            else if (!d.isNull() && !d.isUndefined())
                return Decoded<FernandPage>::failure(QStringLiteral("'data' is not an array"));
            const QJsonValue c = o.value(QLatin1String("cursor"));
            if (c.isString())
                page.nextCursor = c.toString();
            else if (c.isDouble())
                page.nextCursor = QString::number(qint64(c.toDouble()));
            else if (!c.isNull() && !c.isUndefined())
                return Decoded<FernandPage>::failure(QStringLiteral("'cursor' is not a string"));
        } else {
            return Decoded<FernandPage>::failure(QStringLiteral("expected a JSON object or array"));
        }
        page.items.reserve(data.size());
        for (int i = 0; i < data.size(); ++i) {
            Decoded<T> item = T::fromJson(data.at(i));
            if (item.ok())
                page.items.append(item.takeValue());
            else
                page.itemErrors.append(QStringLiteral("item %1: %2").arg(i).arg(item.error()));
        }
        page.hasMore = !page.nextCursor.isEmpty() && !data.isEmpty();
        if (!page.hasMore)
            page.nextCursor.clear();
        return page;
    }
};

} // namespace repdesk
