#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QAbstractItemModel;

namespace repdesk {

// What a ChartPanel draws from a table model, and how it reads the model. The dashboards'
// models share one shape: rows are buckets (days, stages, agents), columns are series,
// Qt::DisplayRole is the formatted text and Qt::UserRole the raw number. Kept apart from
// the chart classes so the tooltip, the keyboard readout and the table speak the same words.
class ChartSpec
{
    Q_DECLARE_TR_FUNCTIONS(ChartSpec)
public:
    enum class Kind {
        Line,          // one line per series column; x = rows in order (dates, buckets)
        Bar,           // one bar set per series column; categories = rows
        StackedBar,
        HorizontalBar, // long row labels (agents) read better down the side
        Pie,           // one slice per row, from the first series column
        Donut,
    };

    Kind kind = Kind::Bar;
    QList<int> seriesColumns; // the columns drawn, in order; empty = every column but labelColumn
    int labelColumn = -1;     // the column naming the rows; -1 = the model's vertical header
    int valueRole = Qt::UserRole; // the raw number; DisplayRole parsed as a number when absent

    static bool isPie(Kind kind) { return kind == Kind::Pie || kind == Kind::Donut; }
    static bool isBar(Kind kind) { return kind == Kind::Bar || kind == Kind::StackedBar || kind == Kind::HorizontalBar; }
    static QString kindName(Kind kind);

    QList<int> columns(const QAbstractItemModel *model) const;
    QString rowLabel(const QAbstractItemModel *model, int row) const;
    QString seriesName(const QAbstractItemModel *model, int column) const;
    std::optional<double> value(const QAbstractItemModel *model, int row, int column) const;
    QString displayText(const QAbstractItemModel *model, int row, int column) const;
    // "Mar 4, Calls: 1,204": what the tooltip, the keyboard readout and screen readers say.
    QString pointText(const QAbstractItemModel *model, int row, int column) const;
};

} // namespace repdesk
