#pragma once

#include <QList>

namespace repdesk {

class DemoRandom;

// When things happen in the demo data: a half year of weeks whose volume rises and falls (a growth
// trend, a season, noise, a quiet holiday week and a busy launch week), busier weekdays than
// weekends and office hours than nights, and the team's working hours. All in UTC, the time zone
// the legacy analytics call business hours in.
class DemoCalendar
{
public:
    static constexpr qint64 kWeek = 7LL * 24 * 3600 * 1000000; // microseconds
    // The current week and 26 before it, so every 26-week window ending at the anchor, calendar
    // weeks included, is covered.
    static constexpr int kWeeks = 27;

    // Draws this organization's weekly shape from `random`, which it keeps for the other draws.
    DemoCalendar(DemoRandom &random, qint64 anchorMicros);

    qint64 anchor() const { return m_anchor; }
    qint64 historyStart() const { return m_anchor - kWeeks * kWeek; }
    int weeksAgo(qint64 at) const;     // 0 = the last seven days, clamped to the history
    double load(qint64 at) const;      // that week's volume over the average week's
    bool isHoliday(qint64 at) const { return weeksAgo(at) == m_holiday; }
    // 0 at the start of the history, 1 at the anchor: what trends (speed, assistant use) follow.
    static double elapsed(qint64 anchorMicros, qint64 at);

    // `count` conversation starts spread over the weeks by their volume, each at a weekday and
    // hour drawn by how busy those are, newest first, except that the last one is the oldest
    // week's (so the data spans the whole history) on a weekday in office hours. With at least
    // two per week on average, no week is left empty.
    QList<qint64> conversationStarts(int count);

    // Monday to Friday, 08:00 to 18:00: when the agents answer.
    static bool isWorkingTime(qint64 at);
    // The next morning the office opens after `at` (08:00 plus up to 75 minutes of settling in).
    qint64 nextWorkingTime(qint64 at);
    static int dayOfWeek(qint64 at); // 1 = Monday ... 7 = Sunday
    static int hourOf(qint64 at);

private:
    QList<int> allocate(int count) const;
    qint64 instantIn(int weeksAgo, bool officeHoursOnly);
    int christmasWeek() const;

    DemoRandom &m_random;
    qint64 m_anchor;
    QList<double> m_weights; // per week ago, mean 1
    int m_holiday = -1;
    int m_launch = -1;
};

} // namespace repdesk
