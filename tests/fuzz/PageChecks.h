#pragma once

// What a decoded Page<T> must satisfy whatever the server sent: shared by the
// record targets (every list body) and the page target (the envelope itself).

#include "Page.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace repdesk::fuzz {

template<typename T>
QString checkPage(const QJsonValue &json, const Decoded<Page<T>> &decoded)
{
    if (!decoded.ok())
        return decoded.error().isEmpty() ? QStringLiteral("page failed without an error") : QString();
    const Page<T> &page = decoded.value();
    const QJsonValue data = json.isArray() ? json : json.toObject().value(QLatin1String("data"));
    const qsizetype sent = data.isArray() ? data.toArray().size() : 0;
    // Nothing silently lost: each item is either decoded or reported.
    if (page.items.size() + page.itemErrors.size() != sent)
        return QStringLiteral("%1 items + %2 errors for %3 sent")
            .arg(page.items.size()).arg(page.itemErrors.size()).arg(sent);
    // A page that says "more" must say where: else a walk would stop or loop.
    if (page.hasMore && page.nextCursor.isEmpty())
        return QStringLiteral("hasMore without a next cursor");
    if (page.isLast() != !page.hasMore)
        return QStringLiteral("isLast() disagrees with hasMore");
    return {};
}

} // namespace repdesk::fuzz
