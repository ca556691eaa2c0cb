#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouteGroup.h"

namespace repdesk {

class SandboxContext;
class SandboxRouter;

// Sales of the organization or of one agent (owner), and sale detail. Draft sales are never listed.
class SalesRoutes : public SandboxRouteGroup
{
public:
    explicit SalesRoutes(SandboxContext &context) : m_context(context) {}
    void registerRoutes(SandboxRouter &router) override;

private:
    SandboxResponse list(const SandboxRequest &request, bool byAgent);
    SandboxResponse detail(const SandboxRequest &request);

    SandboxContext &m_context;
};

} // namespace repdesk
