#include "SandboxPageQuery.h"

#include "CursorCodec.h"
#include "SandboxRequest.h"
#include "SandboxValidator.h"

#include <QJsonArray>

namespace repdesk {

SandboxPageQuery SandboxPageQuery::parse(const SandboxRequest &request, int defaultLimit)
{
    SandboxPageQuery query;
    SandboxValidator errors{QJsonObject()};
    query.limit = defaultLimit;
    if (request.hasQuery(QStringLiteral("limit"))) {
        const QString text = request.queryValue(QStringLiteral("limit"));
        const QJsonArray loc{QStringLiteral("query"), QStringLiteral("limit")};
        bool ok = false;
        const qlonglong value = text.trimmed().toLongLong(&ok);
        if (!ok) {
            errors.addError(loc, QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
                            QStringLiteral("int_parsing"), text);
        } else if (value < 1) {
            errors.addError(loc, QStringLiteral("Input should be greater than or equal to 1"),
                            QStringLiteral("greater_than_equal"), text);
        } else if (value > kMaxLimit) {
            errors.addError(loc, QStringLiteral("Input should be less than or equal to %1").arg(kMaxLimit),
                            QStringLiteral("less_than_equal"), text);
        } else {
            query.limit = int(value);
        }
    }
    query.cursor = request.queryValue(QStringLiteral("cursor"));
    query.dates = SandboxDateRange::parse(request, false, errors);
    if (!errors.ok())
        query.error = errors.response();
    return query;
}

std::optional<SandboxResponse> SandboxPageQuery::resolve(const QStringList &collection)
{
    if (auto problem = dates.checkOrder())
        return problem;
    m_collectionKey = collection.join(QLatin1Char('\x1f')) + QLatin1Char('\x1f') + dates.key();
    if (cursor.isEmpty())
        return std::nullopt;
    const auto decoded = CursorCodec::decode(cursor, m_collectionKey);
    if (!decoded)
        return SandboxResponse::badRequest(QStringLiteral("Invalid cursor"));
    offset = *decoded;
    return std::nullopt;
}

QString SandboxPageQuery::limitClause() const
{
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit + 1).arg(offset);
}

QJsonObject SandboxPageQuery::page(const QList<QVariantMap> &rows,
                                   const std::function<QJsonObject(const QVariantMap &)> &toJson) const
{
    QJsonArray data;
    const int count = qMin(int(rows.size()), limit);
    for (int i = 0; i < count; ++i)
        data.append(toJson(rows.at(i)));
    const bool hasMore = rows.size() > limit;
    const QJsonValue next = hasMore ? QJsonValue(CursorCodec::encode(m_collectionKey, offset + limit))
                                    : QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("data"), data},
        {QStringLiteral("pagination"),
         QJsonObject{{QStringLiteral("limit"), limit},
                     {QStringLiteral("cursor"), cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cursor)},
                     {QStringLiteral("next_cursor"), next},
                     {QStringLiteral("has_more"), hasMore}}}};
}

} // namespace repdesk
