#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouteGroup.h"

namespace repdesk {

class SandboxContext;
class SandboxRouter;

// Audit logs, newest first, filtered by agent, record type, action type and dates.
class AuditLogRoutes : public SandboxRouteGroup
{
public:
    explicit AuditLogRoutes(SandboxContext &context) : m_context(context) {}
    void registerRoutes(SandboxRouter &router) override;

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse detail(const SandboxRequest &request);

    SandboxContext &m_context;
};

} // namespace repdesk
