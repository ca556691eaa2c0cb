#pragma once

#include "SandboxOptions.h"
#include "SandboxThreadHost.h"

namespace repdesk {

// The HyperRep sandbox (SandboxServer) on its own thread, for `repdesk --demo`.
class SandboxHost : public SandboxThreadHost
{
    Q_OBJECT
public:
    explicit SandboxHost(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxHost() override;

protected:
    QObject *createServer(QUrl *url, QString *error) override;

private:
    SandboxOptions m_options;
};

} // namespace repdesk
