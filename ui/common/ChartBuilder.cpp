#include "common/ChartBuilder.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsItemGroup>
#include <QGraphicsObject>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace repdesk {

namespace {

// At most this many labels under a line chart; 90 days of dates would otherwise overprint.
constexpr int maxLineLabels = 12;
// Up to this many points a line shows its dots; beyond that they merge into a thick line.
constexpr int maxDottedPoints = 31;

} // namespace

ChartBuilder::ChartBuilder(QChart *chart, QObject *parent) : QObject(parent), m_chart(chart) {}

void ChartBuilder::clearChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    // Qt 6.4 deletes a removed axis' drawing (its element and the grid, label and line groups
    // it hangs on the chart) with deleteLater() but leaves it visible until then, so a chart
    // exported right after a rebuild showed the old axes too. Every axis and series is gone at
    // this point, so every such item left on the chart is stale. (Later Qt versions hide them.)
    for (QGraphicsItem *item : m_chart->childItems()) {
        QGraphicsObject *object = item->toGraphicsObject();
        if (item->type() == QGraphicsItemGroup::Type
            || (object && (object->inherits("ChartAxisElement") || object->inherits("ChartItem"))))
            item->hide();
    }
    m_series.clear();
    m_sets.clear();
    m_pointRows.clear();
    m_columns.clear();
    m_rows = 0;
    m_pie = false;
}

void ChartBuilder::build(const QAbstractItemModel *model, const ChartSpec &spec)
{
    clearChart();
    if (!model) {
        setHighlight(-1, -1);
        return;
    }
    m_rows = model->rowCount();
    m_columns = spec.columns(model);
    if (m_rows == 0 || m_columns.isEmpty()) {
        setHighlight(-1, -1);
        return;
    }
    if (spec.kind == ChartSpec::Kind::Line)
        buildLines(model, spec);
    else if (ChartSpec::isBar(spec.kind))
        buildBars(model, spec);
    else
        buildPie(model, spec);
    if (m_highlightRow >= 0)
        setHighlight(m_highlightRow, m_highlightSeries);
    else
        applyHighlight();
}

QStringList ChartBuilder::uniqueLabels(const QAbstractItemModel *model, const ChartSpec &spec) const
{
    // Category axes drop a repeated label, which would shift every later bar by one; a repeat
    // gets a counter instead ("Ada (2)").
    QStringList labels;
    for (int row = 0; row < m_rows; ++row) {
        const QString label = spec.rowLabel(model, row);
        QString unique = label.isEmpty() ? QStringLiteral(" ") : label;
        for (int n = 2; labels.contains(unique); ++n)
            unique = QStringLiteral("%1 (%2)").arg(label).arg(n);
        labels.append(unique);
    }
    return labels;
}

void ChartBuilder::addValueAxis(const QAbstractItemModel *model, const ChartSpec &spec, Qt::Alignment alignment)
{
    double low = 0, high = 0;
    for (int column : std::as_const(m_columns)) {
        for (int row = 0; row < m_rows; ++row) {
            if (const std::optional<double> v = spec.value(model, row, column)) {
                low = std::min(low, *v);
                high = std::max(high, *v);
            }
        }
    }
    if (spec.kind == ChartSpec::Kind::StackedBar) {
        // Stacks reach the sum of a row, not its largest value.
        high = 0;
        for (int row = 0; row < m_rows; ++row) {
            double sum = 0;
            for (int column : std::as_const(m_columns))
                sum += std::max(0.0, spec.value(model, row, column).value_or(0));
            high = std::max(high, sum);
        }
    }
    if (high <= low)
        high = low + 1;
    auto *axis = new QValueAxis;
    axis->setRange(low, high);
    axis->applyNiceNumbers();
    // Whole numbers for counts and amounts; decimals only when the range is small.
    // (With localized numbers Qt Charts only reads "%.<precision><f|g|…>": a bare "%g" printed no labels.)
    axis->setLabelFormat(high - low >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
    m_chart->addAxis(axis, alignment);
    for (QAbstractSeries *series : std::as_const(m_series))
        series->attachAxis(axis);
}

void ChartBuilder::buildLines(const QAbstractItemModel *model, const ChartSpec &spec)
{
    // x = row index; a QCategoryAxis prints the row labels at those positions, thinned out.
    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QStringList labels = uniqueLabels(model, spec);
    const int step = std::max(1, int(std::ceil(double(m_rows) / maxLineLabels)));
    for (int row = 0; row < m_rows; row += step)
        xAxis->append(labels.at(row), row);
    // A quarter step of room at both ends, so the first and last dots are not cut in half.
    xAxis->setRange(-0.25, m_rows - 1 + 0.25);
    m_chart->addAxis(xAxis, Qt::AlignBottom);

    for (int s = 0; s < m_columns.size(); ++s) {
        const int column = m_columns.at(s);
        auto *line = new QLineSeries;
        line->setName(spec.seriesName(model, column));
        QList<int> rows;
        for (int row = 0; row < m_rows; ++row) {
            // A missing value leaves a point out rather than drawing a false zero.
            if (const std::optional<double> v = spec.value(model, row, column)) {
                line->append(row, *v);
                rows.append(row);
            }
        }
        line->setPointsVisible(rows.size() <= maxDottedPoints);
        m_chart->addSeries(line);
        line->attachAxis(xAxis);
        connect(line, &QXYSeries::hovered, this, [this, s](const QPointF &point, bool entered) {
            Q_EMIT hovered(std::clamp(int(std::lround(point.x())), 0, std::max(0, m_rows - 1)), s, entered);
        });
        m_series.append(line);
        m_pointRows.append(rows);
    }
    addValueAxis(model, spec, Qt::AlignLeft);
    m_chart->legend()->setVisible(m_columns.size() > 1);
}

void ChartBuilder::buildBars(const QAbstractItemModel *model, const ChartSpec &spec)
{
    QAbstractBarSeries *bars = nullptr;
    if (spec.kind == ChartSpec::Kind::StackedBar)
        bars = new QStackedBarSeries;
    else if (spec.kind == ChartSpec::Kind::HorizontalBar)
        bars = new QHorizontalBarSeries;
    else
        bars = new QBarSeries;
    QList<int> everyRow;
    for (int row = 0; row < m_rows; ++row)
        everyRow.append(row);
    for (int column : std::as_const(m_columns)) {
        auto *set = new QBarSet(spec.seriesName(model, column));
        // A bar set needs a value per category; a missing value is an empty bar.
        for (int row = 0; row < m_rows; ++row)
            set->append(spec.value(model, row, column).value_or(0));
        bars->append(set);
        m_sets.append(set);
        m_pointRows.append(everyRow);
    }
    m_chart->addSeries(bars);
    m_series.append(bars);
    connect(bars, &QAbstractBarSeries::hovered, this, [this](bool entered, int index, QBarSet *set) {
        Q_EMIT hovered(index, int(m_sets.indexOf(set)), entered);
    });

    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(model, spec));
    const bool horizontal = spec.kind == ChartSpec::Kind::HorizontalBar;
    m_chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    bars->attachAxis(categories);
    addValueAxis(model, spec, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_chart->legend()->setVisible(m_columns.size() > 1);
}

void ChartBuilder::buildPie(const QAbstractItemModel *model, const ChartSpec &spec)
{
    m_pie = true;
    const int column = m_columns.constFirst();
    auto *pie = new QPieSeries;
    pie->setName(spec.seriesName(model, column));
    if (spec.kind == ChartSpec::Kind::Donut)
        pie->setHoleSize(0.45);
    pie->setPieSize(0.8);
    QList<int> rows;
    for (int row = 0; row < m_rows; ++row) {
        // A slice needs a positive share; zero and negative rows have no slice to point at.
        const std::optional<double> v = spec.value(model, row, column);
        if (!v || *v <= 0)
            continue;
        pie->append(spec.rowLabel(model, row), *v);
        rows.append(row);
    }
    m_chart->addSeries(pie);
    m_series.append(pie);
    m_pointRows.append(rows);
    connect(pie, &QPieSeries::hovered, this, [this, pie](QPieSlice *slice, bool entered) {
        const int index = int(pie->slices().indexOf(slice));
        if (index >= 0)
            Q_EMIT hovered(m_pointRows.value(0).value(index), 0, entered);
    });
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignRight);
}

