#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouteGroup.h"

#include <optional>

namespace repdesk {

class SandboxContext;
class SandboxRouter;

// Companies: list, detail, create (with domain normalisation).
class CompanyRoutes : public SandboxRouteGroup
{
public:
    explicit CompanyRoutes(SandboxContext &context) : m_context(context) {}
    void registerRoutes(SandboxRouter &router) override;

    // "HTTPS://Www.Example.COM/about?x" -> "www.example.com"; nullopt when no dot is left.
    static std::optional<QString> normalizeDomain(const QString &input);

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse detail(const SandboxRequest &request);
    SandboxResponse create(const SandboxRequest &request);

    SandboxContext &m_context;
};

} // namespace repdesk
