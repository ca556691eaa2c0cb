#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouteGroup.h"

namespace repdesk {

class SandboxContext;
class SandboxRouter;

// GET /organizations and the organization's agents.
class OrganizationRoutes : public SandboxRouteGroup
{
public:
    explicit OrganizationRoutes(SandboxContext &context) : m_context(context) {}
    void registerRoutes(SandboxRouter &router) override;

private:
    SandboxResponse organizations(const SandboxRequest &request);
    SandboxResponse agents(const SandboxRequest &request);
    SandboxResponse agent(const SandboxRequest &request);

    SandboxContext &m_context;
};

} // namespace repdesk
