#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouteGroup.h"

namespace repdesk {

class SandboxContext;
class SandboxRouter;

// New outbound messages saved as drafts (not tied to a conversation), organised in folders.
class MessageDraftRoutes : public SandboxRouteGroup
{
public:
    explicit MessageDraftRoutes(SandboxContext &context) : m_context(context) {}
    void registerRoutes(SandboxRouter &router) override;

    // "Sales Follow-up" -> "sales-follow-up"; empty -> "drafts".
    static QString slugify(const QString &folder);

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse detail(const SandboxRequest &request);
    SandboxResponse create(const SandboxRequest &request);
    SandboxResponse remove(const SandboxRequest &request);

    SandboxContext &m_context;
};

} // namespace repdesk
