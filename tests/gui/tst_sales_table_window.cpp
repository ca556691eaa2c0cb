// The sales table (Ctrl+3, Alt+T) in the main window against repdesk-sandbox, offscreen, driven by
// the keyboard: Alt+T shows the table with the keyboard on it and the organization's sales in it;
// Alt+S filters by stage (here, no request); Alt+O by owner (GET .../agents/{id}/sales, names in
// the column); a range no sale falls in shows the empty state; Enter opens the sale beside the
// table with its quote and custom fields; Alt+N opens its contact in the directory; Alt+B goes back.
#include "RunningApp.h"
#include "DirectorySession.h"
#include "InstallSecret.h"
#include "MainWindow.h"
#include "SaleFilterProxy.h"
#include "SaleListModel.h"
#include "SalesBoardModel.h"
#include "SessionManager.h"
#include "common/EmptyStateWidget.h"
#include "dashboards/SaleDetailPane.h"
#include "directory/DirectoryWorkspace.h"
#include "inbox/InboxWorkspace.h"
#include "sales/SaleFilterBar.h"
#include "sales/SalesTablePage.h"
#include "sales/SalesWorkspace.h"
#include "tst_review_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QUrlQuery>

using namespace repdesk;
using namespace repdesk::test;

class TestSalesTableWindow : public QObject
{
    Q_OBJECT
    ReviewFixture f;

    static bool showWindow(MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
    int salesRequests(const QString &suffix) const
    {
        int n = 0;
        for (const SandboxRequestRecord &r : f.server->requestLog())
            if (r.path.endsWith(suffix))
                ++n;
        return n;
    }
    static void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(k), modifiers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 60;
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_sales_table_window")));
    }

    void theTableByTheKeyboard()
    {
        RunningApp app(f.server->url(), QByteArrayLiteral("test-key"));
        MainWindow &window = *app.window;
        QVERIFY(showWindow(window));
        QVERIFY(spin([&] { return window.inbox()->session() != nullptr; }));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        SalesWorkspace *sales = window.sales();
        QVERIFY(sales);
        QVERIFY(spin([&] { return sales->session()->board()->rowCount() > 0 && !sales->session()->isLoading(); }));
        const int all = sales->session()->board()->rowCount();

        // Alt+T: the table, the keyboard on its first row.
        key(Qt::Key_T, Qt::AltModifier);
        QVERIFY(sales->isTableShown());
        SalesTablePage *page = sales->tablePage();
        QTableView *table = page->table();
        QVERIFY(spin([&] { return QApplication::focusWidget() == table && table->currentIndex().isValid(); }));
        QCOMPARE(table->model()->rowCount(), all);
        QVERIFY(!table->accessibleName().isEmpty());

        // Alt+S, Down: the first stage; applied here, no request.
        const int before = salesRequests(QStringLiteral("/sales"));
        key(Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(page->filterBar()->stageBox()));
        key(Qt::Key_Down);
        const QString stage = page->filterBar()->stageBox()->currentText();
        QCOMPARE(stage, sales->session()->board()->stages().first());
        QCOMPARE(table->model()->rowCount(), sales->session()->board()->countInStage(stage));
        QVERIFY(table->model()->rowCount() < all);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 3).data().toString(), stage);
        QCOMPARE(salesRequests(QStringLiteral("/sales")), before);
        key(Qt::Key_Home); // all stages again
        QCOMPARE(table->model()->rowCount(), all);

        // Alt+O, Down: an owner, asked from the API's agent route; the column shows their name.
        key(Qt::Key_O, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(page->filterBar()->ownerBox()));
        key(Qt::Key_Down);
        const QString owner = page->filterBar()->ownerBox()->currentText();
        const QString ownerId = page->filterBar()->ownerBox()->currentData().toString();
        QVERIFY(!ownerId.isEmpty() && owner != ownerId);
        QVERIFY(spin([&] { return salesRequests(QStringLiteral("/agents/%1/sales").arg(ownerId)) > 0; }));
        SaleListModel *list = sales->session()->table();
        QVERIFY(spin([&] { return list->fetchState() == PagedListModel::FetchState::Complete; }));
        QVERIFY(!list->isFromIndex());
        QVERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 2).data().toString(), owner);
        QVERIFY(page->statusText().contains(QString::number(table->model()->rowCount())));

        // A last day long before any sale: the empty state says no sale matches.
        auto *useTo = page->findChildren<QCheckBox *>().last();
        auto *to = page->findChildren<QDateEdit *>().last();
        to->setDate(QDate(2001, 1, 1));
        useTo->setFocus();
        key(Qt::Key_Space);
        QVERIFY(useTo->isChecked());
        QCOMPARE(table->model()->rowCount(), 0);
        auto *empty = page->findChild<EmptyStateWidget *>();
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No sale matches these filters"));
        key(Qt::Key_Space);
        QVERIFY(spin([&] { return table->model()->rowCount() > 0; }));
        QVERIFY(!empty->isVisible());

        // Back to the table (Shift+Tab from... Tab to it), Down, Enter: the sale beside the table.
        for (int i = 0; i < 8 && QApplication::focusWidget() != table; ++i)
            key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        if (table->model()->rowCount() > 1)
            key(Qt::Key_Down);
        const Sale *chosen = page->proxy()->saleAt(table->currentIndex().row());
        QVERIFY(chosen);
        const QString saleId = chosen->saleId;
        const QString contactId = chosen->primaryContactId();
        key(Qt::Key_Return);
        QCOMPARE(sales->openSaleId(), saleId);
        QVERIFY(sales->detail()->isVisible());
        QVERIFY(sales->detail()->summaryText().contains(chosen->currentStatus->label));
        QVERIFY(!sales->detail()->customFieldsText().isEmpty());

        // Alt+N: its contact in the directory.
        QVERIFY(!contactId.isEmpty());
        QVERIFY(sales->openContactButton()->isVisible());
        QSignalSpy opened(sales, &SalesWorkspace::openContactRequested);
        if (sales->openContactButton()->menu()) {
            sales->openContactButton()->menu()->actions().first()->trigger(); // the primary contact comes first
        } else {
            key(Qt::Key_N, Qt::AltModifier); // a mnemonic clicks the button a moment later (animateClick)
        }
        QVERIFY(spin([&] { return !opened.isEmpty(); }));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), contactId);
        QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Directory);
        QSignalSpy shown(window.inbox()->session()->directory(), &DirectorySession::contactOpened);
        QVERIFY(spin([&] { return !shown.isEmpty() || window.directory()->currentTab() == DirectoryWorkspace::Tab::Contacts; }));

        // Ctrl+3 again and Alt+B: the board.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(sales->isTableShown());
        key(Qt::Key_B, Qt::AltModifier);
        QVERIFY(!sales->isTableShown());
    }
};

int main(int argc, char **argv)
{
    // The user's profile is never touched; WebEngine (warmed at idle) needs shared contexts.
    QTemporaryDir home;
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSalesTableWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sales_table_window.moc"
