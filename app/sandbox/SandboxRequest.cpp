#include "SandboxRequest.h"

#include "SandboxResponse.h"

#include <QJsonDocument>
#include <QUrl>

namespace repdesk {

SandboxRequest SandboxRequest::fromTarget(const QString &method, const QByteArray &encodedPath,
                                          const QString &encodedQuery, const QByteArray &body)
{
    SandboxRequest request;
    request.method = method;
    request.rawQuery = encodedQuery;
    request.query.setQuery(encodedQuery);
    request.body = body;
    // Split before decoding: ids are opaque and may carry an encoded '/'.
    const QList<QByteArray> parts = encodedPath.split('/');
    for (int i = 0; i < parts.size(); ++i) {
        const bool edge = i == 0 || i == parts.size() - 1;
        if (parts.at(i).isEmpty() && edge)
            continue;
        request.segments.append(QUrl::fromPercentEncoding(parts.at(i)));
    }
    return request;
}

bool SandboxRequest::hasQuery(const QString &key) const
{
    return query.hasQueryItem(key);
}

QString SandboxRequest::queryValue(const QString &key) const
{
    // FullyDecoded keeps a literal '+' (a date offset sent unencoded) instead of turning it into a space.
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

std::optional<QJsonObject> SandboxRequest::jsonObject(SandboxResponse *error) const
{
    if (body.trimmed().isEmpty()) {
        *error = SandboxResponse::validation(QJsonArray{QStringLiteral("body")},
                                             QStringLiteral("Field required"), QStringLiteral("missing"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = SandboxResponse::validation(QJsonArray{QStringLiteral("body"), parseError.offset},
                                             QStringLiteral("JSON decode error"),
                                             QStringLiteral("json_invalid"), parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = SandboxResponse::validation(QJsonArray{QStringLiteral("body")},
                                             QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                                             QStringLiteral("model_attributes_type"));
        return std::nullopt;
    }
    return document.object();
}

} // namespace repdesk
