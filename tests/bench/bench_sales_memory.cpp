// The heap the sales views hold: the pipeline board (SalesBoardModel) and the sales table
// (SaleListModel) each hold every sale of the organization, read through the sales index.
// Starts repdesk-sandbox in a process of its own (its allocations stay out of these figures)
// with the soak's organization A (2,000 conversations, seed 11: 502 sales), walks the index
// once into a private cache, then, for each set of views, creates them, lets the event loop
// turn, and reads glibc's heap in use (HeapTrimmer::figures, after a trim) against the
// figure before they existed; the views are destroyed before the next set. Then the time
// both views take to reload when the index says it changed (as after each page of a walk).
// Run: build/tests/bench/bench_sales_memory [conversations]
#include "Account.h"
#include "ApiCall.h"
#include "Cache.h"
#include "CompanyDirectory.h"
#include "ContactDirectory.h"
#include "HeapTrimmer.h"
#include "HyperRepProvider.h"
#include "SaleListModel.h"
#include "SalesBoardModel.h"
#include "SalesIndex.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace repdesk;

namespace {

qint64 heapInUseKb()
{
    // Twice: a trim can free the blocks a deferred delete released during the first.
    QCoreApplication::processEvents();
    HeapTrimmer::trim();
    HeapTrimmer::trim();
    return HeapTrimmer::figures().inUseBytes / 1024;
}

struct Views
{
    std::unique_ptr<ContactDirectory> contacts;
    std::unique_ptr<CompanyDirectory> companies;
    std::unique_ptr<SalesBoardModel> board;
    std::unique_ptr<SaleListModel> table;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int conversations = argc > 1 ? qMax(10, atoi(argv[1])) : 2000;
    QTemporaryDir home;

    const repdesk::bench::SandboxProcess sandbox(QStringLiteral(REPDESK_SANDBOX_EXE), conversations, 11,
                                                 home.filePath(QStringLiteral("sandbox")));
    if (sandbox.url().isEmpty())
        return 1;

    Account account(QUrl(sandbox.url()), repdesk::bench::SandboxProcess::apiKey().toUtf8());
    auto *client = static_cast<HyperRepProvider *>(account.provider())->client();
    QString org;
    auto *orgs = account.provider()->listOrganizations();
    QObject::connect(orgs, &ApiCall::finished, [&] {
        if (orgs->succeeded() && !orgs->result().items.isEmpty())
            org = orgs->result().items.first().organizationId;
    });
    if (!QTest::qWaitFor([&] { return !org.isEmpty(); }, 30000)) {
        std::fprintf(stderr, "no organization\n");
        return 1;
    }
    Cache cache(home.filePath(QStringLiteral("cache")), QStringLiteral("bench"));
    cache.openOrganization(org);
    SalesIndex index;
    index.setSource(account.provider(), &cache, org);
    index.refresh(true);
    if (!QTest::qWaitFor([&] { return index.isComplete() && !index.isLoading(); }, 120000)) {
        std::fprintf(stderr, "the sales walk did not finish\n");
        return 1;
    }
    const int sales = int(index.allSales().size());
    std::printf("bench_sales_memory: %d sales (%d conversations), heap in use held by the views, KB\n", sales,
                conversations);

    // Names ask the directories for contacts and companies: their pages arrive over the network.
    const auto settle = [] { QTest::qWait(1500); };
    const auto measure = [&](const char *what, bool board, bool table, bool names) {
        const qint64 before = heapInUseKb();
        {
            Views v;
            v.board = std::make_unique<SalesBoardModel>();
            if (names) {
                v.contacts = std::make_unique<ContactDirectory>();
                v.companies = std::make_unique<CompanyDirectory>();
                v.contacts->setSource(account.provider(), &cache, org);
                v.companies->setSource(account.provider(), &cache, org);
                v.board->setDirectories(v.contacts.get(), v.companies.get());
            }
            if (board)
                v.board->setSource(&index);
            if (table) {
                v.table = std::make_unique<SaleListModel>();
                v.table->setSource(client, org, &index, v.board->names());
            }
            settle();
            const qint64 held = heapInUseKb() - before;
            std::printf("  %-40s %6lld\n", what, held);
            std::fflush(stdout);
        }
        settle();
    };
    measure("board (SalesBoardModel)", true, false, false);
    measure("table (SaleListModel)", false, true, false);
    measure("board and table", true, true, false);
    measure("board and table, with names' directories", true, true, true);

    // What each page of a walk costs the views: the index says updated() and both reload.
    {
        SalesBoardModel board;
        board.setSource(&index);
        SaleListModel table;
        table.setSource(client, org, &index, board.names());
        QList<qint64> times;
        for (int i = 0; i < 21; ++i) {
            QCoreApplication::processEvents(); // the turn that ends the index's decoded copy
            QElapsedTimer timer;
            timer.start();
            Q_EMIT index.updated();
            times << timer.nsecsElapsed() / 1000;
        }
        std::sort(times.begin(), times.end());
        std::printf("  both views reloading after a page (median of 21): %.1f ms\n", times.at(10) / 1000.0);
    }
    return 0;
}
