// The organization dashboard against the sandbox: every tile, the modality
// table and the pipeline equal what the sandbox's own analytics routes answer
// for the same range and for the previous period; the change texts follow
// from both; every analytics request carries both dates and none ends in the
// future; coming back paints the last figures at once, marked with their age.
#include "FigureChange.h"
#include "ModalityModel.h"
#include "ModalityStats.h"
#include "PipelineModel.h"
#include "ResponseRateStats.h"
#include "ResponseTimeStats.h"
#include "SalesPipeline.h"
#include "VolumeStats.h"
#include "tst_dashboard_support.h"

using namespace repdesk;
using namespace repdesk::test;
using Tile = KpiTileModel::Tile;
using Period = KpiTileModel::Period;

class TestDashboardFigures : public QObject
{
    Q_OBJECT
    DashboardFixture d;
    std::unique_ptr<DashboardSession> s;

    // What the sandbox answers itself for one range.
    struct Expected
    {
        ResponseRateStats rate;
        ResponseTimeStats time;
        VolumeStats volume;
        SalesPipeline sales;
    };
    Expected expected(const DateRange &range)
    {
        Expected e;
        auto rate = run(d.f.client()->getResponseRate(d.f.org, range));
        auto time = run(d.f.client()->getResponseTime(d.f.org, range));
        auto volume = run(d.f.client()->getVolume(d.f.org, range));
        auto sales = run(d.f.client()->getSalesAnalytics(d.f.org, range));
        if (rate.ok && time.ok && volume.ok && sales.ok)
            e = {*rate.value, *time.value, *volume.value, *sales.value};
        else
            qWarning() << "expected figures failed";
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(d.start());
        s = d.session();
        QVERIFY(s->isAvailable());
        QVERIFY(s->setPreset(AnalyticsRange::Preset::Last30Days));
        s->start();
        QVERIFY(waitSettled(s.get()));
    }

    void tilesEqualTheSandboxsAnswers()
    {
        KpiTileModel *tiles = s->tiles();
        QCOMPARE(tiles->rowCount(), 6);
        for (int row = 0; row < tiles->rowCount(); ++row) {
            QCOMPARE(tiles->index(row).data(KpiTileModel::StateRole).toInt(), int(FigureState::Loaded));
            QCOMPARE(tiles->index(row).data(KpiTileModel::PreviousStateRole).toInt(), int(FigureState::Loaded));
            QVERIFY(tiles->index(row).data(KpiTileModel::FetchedAtRole).toDateTime().isValid());
            QVERIFY(!tiles->index(row).data(KpiTileModel::ValueTextRole).toString().isEmpty());
        }
        for (Period period : {Period::Current, Period::Previous}) {
            const DateRange range = period == Period::Current ? s->range().dateRange() : s->range().previous().dateRange();
            const Expected e = expected(range);
            // Something to compare: the demo data fills the last 30 days.
            if (period == Period::Current)
                QVERIFY(e.volume.numMessagesReceived > 0);
            QCOMPARE(tiles->value(Tile::ResponseRate, period).value_or(-1), e.rate.responseRate.value_or(-1));
            QCOMPARE(tiles->value(Tile::ResponseTime, period).value_or(-1), e.time.responseTime.value_or(-1));
            QCOMPARE(tiles->value(Tile::MessagesReceived, period).value_or(-1), double(e.volume.numMessagesReceived));
            QCOMPARE(tiles->value(Tile::MessagesSent, period).value_or(-1), double(e.volume.numMessagesSent));
            QCOMPARE(tiles->value(Tile::Conversations, period).value_or(-1), double(e.volume.totalConversations));
            QCOMPARE(tiles->value(Tile::SalesRate, period).value_or(-1), e.sales.salesRate.value_or(-1));
            if (period == Period::Current) {
                QCOMPARE(tiles->data(Tile::ResponseRate, KpiTileModel::RespondedRole).toInt(),
                         e.rate.numConversationsRespondedTo);
                QCOMPARE(tiles->data(Tile::ResponseRate, KpiTileModel::ReceivedRole).toInt(),
                         e.rate.numConversationsReceived);
                QVERIFY(tiles->data(Tile::ResponseRate, KpiTileModel::DetailTextRole).toString().contains(
                    QLocale().toString(e.rate.numConversationsRespondedTo)));
            }
        }
    }

    void changeTextsFollowFromBothPeriods()
    {
        KpiTileModel *tiles = s->tiles();
        for (Tile tile : tiles->tiles()) {
            const auto current = tiles->value(tile);
            const auto previous = tiles->value(tile, Period::Previous);
            const bool rate = tile == Tile::ResponseRate || tile == Tile::SalesRate;
            const bool higherIsBetter = tile != Tile::ResponseTime;
            const FigureChange change = rate ? FigureChange::points(current, previous, higherIsBetter)
                                             : FigureChange::relative(current, previous, higherIsBetter);
            QCOMPARE(tiles->data(tile, KpiTileModel::ChangeTextRole).toString(), change.text);
            QCOMPARE(tiles->data(tile, KpiTileModel::ChangeDirectionRole).toInt(), change.direction);
            if (current && previous && *current != *previous) {
                QCOMPARE(change.direction, *current > *previous ? 1 : -1);
                QVERIFY(change.text.startsWith(*current > *previous ? QStringLiteral("▲") : QStringLiteral("▼")));
                QCOMPARE(tiles->data(tile, KpiTileModel::ChangeSentimentRole).toInt(),
                         higherIsBetter ? change.direction : -change.direction);
            }
        }
        QCOMPARE(tiles->data(Tile::ResponseTime, KpiTileModel::HigherIsBetterRole).toBool(), false);
    }

