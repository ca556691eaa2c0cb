#include "DemoThreadTiming.h"

#include "DemoCalendar.h"
#include "DemoRandom.h"
#include "SandboxTime.h"

#include <cmath>

namespace repdesk {

namespace {

// How long a first reply takes on each channel, relative to an e-mail.
double channelFactor(const QString &modality)
{
    if (modality == QLatin1String("live_chat"))
        return 0.05;
    if (modality == QLatin1String("text"))
        return 0.4;
    if (modality == QLatin1String("call"))
        return 1.6;
    if (modality == QLatin1String("form"))
        return 0.8;
    return 1.0;
}

} // namespace

QList<bool> DemoThreadTiming::directions(const DemoOrganization::Agent &agent, const QString &modality,
                                         int messages, qint64 start, bool answered)
{
    bool sent = modality == QLatin1String("email") ? m_random.chance(0.15)
              : modality == QLatin1String("call")  ? m_random.chance(0.3)
                                                    : false;
    if (answered)
        sent = false;
    const double miss = agent.missRate + 0.12 * qMax(0.0, m_calendar.load(start) - 1.0)
        + (m_calendar.isHoliday(start) ? 0.18 : 0.0);
    const bool unanswered = !sent && !answered && m_random.chance(miss);
    const int count = unanswered ? qMin(messages, m_random.range(1, 3)) : messages;
    QList<bool> result;
    result.reserve(count);
    for (int j = 0; j < count; ++j) {
        if (answered && j == 1)
            sent = true;
        else if (j > 0 && !unanswered && m_random.chance(0.8))
            sent = !sent;
        result.append(sent);
    }
    return result;
}

QList<qint64> DemoThreadTiming::times(const DemoOrganization::Agent &agent, const QString &modality,
                                      const QList<bool> &sent, qint64 start)
{
    QList<qint64> result{start + m_random.range64(0, SandboxTime::kSecond - 1)};
    result.reserve(sent.size());
    for (int j = 1; j < sent.size(); ++j) {
        const qint64 previous = result.last();
        qint64 at = 0;
        if (sent.at(j))
            at = sent.at(j - 1) ? followUpAt(modality, previous) : replyAt(agent, modality, previous);
        else
            at = contactReplyAt(modality, previous, sent.at(j - 1));
        result.append(qMax(at, previous + SandboxTime::kSecond));
    }
    return result;
}

qint64 DemoThreadTiming::replyAt(const DemoOrganization::Agent &agent, const QString &modality, qint64 inboundAt)
{
    const double elapsed = DemoCalendar::elapsed(m_calendar.anchor(), inboundAt);
    const double minutes = agent.responseMinutes * channelFactor(modality)
        * std::exp(agent.drift * elapsed)                  // this agent got faster or slower
        * std::exp(-0.4 * elapsed)                         // the whole team faster, with drafts
        * (0.65 + 0.35 * m_calendar.load(inboundAt))       // busy weeks are slower
        * std::exp(0.7 * m_random.normal());               // and any one reply varies a lot
    qint64 at = inboundAt + qMax<qint64>(15 * SandboxTime::kSecond, qint64(minutes * double(SandboxTime::kMinute)));
    // Out of hours, most replies wait for the next morning; someone on call answers the rest, and
    // more of them as the team took to answering assistant drafts from their phones.
    if (!DemoCalendar::isWorkingTime(at) && m_random.chance(0.95 - 0.7 * elapsed))
        at = qMax(at, m_calendar.nextWorkingTime(at));
    return at;
}

qint64 DemoThreadTiming::followUpAt(const QString &modality, qint64 previous)
{
    qint64 low = SandboxTime::kDay, high = 4 * SandboxTime::kDay;
    if (modality == QLatin1String("live_chat")) {
        low = 30 * SandboxTime::kSecond;
        high = 3 * SandboxTime::kMinute;
    } else if (modality == QLatin1String("text")) {
        low = 2 * SandboxTime::kHour;
        high = 2 * SandboxTime::kDay;
    } else if (modality == QLatin1String("call")) {
        high = 3 * SandboxTime::kDay;
    }
    qint64 at = previous + m_random.range64(low, high);
    if (!DemoCalendar::isWorkingTime(at) && modality != QLatin1String("live_chat"))
        at = m_calendar.nextWorkingTime(at);
    return at;
}

qint64 DemoThreadTiming::contactReplyAt(const QString &modality, qint64 previous, bool afterAgent)
{
    qint64 low = 15 * SandboxTime::kMinute, high = 36 * SandboxTime::kHour;
    if (!afterAgent) {
        // A second message before anyone answered: an afterthought, soon after the first.
        low = modality == QLatin1String("live_chat") ? 10 * SandboxTime::kSecond : SandboxTime::kMinute;
        high = modality == QLatin1String("live_chat") ? 90 * SandboxTime::kSecond : 8 * SandboxTime::kHour;
    } else if (modality == QLatin1String("text")) {
        low = SandboxTime::kMinute;
        high = 3 * SandboxTime::kHour;
    } else if (modality == QLatin1String("live_chat")) {
        low = 20 * SandboxTime::kSecond;
        high = 10 * SandboxTime::kMinute;
    } else if (modality == QLatin1String("call")) {
        low = 2 * SandboxTime::kHour;
        high = 4 * SandboxTime::kDay;
    }
    if (afterAgent && m_random.chance(0.08))
        return previous + m_random.range64(SandboxTime::kDay, 7 * SandboxTime::kDay);
    return previous + m_random.range64(low, high);
}

} // namespace repdesk
