#pragma once

#include "FernandSandboxOptions.h"
#include "SandboxThreadHost.h"

namespace repdesk {

// The Fernand sandbox (FernandSandboxServer) on its own thread, for `repdesk --demo --provider fernand`.
class FernandSandboxHost : public SandboxThreadHost
{
    Q_OBJECT
public:
    explicit FernandSandboxHost(const FernandSandboxOptions &options, QObject *parent = nullptr);
    ~FernandSandboxHost() override;

protected:
    QObject *createServer(QUrl *url, QString *error) override;

private:
    FernandSandboxOptions m_options;
};

} // namespace repdesk
