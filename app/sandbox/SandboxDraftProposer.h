#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

namespace repdesk {

class SandboxContext;

// HyperRep at work in the sandbox: a contact writes in and HyperRep proposes a reply to that
// message as the conversation's pending response draft (or rewrites the pending one to answer it),
// for a person to approve, change or delete. Also a colleague's change to a draft, made elsewhere.
class SandboxDraftProposer
{
public:
    explicit SandboxDraftProposer(SandboxContext &context) : m_context(context) {}

    // A new inbound message lands in the conversation (last_activity_at bumped, unread) and the
    // reply to it becomes its pending draft, written by HyperRep (the audit row names no agent).
    // Empty id: a conversation of the first tenant's first organization, outside spam, one that
    // already has a pending draft a third of the time. Returns the response id; empty, with
    // nothing changed, when there is no such conversation or its draft is sending.
    QString propose(const QString &conversationId = {});
    // As if someone else POSTed it without autosend: the body changes, created_at moves to now,
    // cc, bcc and notification stay. Creates the draft if there is none; false (nothing changed)
    // for an unknown conversation or a draft that is sending.
    bool overwrite(const QString &conversationId, const QString &bodyHtml);

private:
    std::optional<QVariantMap> pickConversation();
    // A uniformly random row of `from` (a FROM ... WHERE clause on conversations c), or none.
    std::optional<QVariantMap> randomConversation(const QString &from, const QVariantList &binds);
    QString colleagueEmail(const QString &organizationId, const QString &agentId);

    SandboxContext &m_context;
};

} // namespace repdesk
