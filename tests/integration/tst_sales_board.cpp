// The pipeline board's model against repdesk-sandbox over loopback: every sale of the walked index
// stands in the column of the stage it is in now, the columns follow the order the sales move
// through (the sandbox's own pipeline: Qualified, Quoted, Negotiation, then the outcomes), and the
// cards name company, contact and owner, never ids.
#include "Cache.h"
#include "CompanyDirectory.h"
#include "ContactDirectory.h"
#include "SalesBoardModel.h"
#include "SalesIndex.h"
#include "SandboxFixture.h"

#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::test;

class TestSalesBoard : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start());
        QVERIFY(dir.isValid());
    }

    void groupsEverySaleByItsStageInPipelineOrder()
    {
        Cache cache(dir.filePath(QStringLiteral("cache")), QStringLiteral("acct"));
        QVERIFY(cache.openOrganization(f.org));
        auto agents = run(f.client()->listAgents(f.org, ListQuery{500, {}, {}, {}}));
        QVERIFY(agents.ok);
        cache.upsertAgents(agents.value->items);
        SalesIndex index;
        index.setSource(f.account->provider(), &cache, f.org);
        ContactDirectory contacts;
        contacts.setSource(f.account->provider(), &cache, f.org);
        CompanyDirectory companies;
        companies.setSource(f.account->provider(), &cache, f.org);
        SalesBoardModel board;
        board.setDirectories(&contacts, &companies);
        board.setAgents(cache.agents());
        board.setSource(&index);
        index.refresh(true);
        QVERIFY(QTest::qWaitFor([&] { return index.isComplete() && !index.isLoading(); }, 20000));

        const QList<Sale> all = index.allSales();
        QVERIFY(all.size() > 5);
        QCOMPARE(board.rowCount(), all.size());
        // One column per label in use, each sale in its current stage's column.
        QSet<QString> used;
        for (const Sale &s : all)
            used.insert(s.currentStatus ? s.currentStatus->label : SalesBoardModel::noStageLabel());
        QCOMPARE(QSet<QString>(board.stages().cbegin(), board.stages().cend()), used);
        int counted = 0;
        for (const QString &stage : board.stages())
            counted += board.countInStage(stage);
        QCOMPARE(counted, all.size());
        for (int row = 0; row < board.rowCount(); ++row) {
            const Sale *s = board.sale(row);
            QCOMPARE(board.index(row).data(SalesBoardModel::StageRole).toString(), s->currentStatus->label);
        }
        // The pipeline's order: the open stages in the order sales pass them, before the outcomes.
        const QStringList order = board.stages();
        const QStringList open{QStringLiteral("Qualified"), QStringLiteral("Quoted"), QStringLiteral("Negotiation")};
        int last = -1;
        for (const QString &stage : open) {
            if (!order.contains(stage))
                continue;
            QVERIFY2(order.indexOf(stage) > last, qPrintable(order.join(QLatin1Char(','))));
            last = order.indexOf(stage);
        }
        for (const QString &outcome : {QStringLiteral("Accepted"), QStringLiteral("Lost")})
            if (order.contains(outcome))
                QVERIFY2(order.indexOf(outcome) > last, qPrintable(order.join(QLatin1Char(','))));

        // Names, once the directories answered; never an id.
        QVERIFY(QTest::qWaitFor([&] {
            for (int row = 0; row < board.rowCount(); ++row)
                if (board.index(row).data(SalesBoardModel::CompanyTextRole).toString() == QStringLiteral("Loading…")
                    || board.index(row).data(SalesBoardModel::ContactTextRole).toString() == QStringLiteral("Loading…"))
                    return false;
            return true;
        }, 20000));
        for (int row = 0; row < board.rowCount(); ++row) {
            const QModelIndex i = board.index(row);
            const Sale *s = board.sale(row);
            for (int role : {int(SalesBoardModel::CompanyTextRole), int(SalesBoardModel::ContactTextRole),
                             int(SalesBoardModel::OwnerTextRole)}) {
                const QString text = i.data(role).toString();
                QVERIFY(!text.isEmpty());
                QVERIFY2(text != s->companyId && text != s->ownerId && text != s->primaryContactId(), qPrintable(text));
            }
            if (!s->ownerId.isEmpty())
                QCOMPARE(i.data(SalesBoardModel::OwnerTextRole).toString(), cache.agents().value(s->ownerId).name);
            QVERIFY(!i.data(SalesBoardModel::TotalTextRole).toString().isEmpty());
        }
    }

    void orderFollowsHistoriesNotTheAlphabet()
    {
        auto sale = [](const QStringList &labels) {
            Sale s;
            for (const QString &l : labels) {
                SaleStatus st;
                st.label = l;
                s.statusHistory.append(st);
            }
            return s;
        };
        const QList<Sale> sales{sale({QStringLiteral("Lead"), QStringLiteral("Demo"), QStringLiteral("Won")}),
                                sale({QStringLiteral("Lead"), QStringLiteral("Demo")}),
                                sale({QStringLiteral("Lead"), QStringLiteral("Closed")})};
        QCOMPARE(SalesBoardModel::orderStages(sales),
                 (QStringList{QStringLiteral("Lead"), QStringLiteral("Demo"), QStringLiteral("Closed"), QStringLiteral("Won")}));
        // Ties (both end their histories) in alphabetical order, so the board is stable.
        QCOMPARE(SalesBoardModel::orderStages({}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSalesBoard)
#include "tst_sales_board.moc"
