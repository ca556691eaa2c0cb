#pragma once

#include "SandboxDateRange.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouteGroup.h"

#include <functional>

namespace repdesk {

class SandboxContext;
class SandboxRouter;

// v2 analytics of an organization and of an agent (camelCase bodies; both dates required).
class AnalyticsRoutes : public SandboxRouteGroup
{
public:
    explicit AnalyticsRoutes(SandboxContext &context) : m_context(context) {}
    void registerRoutes(SandboxRouter &router) override;

private:
    using Compute = std::function<QJsonObject(const QString &organizationId, const QString &agentId,
                                              const SandboxDateRange &range)>;
    // Validates dates, organization and (when `forAgent`) the agent, then computes the body.
    SandboxResponse answer(const SandboxRequest &request, bool forAgent, const Compute &compute);

    SandboxContext &m_context;
};

} // namespace repdesk
