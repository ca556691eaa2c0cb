#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxRouteGroup.h"

#include <QVariantMap>

#include <optional>

namespace repdesk {

class SandboxContext;
class SandboxRouter;

// The one pending reply per conversation: save/overwrite, autosend queue, lookups with route hints.
class ResponseDraftRoutes : public SandboxRouteGroup
{
public:
    explicit ResponseDraftRoutes(SandboxContext &context) : m_context(context) {}
    void registerRoutes(SandboxRouter &router) override;

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse detail(const SandboxRequest &request);
    SandboxResponse save(const SandboxRequest &request);
    SandboxResponse remove(const SandboxRequest &request);

    // Resolves org, conversation and draft; on failure `error` holds the 404 (with its route hint).
    std::optional<QVariantMap> findDraft(const SandboxRequest &request, SandboxResponse *error) const;
    QVariantMap withRecipient(const QVariantMap &draft) const;

    SandboxContext &m_context;
};

} // namespace repdesk
