#pragma once

#include "SandboxDateRange.h"
#include "SandboxResponse.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace repdesk {

class SandboxRequest;

// limit / cursor / start_date / end_date of a paginated list route, and the "pagination" block.
class SandboxPageQuery
{
public:
    static constexpr int kMaxLimit = 500;

    // 422 problems (limit out of 1..500 or not a number, unparsable dates) land in `error`.
    static SandboxPageQuery parse(const SandboxRequest &request, int defaultLimit);

    // Binds the query to its collection: the route, the parent ids and every filter (dates are added here).
    // Returns the 400 for start_date > end_date or a cursor that this collection did not issue.
    std::optional<SandboxResponse> resolve(const QStringList &collection);

    QString dateClause(const QString &column, QVariantList *binds) const { return dates.sqlClause(column, binds); }
    // Fetches one row more than the page to learn whether there is a next page.
    QString limitClause() const;
    QJsonObject page(const QList<QVariantMap> &rows,
                     const std::function<QJsonObject(const QVariantMap &)> &toJson) const;

    std::optional<SandboxResponse> error;
    int limit = 25;
    QString cursor;
    qint64 offset = 0;
    SandboxDateRange dates;

private:
    QString m_collectionKey;
};

} // namespace repdesk
