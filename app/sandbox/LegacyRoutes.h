#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouteGroup.h"

namespace repdesk {

class SandboxContext;
class SandboxRouter;

// Legacy v1: /api/v1/solutions (a bare array keyed by UUID) and per-solution analytics.
class LegacyRoutes : public SandboxRouteGroup
{
public:
    explicit LegacyRoutes(SandboxContext &context) : m_context(context) {}
    void registerRoutes(SandboxRouter &router) override;

private:
    SandboxResponse solutions(const SandboxRequest &request);
    SandboxResponse analytics(const SandboxRequest &request);

    SandboxContext &m_context;
};

} // namespace repdesk
