// RelativeTime: the short "when" of list rows (inbox, review queue).
#include "RelativeTime.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace repdesk;

class TestRelativeTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void recentIsInMinutes()
    {
        const QDateTime now(QDate(2026, 12, 2), QTime(15, 0), QTimeZone::utc());
        QCOMPARE(RelativeTime::format(now.addSecs(-20), now), QStringLiteral("now"));
        QCOMPARE(RelativeTime::format(now.addSecs(-34 * 60), now), QStringLiteral("34 min"));
    }

    void earlierTodayIsATimeWithoutSeconds()
    {
        // The C locale's short time format is HH:mm:ss; a list row never shows seconds.
        QLocale::setDefault(QLocale::c());
        const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(18, 0)).toUTC();
        const QDateTime earlier = QDateTime(QDate(2026, 12, 2), QTime(5, 1, 3)).toUTC();
        QCOMPARE(RelativeTime::format(earlier, now), QStringLiteral("05:01"));
    }

    void olderDaysAreNamed()
    {
        QLocale::setDefault(QLocale::c());
        const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(18, 0)).toUTC();
        QCOMPARE(RelativeTime::format(now.addDays(-1), now), QStringLiteral("yesterday"));
        QCOMPARE(RelativeTime::format(now.addDays(-40), now), QStringLiteral("23 Oct"));
        QCOMPARE(RelativeTime::format(now.addDays(-400), now), QStringLiteral("28 Oct 2025"));
    }
};

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relative_time.moc"
