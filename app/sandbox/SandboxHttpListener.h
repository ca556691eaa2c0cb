#pragma once

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpServer>

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

    // A server listening on 127.0.0.1:port (0: any free port), or null with *error set.
    static QTcpServer *listenOn(quint16 port, QObject *parent, QString *error);
    // Binds `server` (listening) and serves on it; it becomes the one interrupt() closes.
    void bind(QTcpServer *server);
    // The server goes away: it stops listening and closes every open connection, an answer on its
    // way included, and listens again on the same port after downMs (0: at once); meanwhile
    // connections are refused. False when it was not listening.
    bool interrupt(int downMs);
    bool isListening() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Callback m_callback;
    QPointer<QTcpServer> m_server; // the listening socket of the moment (replaced by interrupt())
};

} // namespace repdesk
