#include "common/ChartSpec.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QVariant>

namespace repdesk {

namespace {

std::optional<double> numberFrom(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toDouble();
    case QMetaType::QString: {
        // Display text as a last resort: "1,204" in the user's locale, or "1204.5" as C.
        const QString text = value.toString().trimmed();
        bool ok = false;
        double number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = QLocale::c().toDouble(text, &ok);
        if (ok)
            return number;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace

QString ChartSpec::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Line:
        return tr("Line chart");
    case Kind::Bar:
        return tr("Bar chart");
    case Kind::StackedBar:
        return tr("Stacked bar chart");
    case Kind::HorizontalBar:
        return tr("Horizontal bar chart");
    case Kind::Pie:
        return tr("Pie chart");
    case Kind::Donut:
        return tr("Donut chart");
    }
    return {};
}

QList<int> ChartSpec::columns(const QAbstractItemModel *model) const
{
    QList<int> out;
    if (!model)
        return out;
    const int count = model->columnCount();
    if (seriesColumns.isEmpty()) {
        for (int column = 0; column < count; ++column)
            if (column != labelColumn)
                out.append(column);
    } else {
        for (int column : seriesColumns)
            if (column >= 0 && column < count)
                out.append(column);
    }
    // A pie shows one series: the first chosen column.
    if (isPie(kind) && out.size() > 1)
        out = out.mid(0, 1);
    return out;
}

QString ChartSpec::rowLabel(const QAbstractItemModel *model, int row) const
{
    if (!model)
        return {};
    if (labelColumn >= 0)
        return model->index(row, labelColumn).data(Qt::DisplayRole).toString();
    return model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString();
}

QString ChartSpec::seriesName(const QAbstractItemModel *model, int column) const
{
    return model ? model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() : QString();
}

std::optional<double> ChartSpec::value(const QAbstractItemModel *model, int row, int column) const
{
    if (!model)
        return std::nullopt;
    const QModelIndex index = model->index(row, column);
    if (const std::optional<double> raw = numberFrom(index.data(valueRole)))
        return raw;
    return numberFrom(index.data(Qt::DisplayRole));
}

QString ChartSpec::displayText(const QAbstractItemModel *model, int row, int column) const
{
    return model ? model->index(row, column).data(Qt::DisplayRole).toString() : QString();
}

QString ChartSpec::pointText(const QAbstractItemModel *model, int row, int column) const
{
    QString shown = displayText(model, row, column);
    if (shown.isEmpty())
        shown = tr("no data");
    //: A point of a chart: %1 = row label (a date, stage or agent), %2 = series, %3 = its value
    return tr("%1, %2: %3").arg(rowLabel(model, row), seriesName(model, column), shown);
}

} // namespace repdesk
