#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace repdesk {

class SandboxResponse;

// A request as the route handlers see it: decoded path segments, the route's parameters, query and body.
class SandboxRequest
{
public:
    QString method;             // "GET", "POST", ...
    QStringList segments;       // percent-decoded, without empty leading/trailing parts
    QString rawQuery;
    QUrlQuery query;
    QByteArray body;
    QHash<QString, QString> params; // filled by the router from {placeholders}

    static SandboxRequest fromTarget(const QString &method, const QByteArray &encodedPath,
                                     const QString &encodedQuery, const QByteArray &body);

    QString path() const { return QLatin1Char('/') + segments.join(QLatin1Char('/')); }
    QString param(const QString &name) const { return params.value(name); }
    bool hasQuery(const QString &key) const;
    QString queryValue(const QString &key) const;

    // The body as a JSON object; on failure `error` holds the 422 FastAPI would answer.
    std::optional<QJsonObject> jsonObject(SandboxResponse *error) const;
};

} // namespace repdesk