    void modalityAndPipelineEqualTheSandbox()
    {
        auto modality = run(d.f.client()->getModality(d.f.org, s->range().dateRange()));
        REQUIRE_OK(modality);
        ModalityModel *m = s->modality();
        QCOMPARE(m->state().value, FigureState::Loaded);
        QCOMPARE(m->count(ModalityModel::Emails), modality.value->emails);
        QCOMPARE(m->count(ModalityModel::Calls), modality.value->calls);
        QCOMPARE(m->count(ModalityModel::Texts), modality.value->textMessages);
        QCOMPARE(m->count(ModalityModel::LiveChats), modality.value->liveChats);
        QCOMPARE(m->count(ModalityModel::FormRequests), modality.value->formRequests);
        QVERIFY(m->total() > 0);
        double shares = 0;
        for (int row = 0; row < m->rowCount(); ++row)
            shares += m->index(row, ModalityModel::ShareColumn).data(Qt::UserRole).toDouble();
        QVERIFY(qAbs(shares - 1.0) < 1e-9);

        auto sales = run(d.f.client()->getSalesAnalytics(d.f.org, s->range().dateRange()));
        REQUIRE_OK(sales);
        PipelineModel *p = s->pipeline();
        QCOMPARE(p->rowCount(), sales.value->pipeline.size());
        QVERIFY(p->rowCount() > 0);
        for (int row = 0; row < p->rowCount(); ++row) {
            const PipelineStage &stage = sales.value->pipeline.at(row); // in the order the API lists them
            QCOMPARE(p->index(row, PipelineModel::StageColumn).data(Qt::UserRole).toString(), stage.name);
            QCOMPARE(p->index(row, PipelineModel::VolumeColumn).data(Qt::UserRole).toInt(), stage.volume);
            QCOMPARE(p->index(row, 0).data(PipelineModel::ValueDecimalRole).toString(), stage.value);
            QCOMPARE(p->index(row, PipelineModel::ValueColumn).data(Qt::UserRole).toDouble(), stage.valueAmount().value_or(-1));
        }
        QCOMPARE(p->salesRate().value_or(-1), sales.value->salesRate.value_or(-1));
    }

    void currencyComesFromTheSalesWhenTheyAgree()
    {
        // Every demo sale is in one currency, so the figures are in it; no guess otherwise.
        const QList<Sale> all = d.sales->allSales();
        QVERIFY(!all.isEmpty());
        // A sale without a quote has no currency and does not count against the others.
        QString expected;
        for (const Sale &sale : all) {
            expected = sale.quoteDetails.currency.toUpper();
            if (!expected.isEmpty())
                break;
        }
        bool one = !expected.isEmpty();
        for (const Sale &sale : all)
            one = one && (sale.quoteDetails.currency.isEmpty() || sale.quoteDetails.currency.toUpper() == expected);
        QCOMPARE(s->currency(), one ? expected : QString());
        QCOMPARE(s->pipeline()->currency(), s->currency());
        QCOMPARE(s->currencyNote().isEmpty(), one);
        QCOMPARE(s->pipeline()->currencyNote().isEmpty(), one);
    }

    void everyAnalyticsRequestCarriesBothDatesNeverInTheFuture()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int analytics = 0;
        for (const SandboxRequestRecord &r : d.log()) {
            if (!DashboardFixture::isAnalytics(r))
                continue;
            ++analytics;
            const QDateTime start = QDateTime::fromString(DashboardFixture::query(r, QStringLiteral("start_date")), Qt::ISODate);
            const QDateTime end = QDateTime::fromString(DashboardFixture::query(r, QStringLiteral("end_date")), Qt::ISODate);
            QVERIFY2(start.isValid() && end.isValid(), qPrintable(r.path + QLatin1Char('?') + r.query));
            QVERIFY2(start <= end, qPrintable(r.query));
            QVERIFY2(end <= now, qPrintable(r.query));
            QCOMPARE(r.status, 200);
        }
        // Tiles (4 routes × 2 periods), modality, 30 day buckets, one per agent.
        QVERIFY2(analytics >= 4 * 2 + 1 + 30, qPrintable(QString::number(analytics)));
    }

    void comingBackPaintsTheLastFiguresAtOnce()
    {
        const double received = *s->tiles()->value(Tile::MessagesReceived);
        // A new session on the same cache (the next start of the app), with a slow server.
        d.f.server->setLatencyMs(400);
        auto again = d.session();
        again->start();
        KpiTileModel *tiles = again->tiles();
        for (int row = 0; row < tiles->rowCount(); ++row) {
            QCOMPARE(tiles->index(row).data(KpiTileModel::StateRole).toInt(), int(FigureState::Loaded));
            QVERIFY(tiles->index(row).data(KpiTileModel::FromDiskRole).toBool());
            QVERIFY(tiles->index(row).data(KpiTileModel::RefreshingRole).toBool());
            QVERIFY(!tiles->index(row).data(KpiTileModel::AgeTextRole).toString().isEmpty());
        }
        QCOMPARE(*tiles->value(Tile::MessagesReceived), received);
        QVERIFY(again->trends()->rowCount() == 30);
        QVERIFY(waitSettled(again.get()));
        d.f.server->setLatencyMs(0);
        QVERIFY(!tiles->data(Tile::MessagesReceived, KpiTileModel::FromDiskRole).toBool());
        QVERIFY(!tiles->data(Tile::MessagesReceived, KpiTileModel::RefreshingRole).toBool());
        QVERIFY(again->queue()->maxObservedInFlight() <= DashboardSession::kMaxInFlight);
    }
};

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboard_figures.moc"
