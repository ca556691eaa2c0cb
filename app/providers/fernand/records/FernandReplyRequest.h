#pragma once

#include <QJsonObject>
#include <QString>

namespace repdesk {

// Body of POST /conversations/{id}/reply. NOTES.md lists `content`,
// `attachments`, `agent_id` / `agent_email` and `delay`, but no page says what
// unit `delay` takes; Repdesk therefore holds a reply for its undo delay on
// this computer and never sends `delay` unless a caller sets delaySeconds
// explicitly (then as a number, documented nowhere: see README).
struct FernandReplyRequest
{
    QString content; // HTML
    QString agentId;
    QString agentEmail;
    int delaySeconds = -1; // < 0: not sent

    QString validationError() const;
    QJsonObject toJson() const;
};

} // namespace repdesk
