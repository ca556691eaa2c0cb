// TableExport: RFC 4180 CSV and clipboard TSV of any table model.

#include "TableExport.h"
#include "Rfc4180Reader.h"

#include <QDate>
#include <QLocale>
#include <QStandardItemModel>
#include <QTest>

using namespace repdesk;
using repdesk::test::readRfc4180;

namespace {

// A one-column model whose cells hold `texts` as display text, headed "Name".
QStandardItemModel *textModel(const QStringList &texts, QObject *parent)
{
    auto *model = new QStandardItemModel(int(texts.size()), 1, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Name")});
    for (int row = 0; row < texts.size(); ++row)
        model->setData(model->index(row, 0), texts.at(row), Qt::DisplayRole);
    return model;
}

QList<QStringList> parse(const QByteArray &csv)
{
    bool ok = false;
    const QList<QStringList> records = readRfc4180(QString::fromUtf8(csv), &ok);
    if (!ok)
        qWarning("not RFC 4180: %s", csv.constData());
    return ok ? records : QList<QStringList>{{QStringLiteral("<parse error>")}};
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvFieldQuotesOnlyWhenNeeded_data();
    void csvFieldQuotesOnlyWhenNeeded();
    void csvHasHeaderAndCrlfRecords();
    void csvIsUtf8WithoutBomUnlessAsked();
    void csvRoundTripsAwkwardCells();
    void csvWritesRawValuesAndTsvDisplayText();
    void rawValuesIgnoreTheLocale();
    void rowLabelsAreIncludedWhenTheModelNamesItsRows();
    void chosenColumnsAndRowsInOrder();
    void formulasAreNeutralizedButNegativeNumbersAreNot();
    void tsvFlattensTabsAndNewlines();
    void emptyModelGivesHeaderOnly();
};

void TestTableExport::csvFieldQuotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Ada") << QStringLiteral("Ada");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Lovelace, Ada") << QStringLiteral("\"Lovelace, Ada\"");
    QTest::newRow("quote") << QStringLiteral("The \"best\" deal") << QStringLiteral("\"The \"\"best\"\" deal\"");
    QTest::newRow("lf") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("cr") << QStringLiteral("two\rlines") << QStringLiteral("\"two\rlines\"");
    QTest::newRow("leading space") << QStringLiteral(" Ada") << QStringLiteral("\" Ada\"");
    QTest::newRow("trailing space") << QStringLiteral("Ada ") << QStringLiteral("\"Ada \"");
    QTest::newRow("inner space") << QStringLiteral("Ada Lovelace") << QStringLiteral("Ada Lovelace");
    QTest::newRow("non-ascii") << QStringLiteral("Zoë 日本 🚀") << QStringLiteral("Zoë 日本 🚀");
}

void TestTableExport::csvFieldQuotesOnlyWhenNeeded()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TableExport::csvField(text), expected);
}

void TestTableExport::csvHasHeaderAndCrlfRecords()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Stage"), QStringLiteral("Deals")});
    model.setData(model.index(0, 0), QStringLiteral("Lead"));
    model.setData(model.index(0, 1), 12);
    model.setData(model.index(1, 0), QStringLiteral("Won"));
    model.setData(model.index(1, 1), 3);
    QCOMPARE(TableExport::toCsv(&model), QByteArray("Stage,Deals\r\nLead,12\r\nWon,3\r\n"));

    TableExport::Options noHeader;
    noHeader.header = false;
    QCOMPARE(TableExport::toCsv(&model, noHeader), QByteArray("Lead,12\r\nWon,3\r\n"));
}

void TestTableExport::csvIsUtf8WithoutBomUnlessAsked()
{
    QStandardItemModel *model = textModel({QStringLiteral("Zoë")}, this);
    const QByteArray plain = TableExport::toCsv(model);
    QVERIFY(!plain.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(plain, QByteArray("Name\r\nZo\xC3\xAB\r\n"));

    TableExport::Options withBom;
    withBom.byteOrderMark = true;
    QCOMPARE(TableExport::toCsv(model, withBom), QByteArray("\xEF\xBB\xBF") + plain);
}

void TestTableExport::csvRoundTripsAwkwardCells()
{
    const QStringList cells = {
        QStringLiteral("Lovelace, Ada"),       QStringLiteral("say \"hi\""),  QStringLiteral("line one\nline two"),
        QStringLiteral("windows\r\nbreak"),    QStringLiteral("  padded  "),   QString(),
        QStringLiteral("Zoë Ångström 日本 🚀"), QStringLiteral("\""),           QStringLiteral(",,,"),
        QStringLiteral("trailing cr\r"),
    };
    QStandardItemModel *model = textModel(cells, this);
    const QList<QStringList> records = parse(TableExport::toCsv(model));
    QCOMPARE(records.size(), cells.size() + 1);
    QCOMPARE(records.first(), QStringList{QStringLiteral("Name")});
    for (int row = 0; row < cells.size(); ++row)
        QCOMPARE(records.at(row + 1), QStringList{cells.at(row)});
}

void TestTableExport::csvWritesRawValuesAndTsvDisplayText()
{
    QStandardItemModel model(1, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Week"), QStringLiteral("Revenue"), QStringLiteral("Win rate")});
    model.setData(model.index(0, 0), QStringLiteral("Mar 4"), Qt::DisplayRole);
    model.setData(model.index(0, 0), QDate(2024, 3, 4), Qt::UserRole);
    model.setData(model.index(0, 1), QStringLiteral("$1,234.50"), Qt::DisplayRole);
    model.setData(model.index(0, 1), 1234.5, Qt::UserRole);
    model.setData(model.index(0, 2), QStringLiteral("10%"), Qt::DisplayRole);
    model.setData(model.index(0, 2), 0.1, Qt::UserRole);

    QCOMPARE(parse(TableExport::toCsv(&model)).value(1),
             (QStringList{QStringLiteral("2024-03-04"), QStringLiteral("1234.5"), QStringLiteral("0.1")}));
    QCOMPARE(TableExport::toTsv(&model),
             QStringLiteral("Week\tRevenue\tWin rate\nMar 4\t$1,234.50\t10%\n"));
}

void TestTableExport::rawValuesIgnoreTheLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("1.234,5"), Qt::DisplayRole);
    model.setData(model.index(0, 0), 1234.5, Qt::UserRole);
    const QByteArray csv = TableExport::toCsv(&model);
    QLocale::setDefault(previous);
    QCOMPARE(csv, QByteArray("1\r\n1234.5\r\n"));
}

