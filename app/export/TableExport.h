#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QVariant;

namespace repdesk {

// Turns any table model into CSV (for files) or TSV (for the clipboard). No widgets: pages,
// tests and a future command-line export use the same text.
//
// What each format carries, and why:
// - CSV is for spreadsheets and scripts, so a cell is written as its raw value when the model
//   gives one under Qt::UserRole (numbers, dates: "1234.5", "2024-03-04"), else as its display
//   text. Raw values are written locale-independently, so a file made under a German locale
//   still opens as numbers elsewhere. Headers are always display text.
// - TSV is what a user pastes after "Copy", so it is the display text, exactly what they saw.
//
// CSV follows RFC 4180: CRLF after every record, fields containing a comma, quote, CR or LF
// (or leading/trailing spaces, which some readers trim) are quoted and their quotes doubled,
// UTF-8 without a BOM unless asked for (Excel on Windows wants one to detect UTF-8).
class TableExport
{
public:
    // Whether the vertical header (row labels) becomes the first column. Auto includes it when
    // the model names its rows with text; QAbstractItemModel's default "1, 2, 3" is left out.
    enum class RowHeaders { Auto, Include, Exclude };

    struct Options
    {
        QList<int> columns;             // model columns in this order; empty = every column
        QList<int> rows;                // model rows in this order; empty = every row
        RowHeaders rowHeaders = RowHeaders::Auto;
        QString rowHeaderTitle;         // header of the row-label column
        bool header = true;             // a first record with the column headers
        bool byteOrderMark = false;     // CSV only
        // CSV only: text cells starting with = + - @ (that are not numbers) get a leading
        // apostrophe, so a contact named "=HYPERLINK(...)" cannot become a formula in a spreadsheet.
        bool neutralizeFormulas = true;
    };

    // (Overloads rather than `= {}`: a nested struct with member initializers cannot be a
    // default argument inside its own class.)
    static QByteArray toCsv(const QAbstractItemModel *model);
    static QByteArray toCsv(const QAbstractItemModel *model, const Options &options);
    static QString toTsv(const QAbstractItemModel *model);
    static QString toTsv(const QAbstractItemModel *model, const Options &options);

    // One CSV field, quoted when needed.
    static QString csvField(const QString &text);
    // A raw value as locale-independent text: shortest round-trip numbers, ISO 8601 dates.
    static QString rawText(const QVariant &value);
    // Whether the model's vertical header holds row labels worth exporting (see RowHeaders::Auto).
    static bool hasRowLabels(const QAbstractItemModel *model);

private:
    static QList<QStringList> records(const QAbstractItemModel *model, const Options &options, bool raw);
};

} // namespace repdesk
