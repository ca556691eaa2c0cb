// The dashboards' range rules (AnalyticsRange), with explicit "now" and time
// zones: presets, custom ranges, clamping, the previous period, and day/week
// buckets across DST changes and quarter boundaries.
#include "AnalyticsRange.h"

#include <QTest>

using namespace repdesk;
using Preset = AnalyticsRange::Preset;
using Granularity = AnalyticsRange::Granularity;

namespace {
const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kSantiago("America/Santiago");

QDateTime local(int y, int m, int d, int h = 0, int min = 0, const QTimeZone &zone = kBerlin)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone);
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

// The rules every resolved range keeps, whatever it is.
void checkInvariants(const AnalyticsRange &r)
{
    QVERIFY(r.isValid());
    QVERIFY(r.start() <= r.end());
    QVERIFY(r.end() <= r.now());
    QVERIFY(r.end() <= r.nominalEnd());
    QCOMPARE(r.start().timeSpec(), Qt::UTC);
    const auto buckets = r.buckets();
    QVERIFY(!buckets.isEmpty());
    QCOMPARE(buckets.first().start, r.start());
    QCOMPARE(buckets.last().end, r.end());
    for (int i = 0; i < buckets.size(); ++i) {
        const auto &b = buckets.at(i);
        QVERIFY(b.start <= b.end);
        QVERIFY(b.end <= r.now());
        if (i + 1 < buckets.size()) {
            QCOMPARE(b.end, buckets.at(i + 1).start); // contiguous, no gap, no overlap
            QVERIFY2(b.closed, "only the last bucket may be open");
        }
        QVERIFY(b.firstDay <= b.lastDay);
    }
    // The last bucket is open exactly when it contains now (the range was clamped).
    QCOMPARE(!buckets.last().closed, r.isClamped());
    const AnalyticsRange p = r.previous();
    QVERIFY(p.isValid());
    QCOMPARE(p.end(), r.start());
    QCOMPARE(p.lengthSeconds(), r.lengthSeconds());
    QVERIFY(p.isClosed());
    QVERIFY(!p.isClamped());
}
} // namespace

