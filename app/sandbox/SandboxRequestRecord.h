#pragma once

#include <QByteArray>
#include <QString>

namespace repdesk {

// One entry of SandboxServer::requestLog(): what a test needs to assert on the client's traffic.
struct SandboxRequestRecord
{
    QString method;
    QString path;       // percent-decoded
    QString query;      // as received (still encoded)
    int status = 0;     // 0: the connection was dropped without an answer
    QByteArray apiKey;
    QByteArray userAgent;
    QByteArray body;
};

} // namespace repdesk
