// The sales table's core against repdesk-sandbox over loopback: without an owner or a first day the
// rows are the organization's sales index as walked to its end (no request of the table's own, the
// stage and company filtered here); an owner goes to GET .../agents/{id}/sales and a first day to
// start_date, paged to the end; the created range, stage and company are always checked on what is
// loaded, so the rows are exactly the sales that match; columns sort by their raw values.
#include "Cache.h"
#include "CompanyDirectory.h"
#include "ContactDirectory.h"
#include "PagedTableModel.h"
#include "SaleDetail.h"
#include "SaleFilterProxy.h"
#include "SaleListModel.h"
#include "SaleNames.h"
#include "SalesIndex.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>

using namespace repdesk;
using namespace repdesk::test;

namespace {
// The table over the list, as SalesTablePage builds it (the columns' raw values sort).
QList<PagedTableModel::Column> columns()
{
    return {{QStringLiteral("Company"), SaleListModel::CompanyTextRole, -1},
            {QStringLiteral("Stage"), SaleListModel::StageRole, -1},
            {QStringLiteral("Total"), SaleListModel::TotalTextRole, SaleListModel::TotalRole},
            {QStringLiteral("Created"), SaleListModel::CreatedTextRole, SaleListModel::CreatedAtRole}};
}
} // namespace

