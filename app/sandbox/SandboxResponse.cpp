#include "SandboxResponse.h"

#include <QJsonDocument>

namespace repdesk {

SandboxResponse SandboxResponse::json(const QJsonObject &object, int status)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::json(const QJsonArray &array, int status)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::detail(int status, const QString &detail)
{
    return json(QJsonObject{{QStringLiteral("detail"), detail}}, status);
}

SandboxResponse SandboxResponse::validation(const QJsonArray &errors)
{
    return json(QJsonObject{{QStringLiteral("detail"), errors}}, 422);
}

SandboxResponse SandboxResponse::validation(const QJsonArray &loc, const QString &msg,
                                            const QString &type, const QJsonValue &input)
{
    return validation(QJsonArray{QJsonObject{{QStringLiteral("type"), type},
                                             {QStringLiteral("loc"), loc},
                                             {QStringLiteral("msg"), msg},
                                             {QStringLiteral("input"), input}}});
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

QByteArray SandboxResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status < 400 ? "OK" : "Error";
    }
}

QByteArray SandboxResponse::toHttp() const
{
    // Written by hand rather than through QHttpServerResponder: Qt 6.4's responder only takes
    // compile-time header lists and throws on status codes it does not know.
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Server: repdesk-sandbox\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    if (status != 204)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    if (status != 204)
        out += body;
    return out;
}

} // namespace repdesk
