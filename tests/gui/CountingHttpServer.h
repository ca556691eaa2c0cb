#pragma once

// A loopback HTTP server for tst_webviews that counts every connection and
// records each request path, answering each with a 1x1 PNG: the witness that
// no request escaped the thread view (or exactly the allowed one did).

#include <QBuffer>
#include <QImage>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace repdesk::testsupport {

class CountingHttpServer
{
public:
    CountingHttpServer()
    {
        QImage pixel(1, 1, QImage::Format_ARGB32);
        pixel.fill(Qt::red);
        QBuffer png(&m_png);
        png.open(QIODevice::WriteOnly);
        pixel.save(&png, "PNG");
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path); }
    int connections() const { return m_connections; }
    QStringList requests() const { return m_requests; }
    void reset()
    {
        m_connections = 0;
        m_requests.clear();
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_pending[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_pending.remove(socket);
        m_requests << QString::fromLatin1(requestLine.value(1));
        QByteArray reply = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: ";
        reply += QByteArray::number(m_png.size()) + "\r\n\r\n" + m_png;
        socket->write(reply);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_png;
    QHash<QTcpSocket *, QByteArray> m_pending;
    int m_connections = 0;
    QStringList m_requests;
};

} // namespace repdesk::testsupport
