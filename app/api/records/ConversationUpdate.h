#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace repdesk {

// A change to a conversation's workflow state, for providers that have one
// (InboxProvider::ConversationStatus, Snooze, Assignment). Only what is set
// is sent. Statuses are the inbox's folder names ("opened", "closed", "spam",
// "snoozed"), which is how such a provider's conversations are foldered.
struct ConversationUpdate
{
    std::optional<QString> status;
    std::optional<QDateTime> snoozeUntil; // invalid: wake now (unsnooze)
    std::optional<QString> assigneeId;    // empty: unassign

    bool isEmpty() const { return !status && !snoozeUntil && !assigneeId; }
};

} // namespace repdesk
