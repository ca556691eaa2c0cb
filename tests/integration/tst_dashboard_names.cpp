// Names, never ids, in the stage drill-down, against the sandbox and without
// widgets: CompanyDirectory names companies from the cache first, then with
// one GET per id the rows need (never two for one id at a time); a 404 reads
// "Unknown company" and is not asked again; what arrived is in the cache, so
// a second open names it without a request. StageSalesModel fills its
// company, contact and owner columns as names arrive, with a loading or
// unknown state and never an id.
#include "Agent.h"
#include "Company.h"
#include "Page.h"
#include "PipelineModel.h"
#include "StageSalesModel.h"
#include "tst_dashboard_support.h"

using namespace repdesk;
using namespace repdesk::test;
using NameState = StageSalesModel::NameState;

class TestDashboardNames : public QObject
{
    Q_OBJECT
    DashboardFixture d;
    QList<Sale> real;        // three of the sandbox's sales, two sharing a company
    QHash<QString, QString> companyNames; // the sandbox's own answers

    int companyRequests(int since) const
    {
        const auto log = d.log();
        int n = 0;
        for (int i = since; i < log.size(); ++i)
            n += log.at(i).path.contains(QLatin1String("/companies/")) ? 1 : 0;
        return n;
    }

    // A cache of its own (another account folder) holding `sales` as one finished walk, with an
    // index over it that never walks (no provider): the rows are exactly these sales.
    struct Rig
    {
        std::unique_ptr<Cache> cache;
        std::unique_ptr<SalesIndex> index;
        std::unique_ptr<CompanyDirectory> companies;
        std::unique_ptr<ContactDirectory> contacts;
        StageSalesModel model;
    };
    std::unique_ptr<Rig> rig(const QString &account, const QList<Sale> &sales)
    {
        auto r = std::make_unique<Rig>();
        r->cache = std::make_unique<Cache>(d.cacheDir.path(), account);
        if (!r->cache->openOrganization(d.f.org))
            return nullptr;
        if (r->cache->saleCount() == 0) {
            const qint64 walk = r->cache->beginSalesWalk();
            r->cache->saveSalesPage(walk, sales, QString());
            r->cache->finishSalesWalk(walk, QDateTime::currentDateTimeUtc());
        }
        r->index = std::make_unique<SalesIndex>();
        r->index->setSource(nullptr, r->cache.get(), d.f.org);
        r->companies = std::make_unique<CompanyDirectory>();
        r->companies->setSource(d.f.account->provider(), r->cache.get(), d.f.org);
        r->contacts = std::make_unique<ContactDirectory>();
        r->contacts->setSource(d.f.account->provider(), r->cache.get(), d.f.org);
        r->model.setSource(r->index.get());
        r->model.setAgents(d.cache->agents());
        r->model.setDirectories(r->contacts.get(), r->companies.get());
        return r;
    }

    static QString cell(StageSalesModel &m, int row, StageSalesModel::Column column, int role = Qt::DisplayRole)
    {
        return m.index(row, column).data(role).toString();
    }
    static NameState state(StageSalesModel &m, int row, StageSalesModel::Column column)
    {
        return NameState(m.index(row, column).data(StageSalesModel::NameStateRole).toInt());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(d.start());
        auto agents = run(d.f.client()->listAgents(d.f.org, ListQuery{500, {}, {}, {}}));
        REQUIRE_OK(agents);
        d.cache->upsertAgents(agents.value->items);
        // Two sales of one company and one of another, all in one stage for the drill-down.
        const QList<Sale> all = d.sales->allSales();
        for (const Sale &a : all) {
            for (const Sale &b : all) {
                if (real.isEmpty() && a.saleId != b.saleId && a.companyId == b.companyId && !a.companyId.isEmpty())
                    real = {a, b};
            }
        }
        for (const Sale &c : all) {
            if (real.size() == 2 && !c.companyId.isEmpty() && c.companyId != real.first().companyId)
                real << c;
        }
        QCOMPARE(real.size(), 3);
        for (Sale &sale : real) {
            sale.currentStatus = SaleStatus{QStringLiteral("Qualified"), {}, sale.createdAt};
            auto company = run(d.f.client()->getCompany(d.f.org, sale.companyId));
            REQUIRE_OK(company);
            companyNames.insert(sale.companyId, company.value->name);
        }
    }

