#pragma once

#include <QString>

namespace repdesk {

// Route templates shared by the route groups (the router matches them segment by segment).
class SandboxRoutePaths
{
public:
    static QString organization(const QString &rest = {})
    {
        return QStringLiteral("api/v2/organizations/{organization_id}") + rest;
    }
    static QString messageRoute(const QString &organizationId, const QString &conversationId,
                                const QString &messageId)
    {
        return QStringLiteral("/api/v2/organizations/%1/conversations/%2/messages/%3")
            .arg(organizationId, conversationId, messageId);
    }
    static QString messageDraftRoute(const QString &organizationId, const QString &draftId)
    {
        return QStringLiteral("/api/v2/organizations/%1/message-drafts/%2").arg(organizationId, draftId);
    }
    static QString responseDraftRoute(const QString &organizationId, const QString &conversationId,
                                      const QString &draftId)
    {
        return QStringLiteral("/api/v2/organizations/%1/conversations/%2/response-drafts/%3")
            .arg(organizationId, conversationId, draftId);
    }
};

} // namespace repdesk
