#include "FernandSandboxHost.h"

#include "FernandSandboxServer.h"

namespace repdesk {

FernandSandboxHost::FernandSandboxHost(const FernandSandboxOptions &options, QObject *parent)
    : SandboxThreadHost(QStringLiteral("fernand-sandbox"), parent), m_options(options)
{
}

FernandSandboxHost::~FernandSandboxHost() = default;

QObject *FernandSandboxHost::createServer(QUrl *url, QString *error)
{
    auto *server = new FernandSandboxServer(m_options);
    if (!server->start(0, error)) {
        delete server;
        return nullptr;
    }
    *url = server->url();
    return server;
}

} // namespace repdesk