    void namesArriveOnceEachAndNeverAsIds()
    {
        // Beside the three: a company, contact and owner the server does not know, and no company at all.
        Sale stranger = real.first();
        stranger.saleId = QStringLiteral("HR_id_stranger_sale");
        stranger.companyId = QStringLiteral("HR_id_no_such_company");
        stranger.ownerId = QStringLiteral("HR_id_no_such_agent");
        stranger.associatedContacts = {SaleContact{QStringLiteral("HR_id_no_such_contact"), true}};
        Sale orphan = real.last();
        orphan.saleId = QStringLiteral("HR_id_orphan_sale");
        orphan.companyId.clear();
        orphan.associatedContacts.clear();
        auto r = rig(QStringLiteral("names"), real + QList<Sale>{stranger, orphan});
        QVERIFY(r);
        const int before = d.f.requestCount();
        r->model.setFilter(QStringLiteral("Qualified"), {}, {});
        QCOMPARE(r->model.rowCount(), 5);
        // Asked at once, each company once: two real ones and the stranger's.
        QCOMPARE(r->companies->requestsIssued(), 3);
        for (int row = 0; row < r->model.rowCount(); ++row) {
            const Sale *sale = r->model.sale(row);
            if (!sale->companyId.isEmpty()) {
                QCOMPARE(state(r->model, row, StageSalesModel::CompanyColumn), NameState::Loading);
                QCOMPARE(cell(r->model, row, StageSalesModel::CompanyColumn), QStringLiteral("Loading…"));
            }
        }
        QVERIFY(QTest::qWaitFor([&r] {
            for (int row = 0; row < r->model.rowCount(); ++row) {
                for (auto column : {StageSalesModel::CompanyColumn, StageSalesModel::ContactColumn}) {
                    if (state(r->model, row, column) == NameState::Loading)
                        return false;
                }
            }
            return true;
        }, 20000));
        QCOMPARE(companyRequests(before), 3);
        for (int row = 0; row < r->model.rowCount(); ++row) {
            const Sale *sale = r->model.sale(row);
            const QString company = cell(r->model, row, StageSalesModel::CompanyColumn);
            const QString contact = cell(r->model, row, StageSalesModel::ContactColumn);
            const QString owner = cell(r->model, row, StageSalesModel::OwnerColumn);
            for (const QString &text : {company, contact, owner}) {
                QVERIFY2(text != sale->companyId && text != sale->ownerId && text != sale->primaryContactId()
                             && !text.startsWith(QLatin1String("HR_id")),
                         qPrintable(text));
            }
            if (sale->saleId == stranger.saleId) {
                QCOMPARE(company, QStringLiteral("Unknown company"));
                QCOMPARE(state(r->model, row, StageSalesModel::CompanyColumn), NameState::Unknown);
                QCOMPARE(contact, QStringLiteral("Unknown contact"));
                QCOMPARE(owner, QStringLiteral("Unknown agent"));
                QVERIFY(r->companies->isUnknown(stranger.companyId));
            } else if (sale->saleId == orphan.saleId) {
                QCOMPARE(company, QStringLiteral("No company"));
                QCOMPARE(contact, QStringLiteral("No contact"));
            } else {
                QCOMPARE(company, companyNames.value(sale->companyId));
                QCOMPARE(state(r->model, row, StageSalesModel::CompanyColumn), NameState::Known);
                QCOMPARE(r->model.index(row, 0).data(StageSalesModel::CompanyIdRole).toString(), sale->companyId);
                QCOMPARE(state(r->model, row, StageSalesModel::ContactColumn), NameState::Known);
                QCOMPARE(state(r->model, row, StageSalesModel::OwnerColumn), NameState::Known);
            }
        }
        // Reloading (the index moved, the range changed) asks nothing again, not even the 404.
        const int again = d.f.requestCount();
        r->model.reload();
        r->model.setFilter(QStringLiteral("Qualified"), {}, DateRange{});
        QTest::qWait(50);
        QCOMPARE(companyRequests(again), 0);
        QCOMPARE(r->companies->requestsIssued(), 3);
        // Written to the cache as they came.
        for (const Sale &sale : std::as_const(real))
            QCOMPARE(r->cache->company(sale.companyId).value_or(Company()).name, companyNames.value(sale.companyId));
    }

    void cachedNamesOnASecondOpenAskNothing()
    {
        // The same account folder as the last test (its cache holds the names), a new directory:
        // the next start of the app.
        auto r = rig(QStringLiteral("names"), {});
        QVERIFY(r);
        const int before = d.f.requestCount();
        r->model.setFilter(QStringLiteral("Qualified"), {}, {});
        QCOMPARE(r->model.rowCount(), 5);
        for (int row = 0; row < r->model.rowCount(); ++row) {
            const Sale *sale = r->model.sale(row);
            if (companyNames.contains(sale->companyId))
                QCOMPARE(cell(r->model, row, StageSalesModel::CompanyColumn), companyNames.value(sale->companyId));
        }
        QTest::qWait(100);
        // Only the company the server did not know is asked again: a 404 is remembered per session.
        QCOMPARE(companyRequests(before), 1);
        QCOMPARE(r->companies->requestsIssued(), 1);
    }

    void aFailedRequestIsAskedAgainAndNeverShownAsAnId()
    {
        // Without contacts, the only requests are the two companies'.
        QList<Sale> sales = real;
        for (Sale &sale : sales)
            sale.associatedContacts.clear();
        auto r = rig(QStringLiteral("failing"), sales);
        QVERIFY(r);
        const auto settled = [&r] {
            for (int row = 0; row < r->model.rowCount(); ++row) {
                if (state(r->model, row, StageSalesModel::CompanyColumn) == NameState::Loading)
                    return false;
            }
            return true;
        };
        // Both fail for good (not a 404, which would be remembered as unknown; not retried: a 400).
        d.f.server->injectFaults(2, 400);
        r->model.setFilter(QStringLiteral("Qualified"), {}, {});
        QCOMPARE(r->model.rowCount(), 3);
        QVERIFY(QTest::qWaitFor(settled, 20000));
        for (int row = 0; row < r->model.rowCount(); ++row) {
            QCOMPARE(state(r->model, row, StageSalesModel::CompanyColumn), NameState::Failed);
            QCOMPARE(cell(r->model, row, StageSalesModel::CompanyColumn), QStringLiteral("—"));
            QVERIFY(!cell(r->model, row, StageSalesModel::CompanyColumn, Qt::ToolTipRole).isEmpty());
        }
        // The next reload asks again, and the names come.
        r->model.reload();
        QVERIFY(QTest::qWaitFor(settled, 20000));
        for (int row = 0; row < r->model.rowCount(); ++row)
            QCOMPARE(cell(r->model, row, StageSalesModel::CompanyColumn), companyNames.value(r->model.sale(row)->companyId));
        QCOMPARE(r->companies->requestsIssued(), 4);
    }
};

QTEST_GUILESS_MAIN(TestDashboardNames)
#include "tst_dashboard_names.moc"
