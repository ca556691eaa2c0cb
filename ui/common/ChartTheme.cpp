#include "common/ChartTheme.h"

#include "common/ThemeColors.h"

#include <QAbstractBarSeries>
#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QXYSeries>

#include <array>

namespace repdesk {

namespace {

// Okabe-Ito hues, ordered so neighbours differ in lightness too; yellow is left out on light
// backgrounds (it vanishes on white). The dark set lifts each hue to read on near-black.
constexpr std::array<QRgb, 8> lightSeries = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                             0xB07A00, 0x56B4E9, 0x7B5EA7, 0x6E6E6E};
constexpr std::array<QRgb, 8> darkSeries = {0x5AB4F0, 0xFF8A4C, 0x3DD6A3, 0xE29AC6,
                                            0xF5C04A, 0x9AD3F5, 0xB9A3E0, 0xBDBDBD};

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor text = ChartTheme::textColor(palette);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setGridLineColor(ChartTheme::gridColor(palette));
    axis->setMinorGridLineColor(ThemeColors::mix(ChartTheme::background(palette), text, 0.06));
    axis->setLinePenColor(ThemeColors::mix(ChartTheme::background(palette), text, 0.35));
}

} // namespace

QColor ChartTheme::background(const QPalette &palette)
{
    // Base, like tables and lists: a chart is content, not chrome.
    return palette.color(QPalette::Base);
}

QColor ChartTheme::textColor(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

QColor ChartTheme::gridColor(const QPalette &palette)
{
    return ThemeColors::mix(background(palette), textColor(palette), 0.14);
}

QColor ChartTheme::seriesColor(int index, const QPalette &palette)
{
    const auto &set = ThemeColors::isDark(palette) ? darkSeries : lightSeries;
    return QColor(set.at(size_t(index) % set.size()));
}

QColor ChartTheme::highlightColor(const QPalette &palette)
{
    return textColor(palette);
}

void ChartTheme::apply(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    const QColor back = background(palette);
    const QColor text = textColor(palette);
    chart->setBackgroundBrush(back);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBorderColor(Qt::transparent);
    for (QAbstractAxis *axis : chart->axes())
        styleAxis(axis, palette);

    int colour = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            QPen pen(seriesColor(colour++, palette), 2);
            pen.setCapStyle(Qt::RoundCap);
            xy->setPen(pen);
            xy->setPointLabelsColor(text);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(seriesColor(colour++, palette));
                set->setBorderColor(back);
                set->setLabelColor(text);
                set->setSelectedColor(highlightColor(palette));
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (int i = 0; i < slices.size(); ++i) {
                slices.at(i)->setColor(seriesColor(i, palette));
                slices.at(i)->setBorderColor(back); // a thin gap between slices
                slices.at(i)->setLabelColor(text);
            }
        }
    }
}

} // namespace repdesk
