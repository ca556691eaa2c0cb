#include "RequestSpec.h"

#include "IsoDateTime.h"

#include <QUrl>

namespace repdesk {

RequestSpec &RequestSpec::addQuery(const QString &key, const QDateTime &value)
{
    if (value.isValid())
        query.append({key, IsoDateTime::format(value)});
    return *this;
}

bool RequestSpec::mayRetryAfter(const ApiError &error) const
{
    if (!error.isError() || !error.isTransient())
        return false;
    return retry == Retry::Idempotent || error.httpStatus() == 429;
}

QString RequestSpec::encodedPath() const
{
    QString out;
    for (const QString &segment : path) {
        out += QLatin1Char('/');
        out += QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    return out;
}

QString RequestSpec::encodedQuery() const
{
    QStringList parts;
    for (const auto &kv : query)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(kv.first)) + QLatin1Char('=')
                     + QString::fromLatin1(QUrl::toPercentEncoding(kv.second));
    return parts.join(QLatin1Char('&'));
}

QString RequestSpec::describe() const
{
    QStringList keys;
    for (const auto &kv : query)
        keys << kv.first;
    return QString::fromLatin1(method) + QLatin1Char(' ') + encodedPath()
        + (keys.isEmpty() ? QString() : QStringLiteral(" ?") + keys.join(QLatin1Char(',')));
}

} // namespace repdesk
