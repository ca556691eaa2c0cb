#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace repdesk {

// Body of PATCH /conversations/{id}: only the fields set are sent.
struct FernandConversationUpdate
{
    std::optional<QString> status; // OPENED, CLOSED, SPAM, SNOOZED
    // A date, or one of the phrases Fernand documents; the phrases themselves
    // are not in the notes this project has, so Repdesk only ever sends a date.
    std::optional<QDateTime> snoozeUntil;
    std::optional<QString> agentId;   // empty string: unassign (sent as null)
    std::optional<QString> agentEmail;
    std::optional<QString> subject;

    bool isEmpty() const { return !status && !snoozeUntil && !agentId && !agentEmail && !subject; }
    QJsonObject toJson() const;
};

} // namespace repdesk
