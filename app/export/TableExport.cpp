#include "TableExport.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTime>
#include <QVariant>

namespace repdesk {

namespace {

QList<int> allOrChosen(const QList<int> &chosen, int count)
{
    if (!chosen.isEmpty())
        return chosen;
    QList<int> all;
    all.reserve(count);
    for (int i = 0; i < count; ++i)
        all.append(i);
    return all;
}

bool includeRowHeaders(const QAbstractItemModel *model, TableExport::RowHeaders mode)
{
    switch (mode) {
    case TableExport::RowHeaders::Include:
        return true;
    case TableExport::RowHeaders::Exclude:
        return false;
    case TableExport::RowHeaders::Auto:
        break;
    }
    return TableExport::hasRowLabels(model);
}

// CSV prefers the raw value (see the class comment); TSV and headers show the display text.
QString cellText(const QVariant &raw, const QVariant &display, bool preferRaw)
{
    if (preferRaw && raw.isValid() && !raw.isNull())
        return TableExport::rawText(raw);
    return display.toString();
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-')
        && first != QLatin1Char('@'))
        return false;
    bool isNumber = false;
    QLocale::c().toDouble(text, &isNumber);
    return !isNumber;
}

QString flattenForTsv(QString text)
{
    // A tab or line break inside a cell would start a new cell or row when pasted.
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

bool TableExport::hasRowLabels(const QAbstractItemModel *model)
{
    if (!model || model->rowCount() == 0)
        return false;
    const QVariant first = model->headerData(0, Qt::Vertical, Qt::DisplayRole);
    return first.typeId() == QMetaType::QString && !first.toString().isEmpty();
}

QString TableExport::rawText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Float:
        return QString::number(value.toFloat(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    default:
        break;
    }
    // Integers go through QVariant::toString, which is locale-independent already.
    return value.toString();
}

QString TableExport::csvField(const QString &text)
{
    bool quote = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        quote = true;
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QList<QStringList> TableExport::records(const QAbstractItemModel *model, const Options &options, bool raw)
{
    QList<QStringList> out;
    if (!model)
        return out;
    const QList<int> columns = allOrChosen(options.columns, model->columnCount());
    const QList<int> rows = allOrChosen(options.rows, model->rowCount());
    const bool rowLabels = includeRowHeaders(model, options.rowHeaders);

    if (options.header) {
        QStringList header;
        if (rowLabels)
            header.append(options.rowHeaderTitle);
        for (int column : columns)
            header.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        out.append(header);
    }
    for (int row : rows) {
        QStringList record;
        if (rowLabels) {
            record.append(cellText(model->headerData(row, Qt::Vertical, Qt::UserRole),
                                   model->headerData(row, Qt::Vertical, Qt::DisplayRole), raw));
        }
        for (int column : columns) {
            const QModelIndex index = model->index(row, column);
            record.append(cellText(index.data(Qt::UserRole), index.data(Qt::DisplayRole), raw));
        }
        out.append(record);
    }
    return out;
}

QByteArray TableExport::toCsv(const QAbstractItemModel *model)
{
    return toCsv(model, Options());
}

QString TableExport::toTsv(const QAbstractItemModel *model)
{
    return toTsv(model, Options());
}

QByteArray TableExport::toCsv(const QAbstractItemModel *model, const Options &options)
{
    QString text;
    for (const QStringList &record : records(model, options, true)) {
        QStringList fields;
        fields.reserve(record.size());
        for (const QString &cell : record) {
            // Numbers we wrote ourselves never start with '=' or '@', and "-5" parses as a number.
            const bool guard = options.neutralizeFormulas && looksLikeFormula(cell);
            fields.append(csvField(guard ? QLatin1Char('\'') + cell : cell));
        }
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += text.toUtf8();
    return bytes;
}

QString TableExport::toTsv(const QAbstractItemModel *model, const Options &options)
{
    QString text;
    for (const QStringList &record : records(model, options, false)) {
        QStringList fields;
        fields.reserve(record.size());
        for (const QString &cell : record)
            fields.append(flattenForTsv(cell));
        text += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace repdesk
