#pragma once

#include <QString>

namespace repdesk {

// What a contact's message asks for, read from its words, so that a suggested reply can answer it
// (the demo data's messages come from fixed phrase lists, so a few keywords read them reliably).
class DemoAsk
{
public:
    // Most specific first: a message matching two kinds is the earlier one. None: nothing a
    // salesperson would answer (a newsletter, a phishing mail).
    enum class Kind { None, Insurance, Price, Quote, Appointment, Availability, Repair, Decision, FollowUp, Thanks, General };

    // `message` as stored: HTML for e-mail (markup, scripts and styles are ignored), plain text otherwise.
    static Kind classify(const QString &message);
    static QString name(Kind kind); // "quote", "appointment", ... (logs and test messages)
};

} // namespace repdesk
