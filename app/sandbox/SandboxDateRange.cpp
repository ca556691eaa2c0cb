#include "SandboxDateRange.h"

#include "SandboxRequest.h"
#include "SandboxTime.h"
#include "SandboxValidator.h"

namespace repdesk {

SandboxDateRange SandboxDateRange::parse(const SandboxRequest &request, bool required,
                                         SandboxValidator &errors)
{
    SandboxDateRange range;
    const auto read = [&](const QString &name, std::optional<qint64> *target) {
        const QJsonArray loc{QStringLiteral("query"), name};
        if (!request.hasQuery(name)) {
            if (required)
                errors.addError(loc, QStringLiteral("Field required"), QStringLiteral("missing"));
            return;
        }
        const QString text = request.queryValue(name);
        *target = SandboxTime::parse(text);
        if (!*target) {
            errors.addError(loc, QStringLiteral("Input should be a valid datetime or date, invalid character"),
                            QStringLiteral("datetime_from_date_parsing"), text);
        }
    };
    read(QStringLiteral("start_date"), &range.start);
    read(QStringLiteral("end_date"), &range.end);
    return range;
}

std::optional<SandboxResponse> SandboxDateRange::checkOrder() const
{
    if (start && end && *start > *end)
        return SandboxResponse::badRequest(QStringLiteral("start_date must be less than or equal to end_date"));
    return std::nullopt;
}

std::optional<SandboxResponse> SandboxDateRange::checkNotFuture(qint64 nowMicros) const
{
    const qint64 limit = nowMicros + SandboxTime::kMinute;
    if ((start && *start > limit) || (end && *end > limit))
        return SandboxResponse::badRequest(QStringLiteral("start_date and end_date cannot be in the future"));
    return std::nullopt;
}

QString SandboxDateRange::sqlClause(const QString &column, QVariantList *binds) const
{
    QString clause;
    if (start) {
        clause += QStringLiteral(" AND %1 >= ?").arg(column);
        binds->append(*start);
    }
    if (end) {
        clause += QStringLiteral(" AND %1 < ?").arg(column);
        binds->append(*end);
    }
    return clause;
}

bool SandboxDateRange::contains(qint64 micros) const
{
    return (!start || micros >= *start) && (!end || micros < *end);
}

QString SandboxDateRange::key() const
{
    return (start ? QString::number(*start) : QString()) + QLatin1Char('~')
        + (end ? QString::number(*end) : QString());
}

} // namespace repdesk
