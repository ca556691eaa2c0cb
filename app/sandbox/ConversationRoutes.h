#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouteGroup.h"

namespace repdesk {

class SandboxContext;
class SandboxRouter;

// Conversations (of the organization, of a contact, of an agent) and their messages.
class ConversationRoutes : public SandboxRouteGroup
{
public:
    explicit ConversationRoutes(SandboxContext &context) : m_context(context) {}
    void registerRoutes(SandboxRouter &router) override;

private:
    enum class Scope { Organization, Contact, Agent };
    SandboxResponse list(const SandboxRequest &request, Scope scope);
    SandboxResponse conversation(const SandboxRequest &request);
    SandboxResponse messages(const SandboxRequest &request);
    SandboxResponse message(const SandboxRequest &request);

    SandboxContext &m_context;
};

} // namespace repdesk
