#pragma once

namespace repdesk {

class SandboxRouter;

// A family of routes (one API area) that the server owns and asks to register itself.
class SandboxRouteGroup
{
public:
    virtual ~SandboxRouteGroup() = default;
    virtual void registerRoutes(SandboxRouter &router) = 0;
};

} // namespace repdesk
