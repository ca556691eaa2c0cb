// The records workspaces in the main window (the audit log in full; the sales board and the
// directory on their keys), offscreen, against repdesk-sandbox: Ctrl+6 opens it
// (created on first use) listing the organization's changes by name; the filter bar's choices go
// out as the API's filters; a start after the end is refused on screen without a request; a
// conversation's entry opens it in the inbox, a sale's shows the sale with its history in place.
#include "RunningApp.h"
#include "AuditLogListModel.h"
#include "InstallSecret.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "SalesIndex.h"
#include "SessionManager.h"
#include "auditlog/AuditLogFilterBar.h"
#include "auditlog/AuditLogWorkspace.h"
#include "SalesBoardModel.h"
#include "directory/DirectoryWorkspace.h"
#include "DirectorySession.h"
#include "inbox/ContactPanel.h"
#include "sales/SalesWorkspace.h"
#include <QListView>
#include "ComposeActions.h"
#include "common/ErrorBanner.h"
#include "compose/DraftsView.h"
#include "dashboards/SaleDetailPane.h"
#include "inbox/InboxWorkspace.h"
#include "tst_review_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrlQuery>

using namespace repdesk;
using namespace repdesk::test;

class TestAuditLogWindow : public QObject
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
    static int rowOf(AuditLogWorkspace *w, const QString &recordType)
    {
        auto *rows = static_cast<QSortFilterProxyModel *>(w->table()->model());
        auto *table = static_cast<PagedTableModel *>(rows->sourceModel());
        for (int row = 0; row < rows->rowCount(); ++row) {
            const int source = rows->mapToSource(rows->index(row, 0)).row();
            if (table->rowData(source, AuditLogListModel::RecordTypeRole).toString() == recordType)
                return row;
        }
        return -1;
    }
    QList<QUrlQuery> auditQueries(int from) const
    {
        QList<QUrlQuery> out;
        const auto log = f.server->requestLog();
        for (int i = from; i < log.size(); ++i)
            if (log.at(i).path.endsWith(QLatin1String("/audit-logs")))
                out << QUrlQuery(log.at(i).query);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 60;
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_auditlog_window")));
    }

    void ctrl6ListsFiltersAndOpensRecords()
    {
        RunningApp app(f.server->url(), QByteArrayLiteral("test-key"));
        MainWindow &window = *app.window;
        QVERIFY(showWindow(window));
        QVERIFY(spin([&] { return window.inbox()->session() != nullptr; }));
        QVERIFY(!window.auditLog());

        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::AuditLog);
        AuditLogWorkspace *w = window.auditLog();
        QVERIFY(w && w->isVisible());
        QVERIFY(spin([&] { return w->table()->model()->rowCount() > 0; }));
        QVERIFY(spin([&] { return w->session()->model()->fetchState() != PagedListModel::FetchState::Loading; }));
        w->focusDefault();
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->table()));
        // Names, never ids, in the agent column.
        for (int row = 0; row < qMin(20, w->table()->model()->rowCount()); ++row) {
            const QString agent = w->table()->model()->index(row, 1).data().toString();
            QVERIFY2(!agent.isEmpty() && !agent.startsWith(QLatin1String("HR_id_")), qPrintable(agent));
        }

        // An agent and a record type, by the keyboard's way of choosing: the combo boxes.
        AuditLogFilterBar *bar = w->filterBar();
        auto *agent = bar->findChildren<QComboBox *>().at(0);
        auto *record = bar->findChildren<QComboBox *>().at(1);
        QVERIFY(spin([&] { return agent->count() > 1; }));
        agent->setCurrentIndex(1);
        record->setCurrentIndex(record->findData(QStringLiteral("sale")));
        const int before = f.requestCount();
        QTest::keyClick(record, Qt::Key_Return);
        QVERIFY(spin([&] { return !auditQueries(before).isEmpty(); }));
        const QUrlQuery q = auditQueries(before).first();
        QCOMPARE(q.queryItemValue(QStringLiteral("agent_id")), agent->currentData().toString());
        QCOMPARE(q.queryItemValue(QStringLiteral("record_type")), QStringLiteral("sale"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("action_type")));
        QVERIFY(spin([&] { return w->session()->model()->fetchState() != PagedListModel::FetchState::Loading; }));

        // Start after end: a warning on screen, no request, the rows kept.
        const auto dates = bar->findChildren<QDateEdit *>();
        const auto checks = bar->findChildren<QCheckBox *>();
        checks.at(0)->setChecked(true);
        checks.at(1)->setChecked(true);
        dates.at(0)->setDate(QDate(2026, 5, 2));
        dates.at(1)->setDate(QDate(2026, 5, 1));
        const int rows = w->table()->model()->rowCount();
        const int beforeBad = f.requestCount();
        QTest::keyClick(record, Qt::Key_Return);
        QTest::qWait(50);
        QVERIFY(auditQueries(beforeBad).isEmpty()); // the inbox syncs meanwhile: only the audit log counts
        QVERIFY(w->banner()->isVisible());
        QCOMPARE(w->table()->model()->rowCount(), rows);

        // A sale's entry: Enter shows the sale (products, status history) in place.
        checks.at(0)->setChecked(false);
        checks.at(1)->setChecked(false);
        agent->setCurrentIndex(0);
        QTest::keyClick(record, Qt::Key_Return);
        QVERIFY(spin([&] { return rowOf(w, QStringLiteral("sale")) >= 0
                                  && w->session()->model()->fetchState() != PagedListModel::FetchState::Loading; }));
        QVERIFY(spin([&] { return window.inbox()->session()->sales()->isComplete(); }));
        w->table()->setCurrentIndex(w->table()->model()->index(rowOf(w, QStringLiteral("sale")), 0));
        QVERIFY(w->detail()->toPlainText().contains(QStringLiteral("from:")));
        QVERIFY(w->openButton()->isVisible());
        w->table()->setFocus();
        QTest::keyClick(w->table(), Qt::Key_Return);
        auto *sale = w->findChild<SaleDetailPane *>();
        QVERIFY(sale && sale->isVisible());
        QVERIFY(!sale->summaryText().isEmpty());

        // A conversation's entry opens it in the inbox.
        record->setCurrentIndex(record->findData(QStringLiteral("conversation")));
        QTest::keyClick(record, Qt::Key_Return);
        QVERIFY(spin([&] { return rowOf(w, QStringLiteral("conversation")) >= 0; }));
        w->table()->setCurrentIndex(w->table()->model()->index(rowOf(w, QStringLiteral("conversation")), 0));
        QTest::keyClick(w->table(), Qt::Key_Return);
        QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Inbox);
    }

    // Draft entries: a message draft's opens the organization's message drafts; a reply draft's
    // names no conversation, so it offers nothing to open and says why.
    void draftEntriesOpenWhereTheyCan()
    {
        RunningApp app(f.server->url(), QByteArrayLiteral("test-key"));
        MainWindow &window = *app.window;
        QVERIFY(showWindow(window));
        QVERIFY(spin([&] { return window.inbox()->session() != nullptr; }));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        AuditLogWorkspace *w = window.auditLog();
        QVERIFY(spin([&] { return w->session()->model()->fetchState() != PagedListModel::FetchState::Loading; }));
        auto *record = w->filterBar()->findChildren<QComboBox *>().at(1);

        record->setCurrentIndex(record->findData(QStringLiteral("message_draft")));
        QTest::keyClick(record, Qt::Key_Return);
        QVERIFY(spin([&] { return rowOf(w, QStringLiteral("message_draft")) >= 0
                                  && w->session()->model()->fetchState() != PagedListModel::FetchState::Loading; }));
        w->table()->setCurrentIndex(w->table()->model()->index(rowOf(w, QStringLiteral("message_draft")), 0));
        QVERIFY(w->openButton()->isVisible());
        QCOMPARE(w->openButton()->text().remove(QLatin1Char('&')), QStringLiteral("Open message drafts"));
        QSignalSpy drafts(w, &AuditLogWorkspace::openMessageDraftsRequested);
        w->table()->setFocus();
        QTest::keyClick(w->table(), Qt::Key_Return);
        QCOMPARE(drafts.size(), 1);
        QVERIFY(!drafts.first().first().toString().isEmpty());
        QVERIFY(spin([&] { return window.inbox()->compose()->draftsView() && window.inbox()->compose()->draftsView()->isVisible(); }));
        window.inbox()->compose()->draftsView()->window()->close();

        record->setCurrentIndex(record->findData(QStringLiteral("response_draft")));
        QTest::keyClick(record, Qt::Key_Return);
        QVERIFY(spin([&] { return rowOf(w, QStringLiteral("response_draft")) >= 0
                                  && w->session()->model()->fetchState() != PagedListModel::FetchState::Loading; }));
        w->table()->setCurrentIndex(w->table()->model()->index(rowOf(w, QStringLiteral("response_draft")), 0));
        QVERIFY(!w->openButton()->isVisible());
        QVERIFY(w->detail()->toPlainText().contains(QStringLiteral("cannot open it")));
    }

    // The other record workspaces on their keys: Ctrl+3 the pipeline board with the keyboard on a
    // card (Right moves a column, Enter shows the sale), Ctrl+5 the directory.
    void ctrl3AndCtrl5OpenTheirWorkspaces()
    {
        RunningApp app(f.server->url(), QByteArrayLiteral("test-key"));
        MainWindow &window = *app.window;
        QVERIFY(showWindow(window));
        QVERIFY(spin([&] { return window.inbox()->session() != nullptr; }));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Sales);
        SalesWorkspace *sales = window.sales();
        QVERIFY(spin([&] { return sales->columns().size() >= 2 && sales->session()->board()->rowCount() > 0
                                  && !sales->session()->isLoading(); }));
        QVERIFY(spin([&] {
            auto *focus = qobject_cast<QListView *>(QApplication::focusWidget());
            return focus && sales->columns().contains(focus) && focus->currentIndex().isValid();
        }));
        auto *first = qobject_cast<QListView *>(QApplication::focusWidget());
        const int from = int(sales->columns().indexOf(first));
        QTest::keyClick(first, Qt::Key_Right);
        auto *next = qobject_cast<QListView *>(QApplication::focusWidget());
        QVERIFY(next && sales->columns().indexOf(next) > from);
        const QString saleId = next->currentIndex().data(SalesBoardModel::SaleIdRole).toString();
        QVERIFY(!saleId.isEmpty());
        QCOMPARE(next->currentIndex().data(SalesBoardModel::StageRole).toString(),
                 sales->session()->board()->stages().at(sales->columns().indexOf(next)));
        QTest::keyClick(next, Qt::Key_Return);
        QCOMPARE(sales->openSaleId(), saleId);
        QVERIFY(sales->detail()->isVisible());

        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Directory);
        QVERIFY(window.directory() && window.directory()->isVisible());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Inbox);
    }

    // The inbox's contact panel: "Open in directory" shows the conversation's contact there.
    void theContactPanelOpensTheContactInTheDirectory()
    {
        RunningApp app(f.server->url(), QByteArrayLiteral("test-key"));
        MainWindow &window = *app.window;
        QVERIFY(showWindow(window));
        QVERIFY(spin([&] { return window.inbox()->session() != nullptr; }));
        QString contactId;
        for (const Conversation &c : f.allConversations()) {
            if (!c.contactId.isEmpty()) {
                QVERIFY(window.inbox()->session()->openConversation(c.conversationId));
                window.inbox()->openConversation(c.conversationId);
                contactId = c.contactId;
                break;
            }
        }
        QVERIFY(!contactId.isEmpty());
        ContactPanel *panel = window.inbox()->contactPanel();
        QVERIFY(spin([&] { return panel->directoryButton()->isVisible(); }));
        QCOMPARE(panel->directoryButton()->text().remove(QLatin1Char('&')), QStringLiteral("Open in directory"));
        QSignalSpy opened(window.inbox(), &InboxWorkspace::openContactInDirectoryRequested);
        QSignalSpy shown(window.inbox()->session()->directory(), &DirectorySession::contactOpened);
        panel->directoryButton()->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), contactId);
        QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Directory);
        QVERIFY(window.directory() && window.directory()->isVisible());
        QCOMPARE(window.directory()->session(), window.inbox()->session()->directory());
        QVERIFY(spin([&] { return !shown.isEmpty(); }));
        QCOMPARE(shown.last().first().toString(), contactId);
        QCOMPARE(window.directory()->currentTab(), DirectoryWorkspace::Tab::Contacts);
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
    TestAuditLogWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditlog_window.moc"
