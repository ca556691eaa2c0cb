#include "SandboxHttpListener.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

namespace repdesk {

SandboxHttpListener::SandboxHttpListener(Callback callback, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_callback(std::move(callback))
{
}

QTcpServer *SandboxHttpListener::listenOn(quint16 port, QObject *parent, QString *error)
{
    auto *tcp = new QTcpServer(parent);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        delete tcp;
        return nullptr;
    }
    return tcp;
}

void SandboxHttpListener::bind(QTcpServer *server)
{
    m_server = server;
    QAbstractHttpServer::bind(server);
}

bool SandboxHttpListener::interrupt(int downMs)
{
    if (!isListening())
        return false;
    const quint16 port = m_server->serverPort();
    QObject *parent = m_server->parent();
    // The accepted sockets are the listening server's children: a late answer's QPointer sees them go.
    QTcpServer *old = m_server;
    m_server = nullptr;
    old->close();
    const auto sockets = old->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    old->deleteLater();
    QTimer::singleShot(qMax(0, downMs), this, [this, port, parent] {
        QString error;
        if (QTcpServer *tcp = listenOn(port, parent, &error))
            bind(tcp);
        else
            qWarning("repdesk-sandbox: could not listen again: %s", qPrintable(error));
    });
    return true;
}

bool SandboxHttpListener::isListening() const
{
    return m_server && m_server->isListening();
}

bool SandboxHttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_callback(request, socket);
    return true;
}

void SandboxHttpListener::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Unreachable (handleRequest claims every request), but an answer is still owed.
    socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 22\r\n\r\n"
                   "{\"detail\":\"Not Found\"}");
}

} // namespace repdesk
