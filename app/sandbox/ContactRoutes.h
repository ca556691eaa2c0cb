#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouteGroup.h"

namespace repdesk {

class SandboxContext;
class SandboxRouter;

// Contacts: list, detail, create.
class ContactRoutes : public SandboxRouteGroup
{
public:
    explicit ContactRoutes(SandboxContext &context) : m_context(context) {}
    void registerRoutes(SandboxRouter &router) override;

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse detail(const SandboxRequest &request);
    SandboxResponse create(const SandboxRequest &request);

    SandboxContext &m_context;
};

} // namespace repdesk