class TestAnalyticsRange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kBerlin.isValid());
        QVERIFY(kSantiago.isValid());
    }

    void todayRunsFromLocalMidnightToNow()
    {
        const QDateTime now = local(2026, 6, 10, 10, 30);
        const auto r = AnalyticsRange::fromPreset(Preset::Today, now, kBerlin);
        checkInvariants(r);
        QCOMPARE(r.start(), utc(2026, 6, 9, 22)); // CEST is UTC+2
        QCOMPARE(r.end(), now.toUTC());
        QCOMPARE(r.nominalEnd(), utc(2026, 6, 10, 22));
        QVERIFY(r.isClamped());
        QVERIFY(!r.isClosed());
        QCOMPARE(r.granularity(), Granularity::Day);
        QCOMPARE(r.buckets().size(), 1);
        QVERIFY(!r.buckets().first().closed);
        // The previous period has the same length, right before: yesterday 14:00 to midnight.
        QCOMPARE(r.previous().start(), local(2026, 6, 9, 13, 30).toUTC());
        QCOMPARE(r.previous().end(), r.start());
    }

    void todayAtMidnightIsAnEmptyOpenDay()
    {
        const QDateTime now = local(2026, 6, 10, 0, 0);
        const auto r = AnalyticsRange::fromPreset(Preset::Today, now, kBerlin);
        checkInvariants(r);
        QCOMPARE(r.start(), now.toUTC());
        QCOMPARE(r.end(), now.toUTC());
        QCOMPARE(r.lengthSeconds(), 0);
        QCOMPARE(r.buckets().size(), 1);
        QVERIFY(!r.buckets().first().closed); // the day that just began
        QCOMPARE(r.buckets().first().firstDay, QDate(2026, 6, 10));
        QCOMPARE(r.previous().start(), r.start());
    }

    void nowIsTruncatedToWholeSeconds()
    {
        const QDateTime now = local(2026, 6, 10, 10, 30).addMSecs(999);
        const auto r = AnalyticsRange::fromPreset(Preset::Last7Days, now, kBerlin);
        QCOMPARE(r.end().time().msec(), 0);
        QVERIFY(r.end() <= now);
        QCOMPARE(r.end().secsTo(now), 0);
    }

    void lastSevenDaysAreSevenLocalDays()
    {
        const QDateTime now = local(2026, 6, 10, 15, 0);
        const auto r = AnalyticsRange::fromPreset(Preset::Last7Days, now, kBerlin);
        checkInvariants(r);
        QCOMPARE(r.firstDay(), QDate(2026, 6, 4));
        QCOMPARE(r.lastDay(), QDate(2026, 6, 10));
        const auto buckets = r.buckets();
        QCOMPARE(buckets.size(), 7);
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(buckets.at(i).firstDay, QDate(2026, 6, 4).addDays(i));
            QCOMPARE(buckets.at(i).start, QDate(2026, 6, 4).addDays(i).startOfDay(kBerlin).toUTC());
        }
        QCOMPARE(buckets.last().end, now.toUTC());
    }

    void lastSevenDaysAtMidnightEndWithAnEmptyOpenToday()
    {
        const QDateTime now = local(2026, 6, 10, 0, 0);
        const auto r = AnalyticsRange::fromPreset(Preset::Last7Days, now, kBerlin);
        checkInvariants(r);
        const auto buckets = r.buckets();
        QCOMPARE(buckets.size(), 7);
        QCOMPARE(buckets.last().firstDay, QDate(2026, 6, 10));
        QCOMPARE(buckets.last().start, buckets.last().end);
        QVERIFY(!buckets.last().closed);
        QVERIFY(buckets.at(5).closed); // yesterday ended at now exactly: closed
    }

    void lastThirtyDaysAreDays()
    {
        const auto r = AnalyticsRange::fromPreset(Preset::Last30Days, local(2026, 6, 10, 9), kBerlin);
        checkInvariants(r);
        QCOMPARE(r.granularity(), Granularity::Day);
        QCOMPARE(r.buckets().size(), 30);
        QCOMPARE(r.firstDay(), QDate(2026, 5, 12));
    }

    void springForwardDayIsShorter()
    {
        // Berlin moves to summer time on Sunday 29 March 2026: that day has 23 hours.
        const auto r = AnalyticsRange::fromPreset(Preset::Last7Days, local(2026, 3, 31, 12), kBerlin);
        checkInvariants(r);
        const auto buckets = r.buckets();
        QCOMPARE(buckets.size(), 7);
        QCOMPARE(r.start(), utc(2026, 3, 24, 23)); // CET midnight
        for (const auto &b : buckets) {
            QCOMPARE(b.start.toTimeZone(kBerlin).time(), QTime(0, 0));
            const qint64 hours = b.start.secsTo(b.end) / 3600;
            if (b.firstDay == QDate(2026, 3, 29))
                QCOMPARE(hours, 23);
            else if (b.closed)
                QCOMPARE(hours, 24);
        }
    }

    void fallBackDayIsLonger()
    {
        const auto r = AnalyticsRange::custom(QDate(2026, 10, 24), QDate(2026, 10, 26), local(2026, 11, 2, 9), kBerlin);
        checkInvariants(r);
        const auto buckets = r.buckets();
        QCOMPARE(buckets.size(), 3);
        QCOMPARE(buckets.at(1).start.secsTo(buckets.at(1).end), 25 * 3600);
        QCOMPARE(r.lengthSeconds(), (24 + 25 + 24) * 3600);
        QVERIFY(r.isClosed());
        QVERIFY(!r.isClamped());
    }

    void aDayWithoutMidnightStartsWhenItStarts()
    {
        // Santiago skips from 23:59:59 on 5 September 2026 to 01:00 on the 6th.
        const auto r = AnalyticsRange::custom(QDate(2026, 9, 5), QDate(2026, 9, 7), utc(2026, 9, 20), kSantiago);
        checkInvariants(r);
        const auto buckets = r.buckets();
        QCOMPARE(buckets.size(), 3);
        QCOMPARE(buckets.at(1).firstDay, QDate(2026, 9, 6));
        QCOMPARE(buckets.at(1).start, utc(2026, 9, 6, 4)); // 01:00 -03
        QCOMPARE(buckets.at(0).start.secsTo(buckets.at(0).end), 24 * 3600);
        QCOMPARE(buckets.at(1).start.secsTo(buckets.at(1).end), 23 * 3600);
    }

    void thisQuarterOnItsFirstMorning()
    {
        const QDateTime now = local(2026, 4, 1, 0, 30);
        const auto r = AnalyticsRange::fromPreset(Preset::ThisQuarter, now, kBerlin);
        checkInvariants(r);
        QCOMPARE(r.firstDay(), QDate(2026, 4, 1));
        QCOMPARE(r.lastDay(), QDate(2026, 6, 30));
        QCOMPARE(r.start(), utc(2026, 3, 31, 22));
        QCOMPARE(r.granularity(), Granularity::Day); // half an hour of it so far
        QCOMPARE(r.buckets().size(), 1);
        QVERIFY(r.isClamped());
    }

    void lastQuarterIsWholeAndClosed()
    {
        const auto r = AnalyticsRange::fromPreset(Preset::LastQuarter, local(2026, 4, 1, 0, 30), kBerlin);
        checkInvariants(r);
        QCOMPARE(r.firstDay(), QDate(2026, 1, 1));
        QCOMPARE(r.lastDay(), QDate(2026, 3, 31));
        QCOMPARE(r.end(), utc(2026, 3, 31, 22)); // midnight CEST after the DST change
        QVERIFY(r.isClosed());
        QVERIFY(!r.isClamped());
        QCOMPARE(r.granularity(), Granularity::Week);
        const auto buckets = r.buckets();
        // 1 January 2026 is a Thursday: a short first week, then Monday to Sunday, then Monday 30 to Tuesday 31 March.
        QCOMPARE(buckets.first().firstDay, QDate(2026, 1, 1));
        QCOMPARE(buckets.first().lastDay, QDate(2026, 1, 4));
        QCOMPARE(buckets.at(1).firstDay.dayOfWeek(), 1);
        QCOMPARE(buckets.at(1).lastDay, QDate(2026, 1, 11));
        QCOMPARE(buckets.last().firstDay, QDate(2026, 3, 30));
        QCOMPARE(buckets.last().lastDay, QDate(2026, 3, 31));
        QCOMPARE(buckets.size(), 14);
        for (const auto &b : buckets)
            QVERIFY(b.closed);
    }

    void lastQuarterInJanuaryIsLastYear()
    {
        const auto r = AnalyticsRange::fromPreset(Preset::LastQuarter, local(2026, 1, 15, 8), kBerlin);
        checkInvariants(r);
        QCOMPARE(r.firstDay(), QDate(2025, 10, 1));
        QCOMPARE(r.lastDay(), QDate(2025, 12, 31));
    }

    void thisQuarterLateIsWeeksWithAnOpenLastWeek()
    {
        const QDateTime now = local(2026, 12, 31, 23, 59);
        const auto r = AnalyticsRange::fromPreset(Preset::ThisQuarter, now, kBerlin);
        checkInvariants(r);
        QCOMPARE(r.firstDay(), QDate(2026, 10, 1));
        QCOMPARE(r.granularity(), Granularity::Week);
        const auto buckets = r.buckets();
        QVERIFY(!buckets.last().closed);
        QCOMPARE(buckets.last().firstDay, QDate(2026, 12, 28));
        QCOMPARE(buckets.last().end, now.toUTC());
    }

    void customStartAfterEndIsRefused()
    {
        const auto r = AnalyticsRange::custom(QDate(2026, 5, 10), QDate(2026, 5, 9), local(2026, 6, 1), kBerlin);
        QVERIFY(!r.isValid());
        QVERIFY(!r.errorText().isEmpty());
        QVERIFY(r.buckets().isEmpty());
        QVERIFY(!r.dateRange().start.isValid());
        QVERIFY(!r.previous().isValid());
    }

    void customMissingDateIsRefused()
    {
        QVERIFY(!AnalyticsRange::custom({}, QDate(2026, 5, 9), local(2026, 6, 1), kBerlin).isValid());
        QVERIFY(!AnalyticsRange::custom(QDate(2026, 5, 9), {}, local(2026, 6, 1), kBerlin).isValid());
    }

    void customEndInTheFutureIsClampedToNow()
    {
        const QDateTime now = local(2026, 6, 10, 11);
        const auto r = AnalyticsRange::custom(QDate(2026, 6, 1), QDate(2026, 6, 30), now, kBerlin);
        checkInvariants(r);
        QVERIFY(r.isClamped());
        QCOMPARE(r.end(), now.toUTC());
        QCOMPARE(r.nominalEnd(), QDate(2026, 7, 1).startOfDay(kBerlin).toUTC());
        QCOMPARE(r.buckets().size(), 10); // 1 to 10 June, the 10th open
        QVERIFY(!r.buckets().last().closed);
    }

    void customStartingInTheFutureIsRefused()
    {
        const auto r = AnalyticsRange::custom(QDate(2026, 6, 11), QDate(2026, 6, 12), local(2026, 6, 10, 11), kBerlin);
        QVERIFY(!r.isValid());
        QVERIFY(!r.errorText().isEmpty());
    }

    void customStartingTodayIsValid()
    {
        const auto r = AnalyticsRange::custom(QDate(2026, 6, 10), QDate(2026, 6, 12), local(2026, 6, 10, 11), kBerlin);
        checkInvariants(r);
        QCOMPARE(r.buckets().size(), 1);
    }

    void oneDayRange()
    {
        const auto r = AnalyticsRange::custom(QDate(2026, 6, 3), QDate(2026, 6, 3), local(2026, 6, 10, 11), kBerlin);
        checkInvariants(r);
        QCOMPARE(r.lengthSeconds(), 24 * 3600);
        QCOMPARE(r.buckets().size(), 1);
        QVERIFY(r.buckets().first().closed);
        QVERIFY(r.isClosed());
        QCOMPARE(r.previous().start(), local(2026, 6, 2).toUTC());
        QCOMPARE(r.previous().firstDay(), QDate(2026, 6, 2));
        QCOMPARE(r.previous().lastDay(), QDate(2026, 6, 2));
    }

    void thirtyOneDaysAreDaysThirtyTwoAreWeeks()
    {
        const QDateTime now = local(2026, 12, 1, 9);
        const auto days = AnalyticsRange::custom(QDate(2026, 8, 1), QDate(2026, 8, 31), now, kBerlin);
        checkInvariants(days);
        QCOMPARE(days.granularity(), Granularity::Day);
        QCOMPARE(days.buckets().size(), 31);
        const auto weeks = AnalyticsRange::custom(QDate(2026, 8, 1), QDate(2026, 9, 1), now, kBerlin);
        checkInvariants(weeks);
        QCOMPARE(weeks.granularity(), Granularity::Week);
        // Sat 1 – Sun 2 Aug, four whole weeks, then Mon 31 Aug – Tue 1 Sep.
        QCOMPARE(weeks.buckets().size(), 6);
        for (const auto &b : weeks.buckets())
            QVERIFY(b.firstDay == weeks.firstDay() || b.firstDay.dayOfWeek() == 1);
    }

    void twelveClosedWeeks()
    {
        const auto r = AnalyticsRange::custom(QDate(2026, 8, 3), QDate(2026, 10, 25), local(2026, 12, 1, 9), kBerlin);
        checkInvariants(r);
        QCOMPARE(r.buckets().size(), 12);
        for (const auto &b : r.buckets()) {
            QCOMPARE(b.firstDay.dayOfWeek(), 1);
            QCOMPARE(b.lastDay.dayOfWeek(), 7);
            QVERIFY(b.closed);
        }
    }

    void keysAreStableForPresetsAndCarryCustomDates()
    {
        const auto a = AnalyticsRange::fromPreset(Preset::Last7Days, local(2026, 6, 10, 9), kBerlin);
        const auto b = AnalyticsRange::fromPreset(Preset::Last7Days, local(2026, 6, 12, 17), kBerlin);
        QCOMPARE(a.key(), b.key());
        const auto c = AnalyticsRange::custom(QDate(2026, 5, 1), QDate(2026, 5, 31), local(2026, 6, 10), kBerlin);
        QCOMPARE(c.key(), QStringLiteral("custom/2026-05-01/2026-05-31"));
        QVERIFY(a.previous().key() != a.key());
        for (Preset p : AnalyticsRange::presets())
            QCOMPARE(AnalyticsRange::presetFromKey(AnalyticsRange::presetKey(p)), p);
        QVERIFY(!AnalyticsRange::presetFromKey(QStringLiteral("nonsense")));
    }

    void everyPresetHoldsTheRulesAroundTheYear()
    {
        // Every hour boundary that matters across a year, in two zones.
        for (const QTimeZone &zone : {kBerlin, kSantiago, QTimeZone::utc()}) {
            for (int day = 0; day < 366; day += 7) {
                for (int hour : {0, 1, 12, 23}) {
                    const QDateTime now = QDateTime(QDate(2026, 1, 1).addDays(day), QTime(hour, 0), zone);
                    for (Preset p : AnalyticsRange::presets()) {
                        if (p == Preset::Custom)
                            continue;
                        const auto r = AnalyticsRange::fromPreset(p, now, zone);
                        checkInvariants(r);
                        if (QTest::currentTestFailed()) {
                            qWarning() << "preset" << AnalyticsRange::presetKey(p) << "now" << now << zone.id();
                            return;
                        }
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsRange)
#include "tst_analytics_range.moc"
