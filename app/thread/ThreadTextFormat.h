#pragma once

#include "Agent.h"
#include "Contact.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>

#include <optional>

namespace repdesk {

// The human-readable strings of a thread (durations, dates, people), kept
// apart from the markup so they can be unit-tested and reused by the list.
// Results are plain text: callers escape them.
class ThreadTextFormat
{
public:
    // "42 s", "4 min 05 s", "1 h 02 min 05 s"; "unknown" for nullopt.
    static QString duration(std::optional<int> seconds);
    // Local time in the default QLocale's long date plus short time.
    static QString timestamp(const QDateTime &when, const QLocale &locale = QLocale());
    // UTC ISO 8601 for <time datetime>: unambiguous whatever the viewer's zone.
    static QString isoTimestamp(const QDateTime &when);
    // "Name <email>", falling back to email, phone, then "Unknown contact".
    static QString contactLabel(const std::optional<Contact> &contact);
    // Short form for bubbles and aria labels: name, else email/phone, else "Unknown contact".
    static QString contactName(const std::optional<Contact> &contact);
    // The agent's name (else email); "Unknown agent" for an id that is not in `agents`.
    static QString agentName(const QHash<QString, Agent> &agents, const QString &agentId);
};

} // namespace repdesk
