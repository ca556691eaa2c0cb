#pragma once

#include "DemoOrganization.h"

namespace repdesk {

class DemoCalendar;
class DemoRandom;

// Who speaks when in one demo conversation. Replies come after a delay that depends on the agent
// (their own speed and how it drifted over the half year), the channel, how busy that week was,
// and office hours (a reply due at night or on a weekend mostly waits for the next morning).
// Busy weeks, holidays and some agents leave more conversations unanswered.
class DemoThreadTiming
{
public:
    DemoThreadTiming(DemoRandom &random, DemoCalendar &calendar) : m_random(random), m_calendar(calendar) {}

    // One entry per message, true where the agent speaks. At most `messages` entries: a
    // conversation nobody answers stops after a few messages from the contact. With `answered`,
    // it opens with the contact and the agent's reply follows at once.
    QList<bool> directions(const DemoOrganization::Agent &agent, const QString &modality, int messages,
                           qint64 start, bool answered);
    // Ascending times, the first at `start`; not yet kept before the anchor.
    QList<qint64> times(const DemoOrganization::Agent &agent, const QString &modality, const QList<bool> &sent,
                        qint64 start);

private:
    qint64 replyAt(const DemoOrganization::Agent &agent, const QString &modality, qint64 inboundAt);
    qint64 followUpAt(const QString &modality, qint64 previous);
    qint64 contactReplyAt(const QString &modality, qint64 previous, bool afterAgent);

    DemoRandom &m_random;
    DemoCalendar &m_calendar;
};

} // namespace repdesk
