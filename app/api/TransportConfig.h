#pragma once

#include "RetryPolicy.h"

#include <QByteArray>
#include <QUrl>

namespace repdesk {

struct TransportConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.hyperrep.ai"));
    QByteArray apiKeyHeader = "X-API-KEY";
    QByteArray apiKey;
    int transferTimeoutMs = 30000;
    int maxRequestsPerHost = 4;
    RetryPolicy retry;

    // https everywhere, plain http only on loopback (the sandbox, tests).
    static bool isSecureOrLoopback(const QUrl &url);
};

} // namespace repdesk