class TestSalesTable : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    QTemporaryDir dir;
    std::unique_ptr<Cache> cache;
    SalesIndex index;
    ContactDirectory contacts;
    CompanyDirectory companies;
    SaleNames names;
    QList<Sale> all;

    // Requests for sales lists since the log was cleared: (path, query).
    QList<QPair<QString, QUrlQuery>> salesRequests() const
    {
        QList<QPair<QString, QUrlQuery>> out;
        for (const SandboxRequestRecord &r : f.server->requestLog())
            if (r.method == QLatin1String("GET") && r.path.endsWith(QLatin1String("/sales")))
                out.append({r.path, QUrlQuery(r.query)});
        return out;
    }

    // Pages the list to its end as a view scrolling down would.
    static bool pageToEnd(SaleListModel &list)
    {
        return QTest::qWaitFor([&list] {
            if (list.fetchState() == PagedListModel::FetchState::Error)
                return true;
            if (list.canFetchMore({}))
                list.fetchMore({});
            return list.fetchState() == PagedListModel::FetchState::Complete;
        }, 20000) && list.fetchState() == PagedListModel::FetchState::Complete;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.conversations = 240; // enough sales for several owners, stages and days
        QVERIFY(f.start(options));
        QVERIFY(dir.isValid());
        cache = std::make_unique<Cache>(dir.filePath(QStringLiteral("cache")), QStringLiteral("acct"));
        QVERIFY(cache->openOrganization(f.org));
        auto agents = run(f.client()->listAgents(f.org, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(agents);
        cache->upsertAgents(agents.value->items);
        contacts.setSource(f.account->provider(), cache.get(), f.org);
        companies.setSource(f.account->provider(), cache.get(), f.org);
        names.setDirectories(&contacts, &companies);
        names.setAgents(cache->agents());
        index.setSource(f.account->provider(), cache.get(), f.org);
        index.setPageSize(9); // several pages to walk
        index.refresh(true);
        QVERIFY(QTest::qWaitFor([&] { return index.isComplete() && !index.isLoading(); }, 20000));
        all = index.allSales();
        QVERIFY2(all.size() > 20, qPrintable(QString::number(all.size())));
    }

    void withoutServerFiltersTheRowsAreTheIndexAndNothingIsAsked()
    {
        SaleListModel list;
        list.setSource(f.client(), f.org, &index, &names);
        PagedTableModel table;
        table.setSource(&list, columns());
        SaleFilterProxy proxy;
        proxy.setSourceModel(&table);
        proxy.setList(&list);
        QVERIFY(list.isFromIndex());
        QCOMPARE(list.itemRowCount(), all.size());
        QCOMPARE(list.fetchState(), PagedListModel::FetchState::Complete); // nothing left to page in
        QVERIFY(!list.canFetchMore({}));
        QCOMPARE(proxy.rowCount(), all.size());

        // Stage and company: the API has no such parameter, so they are applied here, exactly.
        const Sale &probe = all.at(all.size() / 2);
        f.server->clearRequestLog();
        SaleTableFilter filter;
        filter.stage = probe.currentStatus->label;
        filter.companyId = probe.companyId;
        list.setFilter(filter);
        proxy.setFilter(filter);
        QTest::qWait(0);
        QVERIFY(salesRequests().isEmpty());
        QVERIFY(list.isFromIndex());
        QSet<QString> expected;
        for (const Sale &s : std::as_const(all))
            if (s.currentStatus && s.currentStatus->label == filter.stage && s.companyId == filter.companyId)
                expected.insert(s.saleId);
        QVERIFY(expected.contains(probe.saleId));
        QSet<QString> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.insert(proxy.saleAt(row)->saleId);
        QCOMPARE(shown, expected);

        // A range whose first day is after its last: nothing matches and nothing is asked.
        filter = {};
        filter.createdFrom = QDate(2026, 5, 10);
        filter.createdTo = QDate(2026, 5, 1);
        list.setFilter(filter);
        proxy.setFilter(filter);
        QVERIFY(list.isFromIndex());
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(salesRequests().isEmpty());
    }

    void anOwnerIsAskedThroughTheAgentRouteAndPagedToTheEnd()
    {
        // The owner with the most sales, so that paging takes several pages.
        QHash<QString, int> perOwner;
        for (const Sale &s : std::as_const(all))
            perOwner[s.ownerId] += 1;
        QString owner;
        for (auto it = perOwner.cbegin(); it != perOwner.cend(); ++it)
            if (!it.key().isEmpty() && (owner.isEmpty() || it.value() > perOwner.value(owner)))
                owner = it.key();
        QVERIFY(perOwner.value(owner) > 3);

        SaleListModel list;
        list.setPageSize(3);
        list.setSource(f.client(), f.org, &index, &names);
        PagedTableModel table;
        table.setSource(&list, columns());
        SaleFilterProxy proxy;
        proxy.setSourceModel(&table);
        proxy.setList(&list);
        f.server->clearRequestLog();
        SaleTableFilter filter;
        filter.ownerId = owner;
        list.setFilter(filter);
        proxy.setFilter(filter);
        QVERIFY(!list.isFromIndex());
        QVERIFY(pageToEnd(list));

        const auto requests = salesRequests();
        QCOMPARE(requests.size(), (perOwner.value(owner) + 2) / 3); // pages of 3, the last one says it is the last
        const QString route = QStringLiteral("/api/v2/organizations/%1/agents/%2/sales").arg(f.org, owner);
        for (int i = 0; i < requests.size(); ++i) {
            QCOMPARE(requests.at(i).first, route);
            QCOMPARE(requests.at(i).second.queryItemValue(QStringLiteral("limit")), QStringLiteral("3"));
            QCOMPARE(requests.at(i).second.hasQueryItem(QStringLiteral("cursor")), i > 0); // continued by its cursor
            QVERIFY(!requests.at(i).second.hasQueryItem(QStringLiteral("start_date")));
        }
        QSet<QString> expected;
        for (const Sale &s : std::as_const(all))
            if (s.ownerId == owner)
                expected.insert(s.saleId);
        QSet<QString> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.insert(proxy.saleAt(row)->saleId);
        QCOMPARE(shown, expected);
        for (int row = 0; row < list.itemRowCount(); ++row) // names, never ids
            QCOMPARE(list.index(row).data(SaleListModel::OwnerTextRole).toString(), cache->agents().value(owner).name);

        // Back to all owners: the index again, without a request.
        f.server->clearRequestLog();
        list.setFilter({});
        proxy.setFilter({});
        QVERIFY(list.isFromIndex());
        QCOMPARE(proxy.rowCount(), all.size());
        QVERIFY(salesRequests().isEmpty());
    }

    void aFirstDayIsSentAsStartDateAndTheRangeIsCheckedOnTheRows()
    {
        // Days chosen among the sales' own, so both ends cut something off.
        QList<QDate> days;
        for (const Sale &s : std::as_const(all))
            days.append(s.createdAt.toLocalTime().date());
        std::sort(days.begin(), days.end());
        const QDate from = days.at(days.size() / 4);
        const QDate through = days.at(days.size() * 3 / 4);
        QVERIFY(from < through);

        SaleListModel list;
        list.setPageSize(10);
        list.setSource(f.client(), f.org, &index, &names);
        PagedTableModel table;
        table.setSource(&list, columns());
        SaleFilterProxy proxy;
        proxy.setSourceModel(&table);
        proxy.setList(&list);
        f.server->clearRequestLog();
        SaleTableFilter filter;
        filter.createdFrom = from;
        filter.createdTo = through;
        list.setFilter(filter);
        proxy.setFilter(filter);
        QVERIFY(pageToEnd(list));

        const auto requests = salesRequests();
        QVERIFY(!requests.isEmpty());
        for (const auto &request : requests) {
            QCOMPARE(request.first, QStringLiteral("/api/v2/organizations/%1/sales").arg(f.org));
            // The local day's first moment; no end_date: a sale created before it may be active after it.
            const QDateTime start = QDateTime::fromString(
                request.second.queryItemValue(QStringLiteral("start_date"), QUrl::FullyDecoded), Qt::ISODateWithMs);
            QCOMPARE(start, from.startOfDay());
            QVERIFY(!request.second.hasQueryItem(QStringLiteral("end_date")));
        }
        QSet<QString> expected;
        for (const Sale &s : std::as_const(all)) {
            const QDate day = s.createdAt.toLocalTime().date();
            if (day >= from && day <= through)
                expected.insert(s.saleId);
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < all.size());
        QSet<QString> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.insert(proxy.saleAt(row)->saleId);
        QCOMPARE(shown, expected);
        // The server's start_date let through sales created before the first day (it compares the last
        // activity): they were loaded and are not shown.
        QVERIFY(list.itemRowCount() >= proxy.rowCount());
    }

    void columnsSortByTheirRawValues()
    {
        SaleListModel list;
        list.setSource(f.client(), f.org, &index, &names);
        PagedTableModel table;
        table.setSource(&list, columns());
        SaleFilterProxy proxy;
        proxy.setSourceModel(&table);
        proxy.setList(&list);
        proxy.sort(2, Qt::AscendingOrder); // the total, as a number ("$900" before "$1,200")
        double previous = -1;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QVariant total = proxy.index(row, 2).data(Qt::UserRole);
            if (!total.isValid())
                continue; // sales without a total go last
            QVERIFY2(total.toDouble() >= previous, qPrintable(QString::number(row)));
            previous = total.toDouble();
        }
        QVERIFY(previous > 0);
        proxy.sort(3, Qt::DescendingOrder); // created, newest first
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.saleAt(row - 1)->createdAt >= proxy.saleAt(row)->createdAt);
        QCOMPARE(proxy.rowCount(), all.size());
    }

    void aFailedPageCanBeRetried()
    {
        SaleListModel list;
        list.setPageSize(50);
        list.setSource(f.client(), f.org, &index, &names);
        f.server->injectFaults(1, 400); // not retried by the transport
        SaleTableFilter filter;
        filter.ownerId = all.first().ownerId;
        list.setFilter(filter);
        QVERIFY(QTest::qWaitFor([&] { return list.fetchState() == PagedListModel::FetchState::Error; }, 20000));
        QCOMPARE(list.itemRowCount(), 0);
        QVERIFY(!list.lastError().message().isEmpty());
        list.retry();
        QVERIFY(pageToEnd(list));
        QVERIFY(list.itemRowCount() > 0);
    }

    // The sale's pane shows what the quote says beyond its products and total, nothing hidden.
    void quoteDetailsBeyondProductsAndTotalAreListed()
    {
        const QJsonObject quote = QJsonDocument::fromJson(R"({
            "output": {"currency": "USD", "total_price": "1200.00", "valid_until": "2026-06-01"},
            "arguments": {"products": [{"quantity": 1, "unit_price": "1200.00", "product_name": "Roof"}]},
            "agent_overrides": {"discount_percent": 5, "approved": true},
            "notes": "rush job"
        })").object();
        const auto pairs = SaleDetail::quoteFieldPairs(quote);
        QHash<QString, QString> byLabel;
        for (const auto &pair : pairs)
            byLabel.insert(pair.first, pair.second);
        QCOMPARE(byLabel.size(), 4);
        QCOMPARE(byLabel.value(QStringLiteral("agent overrides › discount percent")), QStringLiteral("5"));
        QCOMPARE(byLabel.value(QStringLiteral("agent overrides › approved")), QStringLiteral("true"));
        QCOMPARE(byLabel.value(QStringLiteral("output › valid until")), QStringLiteral("2026-06-01"));
        QCOMPARE(byLabel.value(QStringLiteral("notes")), QStringLiteral("rush job"));
        // The demo's quotes: currency, total and products are shown elsewhere, never here.
        for (const Sale &s : std::as_const(all))
            for (const auto &pair : SaleDetail::quoteFieldPairs(s.quoteDetails.raw))
                QVERIFY2(!pair.first.contains(QLatin1String("products")) && !pair.first.contains(QLatin1String("currency")),
                         qPrintable(pair.first));
    }
};

QTEST_GUILESS_MAIN(TestSalesTable)
#include "tst_sales_table.moc"
