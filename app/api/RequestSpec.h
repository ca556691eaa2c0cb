#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace repdesk {

// What to send, before it becomes a QNetworkRequest. Path segments are kept
// raw and percent-encoded one by one by the Transport: ids are opaque tokens
// that may contain '/', '=' or '+'.
struct RequestSpec
{
    enum class Retry {
        Idempotent, // GET, DELETE, and POSTs that overwrite: retried on network errors, 5xx, 429
        // POSTs that create, and the response-draft POST that sends (autosend): retried only
        // on 429, which says the request was not processed. The Transport also stops
        // QNetworkAccessManager from resending them on its own.
        OnlyIfNotProcessed,
    };

    QByteArray method = "GET";
    QStringList path;
    QList<QPair<QString, QString>> query;
    QByteArray jsonBody;
    Retry retry = Retry::Idempotent;

    RequestSpec &addQuery(const QString &key, const QString &value)
    {
        if (!value.isEmpty())
            query.append({key, value});
        return *this;
    }
    RequestSpec &addQuery(const QString &key, int value, bool onlyIfPositive = true)
    {
        if (!onlyIfPositive || value > 0)
            query.append({key, QString::number(value)});
        return *this;
    }
    RequestSpec &addQuery(const QString &key, const QDateTime &value);

    // Whether an attempt that failed with `error` may be sent again as it is. A 503 is not
    // a 429, even with Retry-After: it does not say the request was left unprocessed.
    bool mayRetryAfter(const ApiError &error) const;

    QString encodedPath() const;
    QString encodedQuery() const;
    // "GET /api/v2/..." for logs: no query values, no key.
    QString describe() const;
};

} // namespace repdesk
