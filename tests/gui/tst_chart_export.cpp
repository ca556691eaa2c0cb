// ChartExport, TableExportActions and ExportFileDialog, offscreen: PNG and SVG files of a
// ChartPanel, its CSV read back, Copy on the clipboard, and a plain table given the same menu.

#include "common/ChartExport.h"
#include "common/ExportFileDialog.h"
#include "common/TableExportActions.h"
#include "Rfc4180Reader.h"
#include "tst_charts_support.h"

#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QMenu>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QXmlStreamReader>

using namespace repdesk;
using namespace repdesk::test;

class TestChartExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pngLoadsAtTwiceTheSize();
    void pngWhileTheTableIsShown();
    void aRebuiltChartExportsLikeAFreshOne();
    void svgIsXmlWithAnSvgRootAndTheTitle();
    void csvParsesBackToTheModelValues();
    void copyPutsTsvOnTheClipboard();
    void attachGivesAPlainTableTheMenu();
    void ctrlCCopiesTheSelectedCells();
    void failedWritesSayWhy();
    void fileNamesAndTheRememberedFolder();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
};

void TestChartExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(m_settings);
}

void TestChartExport::pngLoadsAtTwiceTheSize()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Bar);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(panel.exportPng(path, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), panel.chartView()->viewport()->size() * 2);
    // Not a blank frame: bars, text and background make many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    // The title is drawn for the file only; the panel shows it in its own header.
    QVERIFY(panel.chart()->title().isEmpty());
}

void TestChartExport::pngWhileTheTableIsShown()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Line);
    panel.setTableVisible(true);
    const QImage image = ChartExport::toImage(panel.chartView(), panel.title());
    QCOMPARE(image.size(), ChartExport::defaultSize() * 2);
    QVERIFY(image.pixel(image.width() / 2, image.height() / 2) != image.pixel(4, 4)
            || image.pixel(image.width() / 3, image.height() / 3) != image.pixel(4, 4));
}

void TestChartExport::aRebuiltChartExportsLikeAFreshOne()
{
    // Qt 6.4 leaves removed axes drawn until the event loop deletes them; ChartBuilder hides
    // them, or an export right after switching kinds would show the old axes as well.
    ChartPanel switched;
    showPanel(switched, dashboardModel(&switched), ChartPanel::Kind::Bar);
    ChartPanel fresh;
    showPanel(fresh, dashboardModel(&fresh), ChartPanel::Kind::Line);
    QVERIFY(QTest::qWaitForWindowExposed(&switched));
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    switched.setKind(ChartPanel::Kind::Line); // and export before the event loop runs again
    QCOMPARE(switched.chartView()->size(), fresh.chartView()->size());
    QCOMPARE(ChartExport::toImage(switched.chartView(), switched.title()),
             ChartExport::toImage(fresh.chartView(), fresh.title()));
}

void TestChartExport::svgIsXmlWithAnSvgRootAndTheTitle()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Pie);
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(panel.exportSvg(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("svg"));
    bool titled = false;
    int paths = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("title"))
            titled = xml.readElementText() == QStringLiteral("Activity by day");
        if (xml.isStartElement() && xml.name() == QLatin1String("path"))
            ++paths;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(titled);
    QVERIFY(paths >= 5); // at least a path per slice
}

void TestChartExport::csvParsesBackToTheModelValues()
{
    ChartPanel panel;
    QStandardItemModel *model = dashboardModel(&panel, 3);
    showPanel(panel, model, ChartPanel::Kind::Bar);
    panel.setRowHeaderTitle(QStringLiteral("Day"));
    const QString path = m_dir.filePath(QStringLiteral("table.csv"));
    QVERIFY(panel.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool ok = false;
    const QList<QStringList> records = readRfc4180(QString::fromUtf8(file.readAll()), &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 6);
    QCOMPARE(records.at(0), (QStringList{QStringLiteral("Day"), QStringLiteral("Calls"), QStringLiteral("Emails"),
                                         QStringLiteral("Revenue")}));
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(records.at(row + 1).at(0), days().at(row));
        for (int column = 0; column < 3; ++column) {
            // Raw values: "2000.5", not the "$2,000.50" the table shows.
            bool isNumber = false;
            QCOMPARE(records.at(row + 1).at(column + 1).toDouble(&isNumber), rawValue(row, column));
            QVERIFY(isNumber);
        }
    }
}

