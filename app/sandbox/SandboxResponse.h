#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace repdesk {

// An answer before it hits the wire: built synchronously by the handlers, written (maybe later,
// for injected latency) by the server.
class SandboxResponse
{
public:
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(const QJsonObject &object, int status = 200);
    static SandboxResponse json(const QJsonArray &array, int status = 200);
    static SandboxResponse detail(int status, const QString &detail);
    // FastAPI's 422 shape: {"detail": [{"type", "loc", "msg", "input"}]}.
    static SandboxResponse validation(const QJsonArray &errors);
    static SandboxResponse validation(const QJsonArray &loc, const QString &msg, const QString &type,
                                      const QJsonValue &input = QJsonValue::Null);
    static SandboxResponse noContent();
    static SandboxResponse notFound(const QString &detail) { return SandboxResponse::detail(404, detail); }
    static SandboxResponse badRequest(const QString &detail) { return SandboxResponse::detail(400, detail); }

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    QByteArray toHttp() const;
    static QByteArray reasonPhrase(int status);
};

} // namespace repdesk
