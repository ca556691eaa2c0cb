#pragma once

#include "SandboxResponse.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace repdesk {

class SandboxRequest;
class SandboxValidator;

// start_date (inclusive) / end_date (exclusive) query parameters.
class SandboxDateRange
{
public:
    std::optional<qint64> start;
    std::optional<qint64> end;

    // Unparsable (or, when `required`, missing) dates become 422 errors in `errors`.
    static SandboxDateRange parse(const SandboxRequest &request, bool required, SandboxValidator &errors);

    std::optional<SandboxResponse> checkOrder() const;
    // Analytics refuse ranges that reach more than a minute past `nowMicros`.
    std::optional<SandboxResponse> checkNotFuture(qint64 nowMicros) const;

    // " AND column >= ? AND column < ?" for the bounds that are set.
    QString sqlClause(const QString &column, QVariantList *binds) const;
    bool contains(qint64 micros) const;
    QString key() const;
};

} // namespace repdesk