void TestTableExport::rowLabelsAreIncludedWhenTheModelNamesItsRows()
{
    QStandardItemModel model(2, 1);
    model.setHorizontalHeaderLabels({QStringLiteral("Calls")});
    model.setData(model.index(0, 0), 5);
    model.setData(model.index(1, 0), 7);
    // Unnamed rows (QStandardItemModel answers 1, 2) are not exported as a column.
    QVERIFY(!TableExport::hasRowLabels(&model));
    QCOMPARE(TableExport::toCsv(&model), QByteArray("Calls\r\n5\r\n7\r\n"));

    model.setVerticalHeaderLabels({QStringLiteral("Ada"), QStringLiteral("Grace, H.")});
    QVERIFY(TableExport::hasRowLabels(&model));
    TableExport::Options options;
    options.rowHeaderTitle = QStringLiteral("Agent");
    QCOMPARE(TableExport::toCsv(&model, options), QByteArray("Agent,Calls\r\nAda,5\r\n\"Grace, H.\",7\r\n"));
    QCOMPARE(TableExport::toTsv(&model, options), QStringLiteral("Agent\tCalls\nAda\t5\nGrace, H.\t7\n"));

    options.rowHeaders = TableExport::RowHeaders::Exclude;
    QCOMPARE(TableExport::toCsv(&model, options), QByteArray("Calls\r\n5\r\n7\r\n"));
}

void TestTableExport::chosenColumnsAndRowsInOrder()
{
    QStandardItemModel model(3, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 3; ++column)
            model.setData(model.index(row, column), QStringLiteral("%1%2").arg(QChar(u'a' + column)).arg(row));
    TableExport::Options options;
    options.columns = {2, 0};
    options.rows = {2, 1};
    QCOMPARE(TableExport::toCsv(&model, options), QByteArray("C,A\r\nc2,a2\r\nc1,a1\r\n"));
}

void TestTableExport::formulasAreNeutralizedButNegativeNumbersAreNot()
{
    QStandardItemModel *model = textModel({QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("@cmd"),
                                           QStringLiteral("+1 555"), QStringLiteral("-5"), QStringLiteral("-2.5e3")},
                                          this);
    const QList<QStringList> records = parse(TableExport::toCsv(model));
    QCOMPARE(records.value(1), QStringList{QStringLiteral("'=HYPERLINK(\"http://x\")")});
    QCOMPARE(records.value(2), QStringList{QStringLiteral("'@cmd")});
    QCOMPARE(records.value(3), QStringList{QStringLiteral("'+1 555")});
    QCOMPARE(records.value(4), QStringList{QStringLiteral("-5")});
    QCOMPARE(records.value(5), QStringList{QStringLiteral("-2.5e3")});

    TableExport::Options verbatim;
    verbatim.neutralizeFormulas = false;
    QCOMPARE(parse(TableExport::toCsv(model, verbatim)).value(1), QStringList{QStringLiteral("=HYPERLINK(\"http://x\")")});
    // The clipboard gets what the user saw.
    QVERIFY(TableExport::toTsv(model).contains(QStringLiteral("\n=HYPERLINK")));
}

void TestTableExport::tsvFlattensTabsAndNewlines()
{
    QStandardItemModel *model = textModel({QStringLiteral("a\tb"), QStringLiteral("two\nlines"), QStringLiteral("cr\r\nlf")}, this);
    QCOMPARE(TableExport::toTsv(model), QStringLiteral("Name\na b\ntwo lines\ncr  lf\n"));
}

void TestTableExport::emptyModelGivesHeaderOnly()
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Day"), QStringLiteral("Calls")});
    QCOMPARE(TableExport::toCsv(&model), QByteArray("Day,Calls\r\n"));
    QCOMPARE(TableExport::toTsv(&model), QStringLiteral("Day\tCalls\n"));
    QCOMPARE(TableExport::toCsv(nullptr), QByteArray());
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_table_export.moc"
