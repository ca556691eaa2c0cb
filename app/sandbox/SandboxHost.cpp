#include "SandboxHost.h"

#include "SandboxServer.h"

namespace repdesk {

SandboxHost::SandboxHost(const SandboxOptions &options, QObject *parent)
    : SandboxThreadHost(QStringLiteral("repdesk-sandbox"), parent), m_options(options)
{
}

SandboxHost::~SandboxHost() = default;

QObject *SandboxHost::createServer(QUrl *url, QString *error)
{
    auto *server = new SandboxServer(m_options);
    if (!server->start(0, error)) {
        delete server;
        return nullptr;
    }
    *url = server->url();
    return server;
}

} // namespace repdesk