QList<ChartSeriesInfo> ChartBuilder::seriesInfo() const
{
    QList<ChartSeriesInfo> out;
    if (!m_sets.isEmpty()) {
        for (const QBarSet *set : m_sets)
            out.append({set->label(), int(set->count())});
        return out;
    }
    for (const QAbstractSeries *series : m_series) {
        if (auto *xy = qobject_cast<const QXYSeries *>(series))
            out.append({xy->name(), int(xy->count())});
        else if (auto *pie = qobject_cast<const QPieSeries *>(series))
            out.append({pie->name(), int(pie->count())});
    }
    return out;
}

void ChartBuilder::setHighlight(int row, int series)
{
    if (row < 0 || m_rows == 0 || seriesCount() == 0) {
        row = series = -1;
    } else {
        row = std::clamp(row, 0, m_rows - 1);
        series = std::clamp(series, 0, seriesCount() - 1);
    }
    const bool changed = row != m_highlightRow || series != m_highlightSeries;
    m_highlightRow = row;
    m_highlightSeries = series;
    applyHighlight();
    if (changed)
        Q_EMIT highlightChanged(row, series);
}

void ChartBuilder::moveHighlight(int rowStep, int seriesStep)
{
    if (m_highlightRow < 0)
        setHighlight(0, 0);
    else
        setHighlight(m_highlightRow + rowStep, m_highlightSeries + seriesStep);
}

void ChartBuilder::setHighlightColor(const QColor &color)
{
    m_highlightColor = color;
    applyHighlight();
}

void ChartBuilder::applyHighlight()
{
    const int point = m_pointRows.value(m_highlightSeries).indexOf(m_highlightRow);
    if (!m_sets.isEmpty()) {
        for (int s = 0; s < m_sets.size(); ++s) {
            m_sets.at(s)->deselectAllBars();
            if (s == m_highlightSeries && point >= 0)
                m_sets.at(s)->selectBar(point);
        }
    } else if (m_pie) {
        auto *pie = static_cast<QPieSeries *>(m_series.constFirst());
        const QList<QPieSlice *> slices = pie->slices();
        for (int i = 0; i < slices.size(); ++i) {
            // Exploded only: the readout names it, and an outside label can fall off the chart.
            slices.at(i)->setExploded(i == point);
        }
    } else {
        for (int s = 0; s < m_series.size(); ++s) {
            auto *line = static_cast<QXYSeries *>(m_series.at(s));
            line->clearPointsConfiguration();
            if (s == m_highlightSeries && point >= 0) {
                line->setPointConfiguration(point, {{QXYSeries::PointConfiguration::Visibility, true},
                                                    {QXYSeries::PointConfiguration::Size, 6.0},
                                                    {QXYSeries::PointConfiguration::Color, m_highlightColor}});
            }
        }
    }
}

} // namespace repdesk
