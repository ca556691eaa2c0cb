#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace repdesk {

// Saves a Qt Charts chart as PNG or SVG. The chart is rendered from its scene (not a screen
// grab), so it works while the chart is hidden behind "Show as table" or offscreen, and the
// exported file carries the title even when the panel shows it outside the chart.
// Files are written through QSaveFile: a failed export never leaves half a file behind.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    // The size used when the view has none yet (never shown).
    static QSize defaultSize() { return {960, 540}; }

    // The chart at the view's size (or defaultSize()), drawn at `scale` device pixels per
    // pixel: 2 keeps text crisp when the image is shown on high-DPI screens or in slides.
    static QImage toImage(QChartView *view, const QString &title, qreal scale = 2.0);
    static QByteArray toSvg(QChartView *view, const QString &title);

    static bool savePng(QChartView *view, const QString &path, const QString &title, QString *error = nullptr);
    static bool saveSvg(QChartView *view, const QString &path, const QString &title, QString *error = nullptr);
    // Asks for a path (ExportFileDialog), saves, and says so in a message box when it fails.
    // Returns the path written, or empty when cancelled or failed.
    static QString saveWithDialog(QWidget *parent, QChartView *view, const QString &title, bool svg);
    // Writes bytes to path atomically; the one writer of every export, CSV included.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};

} // namespace repdesk
