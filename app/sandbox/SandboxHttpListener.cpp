#include "SandboxHttpListener.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace repdesk {

SandboxHttpListener::SandboxHttpListener(Callback callback, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_callback(std::move(callback))
{
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
