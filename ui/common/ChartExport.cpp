#include "common/ChartExport.h"

#include "common/ExportFileDialog.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace repdesk {

namespace {

// Lays the chart out at `size` with `title`, draws it on `device`, and puts everything back.
void renderChart(QChartView *view, const QString &title, QSize size, QPaintDevice *device)
{
    QChart *chart = view->chart();
    const QString oldTitle = chart->title();
    const QRectF oldGeometry = chart->geometry();
    if (oldTitle.isEmpty())
        chart->setTitle(title);
    chart->setGeometry(QRectF(oldGeometry.topLeft(), size));
    // Graphics layouts (the chart's and its legend's) catch up on posted layout requests; an
    // export right after a rebuild must not wait for the event loop to get a legend.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (chart->layout())
        chart->layout()->activate();
    {
        QPainter painter(device);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        chart->scene()->render(&painter, QRectF(QPointF(), size), QRectF(chart->pos(), size));
    }
    chart->setTitle(oldTitle);
    chart->setGeometry(oldGeometry);
    if (chart->layout())
        chart->layout()->activate();
}

QSize exportSize(const QChartView *view)
{
    const QSize shown = view->viewport()->size();
    // A view that was never shown still has Qt's default 640x480 or less: use a sensible frame.
    if (!view->isVisible() || shown.width() < 200 || shown.height() < 150)
        return ChartExport::defaultSize();
    return shown;
}

} // namespace

QImage ChartExport::toImage(QChartView *view, const QString &title, qreal scale)
{
    if (!view || !view->chart() || !view->chart()->scene())
        return {};
    const QSize size = exportSize(view);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(view->chart()->backgroundBrush().color());
    renderChart(view, title, size, &image);
    return image;
}

QByteArray ChartExport::toSvg(QChartView *view, const QString &title)
{
    if (!view || !view->chart() || !view->chart()->scene())
        return {};
    const QSize size = exportSize(view);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    generator.setTitle(title);
    generator.setDescription(tr("Exported from Repdesk"));
    renderChart(view, title, size, &generator);
    return buffer.data();
}

bool ChartExport::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartExport::savePng(QChartView *view, const QString &path, const QString &title, QString *error)
{
    const QImage image = toImage(view, title);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("Could not draw the chart as an image.");
        return false;
    }
    return writeFile(path, buffer.data(), error);
}

bool ChartExport::saveSvg(QChartView *view, const QString &path, const QString &title, QString *error)
{
    const QByteArray svg = toSvg(view, title);
    if (svg.isEmpty()) {
        if (error)
            *error = tr("Could not draw the chart as SVG.");
        return false;
    }
    return writeFile(path, svg, error);
}

QString ChartExport::saveWithDialog(QWidget *parent, QChartView *view, const QString &title, bool svg)
{
    const QString path =
        ExportFileDialog::getSavePath(parent, title, svg ? ExportFileDialog::Format::Svg : ExportFileDialog::Format::Png);
    if (path.isEmpty())
        return {};
    QString error;
    if (!(svg ? saveSvg(view, path, title, &error) : savePng(view, path, title, &error))) {
        QMessageBox::warning(parent, tr("Export chart"), error);
        return {};
    }
    return path;
}

} // namespace repdesk
