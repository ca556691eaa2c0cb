#pragma once

#include "common/ChartSpec.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QBarSet;
class QChart;
QT_END_NAMESPACE

namespace repdesk {

// One drawn series and how many points (line points, bars, slices) it has: for tests and for
// the panel's accessible summary.
struct ChartSeriesInfo
{
    QString name;
    int points = 0;
    bool operator==(const ChartSeriesInfo &other) const { return name == other.name && points == other.points; }
};

// Fills a QChart with Qt Charts series and axes read from a table model through a ChartSpec,
// and keeps the mapping back from what is drawn to model rows and columns, so hover and the
// keyboard highlight can name the cell under them. "Series" below means a navigable series:
// a line, a bar set, or the pie (one).
class ChartBuilder : public QObject
{
    Q_OBJECT
public:
    explicit ChartBuilder(QChart *chart, QObject *parent = nullptr);

    // Replaces every series and axis of the chart. Colours are left to ChartTheme.
    void build(const QAbstractItemModel *model, const ChartSpec &spec);

    int rowCount() const { return m_rows; }
    int seriesCount() const { return int(m_columns.size()); }
    int seriesColumn(int series) const { return m_columns.value(series, -1); }
    QList<ChartSeriesInfo> seriesInfo() const;

    // The highlighted point (a row of a series), clamped to what is drawn; row -1 clears.
    // It survives rebuilds, clamped again to the new rows and series.
    void setHighlight(int row, int series);
    // Moves it by rows and series; with none yet, starts at the first point.
    void moveHighlight(int rowStep, int seriesStep);
    int highlightedRow() const { return m_highlightRow; }
    int highlightedSeries() const { return m_highlightSeries; }
    void setHighlightColor(const QColor &color);

Q_SIGNALS:
    void hovered(int row, int series, bool entered);
    void highlightChanged(int row, int series);

private:
    void clearChart();
    void buildLines(const QAbstractItemModel *model, const ChartSpec &spec);
    void buildBars(const QAbstractItemModel *model, const ChartSpec &spec);
    void buildPie(const QAbstractItemModel *model, const ChartSpec &spec);
    void addValueAxis(const QAbstractItemModel *model, const ChartSpec &spec, Qt::Alignment alignment);
    QStringList uniqueLabels(const QAbstractItemModel *model, const ChartSpec &spec) const;
    void applyHighlight();

    QChart *m_chart;
    QList<QAbstractSeries *> m_series;   // lines, or the one bar/pie series
    QList<QBarSet *> m_sets;
    QList<QList<int>> m_pointRows;        // per navigable series: point index -> model row
    QList<int> m_columns;                 // per navigable series: model column
    int m_rows = 0;
    bool m_pie = false;
    int m_highlightRow = -1;
    int m_highlightSeries = -1;
    QColor m_highlightColor;
};

} // namespace repdesk
