#pragma once

#include "FernandSandboxData.h"
#include "SandboxRouteGroup.h"
#include "SandboxResponse.h"

#include <QJsonObject>

namespace repdesk {

class SandboxRequest;

// Fernand's routes (NOTES.md's table and fernand-create-draft.txt) over
// FernandSandboxData. Errors answer {"error": "..."}; unknown conversations and
// contacts 404. Where the docs are silent, this server's choices are written
// beside each handler, and the client must not rely on them.
class FernandSandboxRoutes : public SandboxRouteGroup
{
public:
    explicit FernandSandboxRoutes(FernandSandboxData &data) : m_data(data) {}
    void registerRoutes(SandboxRouter &router) override;

    static SandboxResponse error(int status, const QString &message);
    static constexpr int streamPageSize = 25;

private:
    SandboxResponse listConversations(const SandboxRequest &r);
    SandboxResponse getConversation(const SandboxRequest &r);
    SandboxResponse patchConversation(const SandboxRequest &r);
    SandboxResponse listMessages(const SandboxRequest &r);
    SandboxResponse reply(const SandboxRequest &r);
    SandboxResponse createDraft(const SandboxRequest &r);
    SandboxResponse deleteDraft(const SandboxRequest &r);
    SandboxResponse listContacts(const SandboxRequest &r);
    SandboxResponse getContact(const SandboxRequest &r);
    SandboxResponse listAgents(const SandboxRequest &r);

    FernandSandboxData::Conversation *conversation(const SandboxRequest &r, const QString &param);
    QJsonObject conversationJson(const FernandSandboxData::Conversation &c) const;
    static QJsonObject itemJson(const FernandSandboxData::Item &item);
    static QJsonObject draftJson(const FernandSandboxData::Draft &d);
    // An agent named in a body by `<prefix>_id` or `<prefix>_email`; 0 when neither
    // is given, -1 when one is given and names nobody.
    qint64 agentFrom(const QJsonObject &body, const QString &prefix) const;

    FernandSandboxData &m_data;
};

} // namespace repdesk
