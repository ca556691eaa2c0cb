#pragma once

#include <QDateTime>
#include <QString>

namespace repdesk {

// How a FernandSandboxServer behaves: its data and its published limits.
struct FernandSandboxOptions
{
    QString apiKey = QStringLiteral("sk_sandbox");
    quint32 seed = 42;
    int conversations = 120;
    // Fernand's limits: 20 GET and 5 writes a minute per key. Tests shorten the window.
    int readsPerWindow = 20;
    int writesPerWindow = 5;
    qint64 windowMs = 60000;
    QDateTime anchor; // "now" for the generated data; invalid: the current minute
    // Serve the routes only under "/v3" (404 elsewhere), like a server that wants the prefix.
    bool onlyV3 = false;
};

} // namespace repdesk
