#pragma once

// Shared by the dashboard tests: a sandbox whose demo data is anchored at the
// wall clock (the dashboards ask about "now"), a private cache with a walked
// sales index and the organization's contact and company directories, and a
// DashboardSession over them. Expected figures are always
// what the sandbox's own routes answer, never demo numbers.
#include "AnalyticsFetcher.h"
#include "Cache.h"
#include "CallQueue.h"
#include "CompanyDirectory.h"
#include "ContactDirectory.h"
#include "DashboardSession.h"
#include "KpiTileModel.h"
#include "RetryLater.h"
#include "SalesIndex.h"
#include "SandboxFixture.h"
#include "ScopeDashboard.h"
#include "TrendModel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

namespace repdesk::test {

struct DashboardFixture
{
    static constexpr int kHourMs = 60 * 60 * 1000;

    SandboxFixture f;
    QTemporaryDir cacheDir;
    std::unique_ptr<Cache> cache;
    std::unique_ptr<SalesIndex> sales;
    std::unique_ptr<ContactDirectory> contacts;
    std::unique_ptr<CompanyDirectory> companies;

    // Also isolates QSettings: tests must never touch the user's files, nor each other's. The
    // settings file is named after this test executable: ctest runs two at once, and with one
    // shared name tst_dashboard_session's clear() erased the range tst_dashboard_figures had just
    // remembered, so its second session opened another range, one not in the cache (CI, once).
    bool start(SandboxOptions options = {})
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RepdeskTests"));
        QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
        QSettings().clear();
        if (!options.anchor.isValid()) {
            // REPDESK_TEST_ANCHOR (ISO 8601, UTC) replays the demo data of another minute: the data
            // depends on (seed, anchor), and a failure is reproduced with the anchor it printed.
            const QDateTime given = QDateTime::fromString(qEnvironmentVariable("REPDESK_TEST_ANCHOR"), Qt::ISODate);
            const QDateTime now = given.isValid() ? given.toUTC() : QDateTime::currentDateTimeUtc();
            options.anchor = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc());
            qInfo("demo data anchored at %s", qPrintable(options.anchor.toString(Qt::ISODate)));
        }
        // The demo's drafts already approved are promoted into sent messages autosendDelayMs after the
        // start, which moves conversations and figures while a test compares two snapshots of them.
        options.draftsToReview = false;
        if (!f.start(options) || !cacheDir.isValid())
            return false;
        return openCache(QStringLiteral("acct"));
    }

    // A fresh cache (a new account folder), with the sales index walked to the end,
    // so that no sales page runs beside the dashboards' requests.
    bool openCache(const QString &name)
    {
        companies.reset();
        contacts.reset();
        sales.reset();
        cache = std::make_unique<Cache>(cacheDir.path(), name);
        if (!cache->openOrganization(f.org))
            return false;
        contacts = std::make_unique<ContactDirectory>();
        contacts->setSource(f.account->provider(), cache.get(), f.org);
        companies = std::make_unique<CompanyDirectory>();
        companies->setSource(f.account->provider(), cache.get(), f.org);
        sales = std::make_unique<SalesIndex>();
        sales->setSource(f.account->provider(), cache.get(), f.org);
        sales->refresh(true);
        return QTest::qWaitFor([this] { return !sales->isLoading(); }, 20000) && sales->isComplete();
    }

    std::unique_ptr<DashboardSession> session(const QString &accountKey = QStringLiteral("acct"))
    {
        auto s = std::make_unique<DashboardSession>(f.account->provider(), cache.get(), sales.get(), f.org, accountKey);
        s->setNameSources(contacts.get(), companies.get());
        // A failed figure stays failed unless the test asks for recovery: one asked again by
        // itself halfway through a test would move what it checks.
        s->setRecoveryPolicy(RetryLater::backoff(kHourMs, kHourMs));
        return s;
    }

    QList<SandboxRequestRecord> log() const { return f.server->requestLog(); }

    // Requests whose path ends with `suffix` (e.g. "/analytics/conversations"), from `since` on.
    int count(const QString &suffix, int since = 0) const
    {
        const auto all = log();
        int n = 0;
        for (int i = since; i < all.size(); ++i) {
            if (all.at(i).path.endsWith(suffix))
                ++n;
        }
        return n;
    }

    static bool isAnalytics(const SandboxRequestRecord &r)
    {
        return r.path.contains(QLatin1String("/analytics"));
    }

    static QString query(const SandboxRequestRecord &r, const QString &key)
    {
        return QUrlQuery(r.query).queryItemValue(key, QUrl::FullyDecoded);
    }
};

// Waits until the scope and the leaderboard have nothing in flight and the queue is idle.
inline bool waitSettled(DashboardSession *s, int timeoutMs = 30000)
{
    return QTest::qWaitFor([s] { return s->queue()->isIdle(); }, timeoutMs);
}

inline double tileValue(KpiTileModel *tiles, KpiTileModel::Tile tile, int role = KpiTileModel::ValueRole)
{
    return tiles->data(tile, role).toDouble();
}

} // namespace repdesk::test