void TestChartExport::copyPutsTsvOnTheClipboard()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel, 3), ChartPanel::Kind::Bar);
    QApplication::clipboard()->clear();
    panel.copyTable();
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), QStringLiteral("\tCalls\tEmails\tRevenue"));
    QCOMPARE(lines.at(2), QStringLiteral("Tue\t1,204\t37\t$2,000.50")); // the display text
    // The menu's Copy does the same.
    QApplication::clipboard()->clear();
    panel.tableActions()->copyAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts), lines);
}

void TestChartExport::attachGivesAPlainTableTheMenu()
{
    QStandardItemModel *model = dashboardModel(this, 3);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model);
    proxy.setSortRole(Qt::UserRole);
    QTableView view;
    view.setModel(&proxy);
    view.setColumnHidden(1, true);
    view.horizontalHeader()->moveSection(2, 0); // Revenue first on screen
    view.sortByColumn(0, Qt::DescendingOrder);  // by calls, most first
    TableExportActions *actions = TableExportActions::attach(&view, QStringLiteral("Leaderboard"));
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QTest::keyClick(&view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(actions->menu()->isVisible());
    QCOMPARE(actions->menu()->actions().size(), 2);
    actions->menu()->hide();

    // What the view shows: its order, its visible columns in on-screen order.
    const QStringList lines = actions->tsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0), QStringLiteral("\tRevenue\tCalls"));
    QCOMPARE(lines.at(1), QStringLiteral("Fri\t$5,001.25\t1,216"));
    const QString path = m_dir.filePath(QStringLiteral("leaderboard.csv"));
    QVERIFY(actions->saveCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(",Revenue,Calls\r\nFri,5001.25,1216\r\n"));
    QCOMPARE(ExportFileDialog::suggestedFileName(actions->title(), ExportFileDialog::Format::Csv),
             QStringLiteral("Leaderboard.csv"));
    delete model;
}

void TestChartExport::ctrlCCopiesTheSelectedCells()
{
    QStandardItemModel *model = dashboardModel(this, 3);
    QTableView view;
    view.setModel(model);
    TableExportActions::attach(&view, QStringLiteral("Activity"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.selectionModel()->select(QItemSelection(model->index(1, 0), model->index(2, 1)), QItemSelectionModel::Select);
    QApplication::clipboard()->clear();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("\tCalls\tEmails\nTue\t1,204\t37\nWed\t1,208\t44\n"));
    delete model;
}

void TestChartExport::failedWritesSayWhy()
{
    ChartPanel panel;
    showPanel(panel, dashboardModel(&panel), ChartPanel::Kind::Bar);
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    QString error;
    QVERIFY(!panel.exportPng(path, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!panel.exportCsv(path, &error));
}

void TestChartExport::fileNamesAndTheRememberedFolder()
{
    using Format = ExportFileDialog::Format;
    QCOMPARE(ExportFileDialog::suggestedFileName(QStringLiteral("Revenue: Q1/Q2"), Format::Png),
             QStringLiteral("Revenue- Q1-Q2.png"));
    QCOMPARE(ExportFileDialog::suggestedFileName(QStringLiteral("../etc"), Format::Svg), QStringLiteral("-etc.svg").mid(1));
    QCOMPARE(ExportFileDialog::suggestedFileName(QString(), Format::Png), QStringLiteral("Chart.png"));
    QCOMPARE(ExportFileDialog::suggestedFileName(QString(), Format::Csv), QStringLiteral("Table.csv"));

    ExportFileDialog::rememberFolder(m_dir.filePath(QStringLiteral("chart.png")));
    QCOMPARE(ExportFileDialog::lastFolder(), QDir(m_dir.path()).absolutePath());
    QCOMPARE(ExportFileDialog::suggestedPath(QStringLiteral("Pipeline"), Format::Csv),
             QDir(m_dir.path()).filePath(QStringLiteral("Pipeline.csv")));
    // A remembered folder that was deleted falls back to a standard one.
    ExportFileDialog::rememberFolder(m_dir.filePath(QStringLiteral("gone/x.png")));
    QVERIFY(!ExportFileDialog::suggestedPath(QStringLiteral("Pipeline"), Format::Png).contains(QStringLiteral("gone")));
}

QTEST_MAIN(TestChartExport)
#include "tst_chart_export.moc"
