#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace repdesk {

// The HTTP front of the sandbox: every parsed request goes to one callback, which routes it and
// answers on the socket itself (possibly later, or never when a dropped connection is injected).
class SandboxHttpListener : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit SandboxHttpListener(Callback callback, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Callback m_callback;
};

} // namespace repdesk
