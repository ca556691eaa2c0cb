// Trends against the sandbox: one request per bucket, each bucket equal to
// the sandbox's own answer for its [start, end); closed buckets are kept for
// good, so a second load of a closed 12-week range asks nothing for them,
// and only the open bucket of a range that reaches now is asked again.
#include "ConversationAnalytics.h"
#include "tst_dashboard_support.h"

using namespace repdesk;
using namespace repdesk::test;

namespace {
const QString kTrendRoute = QStringLiteral("/analytics/conversations"); // the tiles use its sub-routes
} // namespace

class TestDashboardTrends : public QObject
{
    Q_OBJECT
    DashboardFixture d;

    // Twelve whole ISO weeks ending with last week's Sunday: closed and settled.
    static std::pair<QDate, QDate> twelveClosedWeeks()
    {
        const QDate today = QDate::currentDate();
        const QDate lastSunday = today.addDays(-today.dayOfWeek());
        return {lastSunday.addDays(-12 * 7 + 1), lastSunday};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(d.start()); }

    void closedWeeksAreAskedOnce()
    {
        const auto [first, last] = twelveClosedWeeks();
        auto s = d.session();
        QVERIFY(s->setCustomRange(first, last));
        QVERIFY(s->range().isClosed());
        QCOMPARE(s->range().granularity(), AnalyticsRange::Granularity::Week);
        const int before = d.f.requestCount();
        s->start();
        QVERIFY(waitSettled(s.get()));
        TrendModel *trends = s->trends();
        QCOMPARE(trends->rowCount(), 12);
        QVERIFY(trends->isComplete());
        QCOMPARE(d.count(kTrendRoute, before), 12);

        // Each bucket is what the sandbox answers for exactly that week.
        for (int row : {0, 5, 11}) {
            const auto bucket = trends->buckets().at(row);
            QVERIFY(bucket.closed);
            auto expected = run(d.f.client()->getConversationAnalytics(d.f.org, bucket.dateRange()));
            REQUIRE_OK(expected);
            QCOMPARE(trends->value(row, TrendModel::ReceivedColumn).value_or(-1),
                     double(expected.value->volumeStats.numMessagesReceived));
            QCOMPARE(trends->value(row, TrendModel::SentColumn).value_or(-1),
                     double(expected.value->volumeStats.numMessagesSent));
            QCOMPARE(trends->value(row, TrendModel::ResponseRateColumn).value_or(-1),
                     expected.value->responseRateStats.responseRate.value_or(-1));
            QCOMPARE(trends->value(row, TrendModel::ResponseTimeColumn).value_or(-1),
                     expected.value->responseTimeStats.responseTime.value_or(-1));
            QCOMPARE(trends->index(row, TrendModel::BucketColumn).data(TrendModel::BucketStartRole).toDateTime(),
                     bucket.start);
        }

        // Second load (the app started again): nothing for the closed range's weeks
        // nor its conversation tiles, which are closed too. Only the sales routes are
        // asked again: a past range's pipeline counts its sales where they stand now
        // (AnalyticsRequest::isFinalOnceClosed).
        const int second = d.f.requestCount();
        auto again = d.session();
        again->start();
        QVERIFY(waitSettled(again.get()));
        QCOMPARE(d.count(kTrendRoute, second), 0);
        QVERIFY(again->trends()->isComplete());
        for (int row = 0; row < 12; ++row) {
            QCOMPARE(again->trends()->value(row, TrendModel::ReceivedColumn),
                     trends->value(row, TrendModel::ReceivedColumn));
            QVERIFY(again->trends()->index(row, 0).data(TrendModel::FromDiskRole).toBool());
        }
        int final = 0;
        int sales = 0;
        const auto all = d.log();
        for (int i = second; i < all.size(); ++i) {
            if (!DashboardFixture::isAnalytics(all.at(i)))
                continue;
            const QString &path = all.at(i).path;
            const bool salesRoute = path.endsWith(QLatin1String("/analytics/sales"))
                || (path.contains(QLatin1String("/agents/")) && !path.contains(QLatin1String("/conversations")));
            ++(salesRoute ? sales : final);
            QVERIFY2(salesRoute, qPrintable(path));
        }
        QCOMPARE(final, 0);
        QVERIFY(sales > 0); // the organization's pipeline and the leaderboard's rows
        QVERIFY(again->fetcher()->answeredFromDisk() >= 12);
    }

    void onlyTheOpenBucketIsAskedAgain()
    {
        auto s = d.session(QStringLiteral("open"));
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Last7Days));
        const int before = d.f.requestCount();
        s->start();
        QVERIFY(waitSettled(s.get()));
        TrendModel *trends = s->trends();
        QCOMPARE(trends->rowCount(), 7);
        QCOMPARE(d.count(kTrendRoute, before), 7);
        QVERIFY(!trends->buckets().last().closed);
        QCOMPARE(trends->buckets().last().end, s->range().end());

        // F5: the past days were kept; only those not yet settled (the open one,
        // and yesterday right after midnight) are asked again.
        int unsettled = 0;
        for (const auto &bucket : AnalyticsRange::fromPreset(AnalyticsRange::Preset::Last7Days,
                                                             QDateTime::currentDateTimeUtc()).buckets())
            unsettled += s->fetcher()->isSettled(bucket.dateRange()) ? 0 : 1;
        const int refresh = d.f.requestCount();
        s->refresh();
        QVERIFY(waitSettled(s.get()));
        QVERIFY(unsettled >= 1);
        QCOMPARE(d.count(kTrendRoute, refresh), unsettled);
        QVERIFY(trends->isComplete());
        // The open bucket's figures are the sandbox's for [its start, now).
        const auto open = trends->buckets().last();
        auto expected = run(d.f.client()->getConversationAnalytics(d.f.org, open.dateRange()));
        REQUIRE_OK(expected);
        QCOMPARE(trends->value(trends->rowCount() - 1, TrendModel::SentColumn).value_or(-1),
                 double(expected.value->volumeStats.numMessagesSent));
    }

    void trendCellsHaveTextAndRawValues()
    {
        auto s = d.session(QStringLiteral("cells"));
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Last30Days));
        s->start();
        QVERIFY(waitSettled(s.get()));
        TrendModel *t = s->trends();
        QCOMPARE(t->columnCount(), int(TrendModel::ColumnCount));
        QVERIFY(!t->headerData(TrendModel::ResponseRateColumn, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
        bool someReceived = false;
        for (int row = 0; row < t->rowCount(); ++row) {
            QVERIFY(!t->index(row, TrendModel::BucketColumn).data().toString().isEmpty());
            const QVariant raw = t->index(row, TrendModel::ReceivedColumn).data(Qt::UserRole);
            QVERIFY(raw.isValid());
            QCOMPARE(t->index(row, TrendModel::ReceivedColumn).data().toString(), QLocale().toString(raw.toLongLong()));
            someReceived = someReceived || raw.toInt() > 0;
        }
        QVERIFY(someReceived);
        // Organization trends carry every series.
        for (int c = TrendModel::ResponseRateColumn; c < TrendModel::ColumnCount; ++c)
            QVERIFY(t->hasSeries(TrendModel::Column(c)));
    }
};

QTEST_GUILESS_MAIN(TestDashboardTrends)
#include "tst_dashboard_trends.moc"
