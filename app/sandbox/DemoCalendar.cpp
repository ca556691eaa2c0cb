#include "DemoCalendar.h"

#include "DemoRandom.h"
#include "SandboxTime.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace repdesk {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Relative busyness of weekdays (Monday first) and of the hours of a day: inbound mail and calls
// cluster on weekday office hours, weekends are quiet but not dead.
constexpr double kDayWeight[] = {1.2, 1.15, 1.1, 1.05, 0.9, 0.35, 0.25};
constexpr double kHourWeight[] = {0.08, 0.08, 0.08, 0.08, 0.08, 0.1, 0.2, 0.5, 0.9, 1.3, 1.5, 1.5,
                                  1.2, 1.4, 1.5, 1.4, 1.2, 0.9, 0.7, 0.6, 0.5, 0.35, 0.2, 0.12};
constexpr double kMaxWeight = 1.2 * 1.5;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value / divisor - (value % divisor < 0 ? 1 : 0);
}

} // namespace

DemoCalendar::DemoCalendar(DemoRandom &random, qint64 anchorMicros)
    : m_random(random)
    , m_anchor(anchorMicros)
{
    const double phase = m_random.real() * 2.0 * kPi;
    double total = 0;
    for (int k = 0; k < kWeeks; ++k) {
        const double recency = 1.0 - double(k) / double(kWeeks - 1);
        const double trend = 0.75 + 0.45 * recency;                      // the business grew
        const double season = 1.0 + 0.22 * std::sin(2.0 * kPi * k / 13.0 + phase);
        const double noise = 0.82 + 0.36 * m_random.real();
        m_weights.append(trend * season * noise);
    }
    m_holiday = christmasWeek();
    if (m_holiday < 0)
        m_holiday = 16;
    m_launch = m_random.range(3, 9);
    if (m_launch == m_holiday)
        ++m_launch;
    m_weights[m_holiday] *= 0.3;  // the office mostly closed
    m_weights[m_launch] *= 1.9;   // a promotion went out
    for (double weight : std::as_const(m_weights))
        total += weight;
    for (double &weight : m_weights)
        weight *= kWeeks / total;
}

int DemoCalendar::christmasWeek() const
{
    const QDate today = SandboxTime::toDateTime(m_anchor).date();
    for (int year : {today.year(), today.year() - 1}) {
        const qint64 christmas = SandboxTime::fromDateTime(QDateTime(QDate(year, 12, 25), QTime(12, 0), QTimeZone::utc()));
        if (christmas < m_anchor && christmas >= historyStart())
            return weeksAgo(christmas);
    }
    return -1;
}

int DemoCalendar::weeksAgo(qint64 at) const
{
    return int(qBound(qint64(0), floorDiv(m_anchor - at, kWeek), qint64(kWeeks - 1)));
}

double DemoCalendar::load(qint64 at) const
{
    return m_weights.at(weeksAgo(at));
}

double DemoCalendar::elapsed(qint64 anchorMicros, qint64 at)
{
    return qBound(0.0, 1.0 - double(anchorMicros - at) / double(kWeeks * kWeek), 1.0);
}

int DemoCalendar::dayOfWeek(qint64 at)
{
    // 1970-01-01 was a Thursday.
    return int((floorDiv(at, SandboxTime::kDay) + 3) % 7 + 7) % 7 + 1;
}

int DemoCalendar::hourOf(qint64 at)
{
    return int(floorDiv(at - floorDiv(at, SandboxTime::kDay) * SandboxTime::kDay, SandboxTime::kHour));
}

bool DemoCalendar::isWorkingTime(qint64 at)
{
    const int hour = hourOf(at);
    return dayOfWeek(at) <= 5 && hour >= 8 && hour < 18;
}

qint64 DemoCalendar::nextWorkingTime(qint64 at)
{
    qint64 day = floorDiv(at, SandboxTime::kDay) * SandboxTime::kDay;
    if (hourOf(at) >= 8)
        day += SandboxTime::kDay;
    while (dayOfWeek(day) > 5)
        day += SandboxTime::kDay;
    return day + 8 * SandboxTime::kHour + m_random.range64(0, 75 * SandboxTime::kMinute);
}

QList<int> DemoCalendar::allocate(int count) const
{
    // Largest remainder: the weekly counts follow the weights exactly, not just on average, so
    // the shape shows even with a few hundred conversations.
    QList<int> counts(kWeeks, 0);
    QList<QPair<double, int>> remainders;
    int given = 0;
    for (int k = 0; k < kWeeks; ++k) {
        const double exact = double(count) * m_weights.at(k) / kWeeks;
        counts[k] = int(exact);
        given += counts[k];
        remainders.append({exact - counts[k], k});
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (int i = 0; given < count; ++i, ++given)
        ++counts[remainders.at(i % kWeeks).second];
    const auto busiest = [&counts] { return int(std::max_element(counts.begin(), counts.end()) - counts.begin()); };
    for (int k = kWeeks - 1; k >= 0; --k) {
        // Every week gets one when there are enough to go round; the oldest always does.
        if (counts[k] > 0 || (count < 2 * kWeeks && k != kWeeks - 1) || count == 0)
            continue;
        --counts[busiest()];
        ++counts[k];
    }
    return counts;
}

qint64 DemoCalendar::instantIn(int weeksAgo, bool officeHoursOnly)
{
    const qint64 end = m_anchor - weeksAgo * kWeek - (weeksAgo == 0 ? 10 * SandboxTime::kMinute : 0);
    const qint64 begin = m_anchor - (weeksAgo + 1) * kWeek;
    // Rejection sampling: a uniform instant, kept in proportion to how busy its weekday and hour are.
    qint64 at = begin;
    for (int attempt = 0; attempt < 64; ++attempt) {
        at = m_random.range64(begin, end - 1);
        const int hour = hourOf(at);
        if (officeHoursOnly && (dayOfWeek(at) > 5 || hour < 9 || hour >= 16))
            continue;
        if (m_random.real() * kMaxWeight < kDayWeight[dayOfWeek(at) - 1] * kHourWeight[hour])
            break;
    }
    return at;
}

QList<qint64> DemoCalendar::conversationStarts(int count)
{
    const QList<int> counts = allocate(count);
    QList<qint64> starts;
    starts.reserve(count);
    for (int k = 0; k < kWeeks; ++k) {
        for (int i = 0; i < counts.at(k); ++i)
            starts.append(instantIn(k, false));
    }
    std::sort(starts.begin(), starts.end(), std::greater<qint64>());
    // The last one (in the oldest week, which allocate() never leaves empty) anchors the span and
    // gives the legacy business-hours figures something to measure even in an organization with
    // a handful of conversations.
    if (!starts.isEmpty())
        starts.last() = instantIn(kWeeks - 1, true);
    return starts;
}

} // namespace repdesk
