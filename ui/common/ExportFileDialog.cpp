#include "common/ExportFileDialog.h"

#include "SettingsKeys.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace repdesk {

QString ExportFileDialog::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QString ExportFileDialog::nameFilter(Format format)
{
    switch (format) {
    case Format::Png:
        return tr("PNG image (*.png)");
    case Format::Svg:
        return tr("SVG image (*.svg)");
    case Format::Csv:
        return tr("CSV file (*.csv)");
    }
    return {};
}

QString ExportFileDialog::suggestedFileName(const QString &title, Format format)
{
    QString name;
    name.reserve(title.size());
    for (const QChar c : title) {
        // Characters Windows, macOS or a shell would trip over, and control characters.
        if (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
            name += QLatin1Char('-');
        else
            name += c;
    }
    name = name.simplified();
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        name.remove(0, 1); // no hidden files, nothing that reads as an option
    if (name.isEmpty())
        name = format == Format::Csv ? tr("Table") : tr("Chart");
    return name + QLatin1Char('.') + suffix(format);
}

QString ExportFileDialog::lastFolder()
{
    return QSettings().value(SettingsKeys::exportLastFolder()).toString();
}

void ExportFileDialog::rememberFolder(const QString &filePath)
{
    QSettings().setValue(SettingsKeys::exportLastFolder(), QFileInfo(filePath).absolutePath());
}

QString ExportFileDialog::suggestedPath(const QString &title, Format format)
{
    QString folder = lastFolder();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        const auto location = format == Format::Csv ? QStandardPaths::DocumentsLocation : QStandardPaths::PicturesLocation;
        folder = QStandardPaths::writableLocation(location);
        if (folder.isEmpty() || !QDir(folder).exists())
            folder = QDir::homePath();
    }
    return QDir(folder).filePath(suggestedFileName(title, format));
}

QString ExportFileDialog::getSavePath(QWidget *parent, const QString &title, Format format)
{
    const QString caption = format == Format::Csv ? tr("Export table") : tr("Export chart");
    QFileDialog dialog(parent, caption, suggestedPath(title, format), nameFilter(format));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // The dialog adds the suffix itself, so its overwrite question names the real file.
    dialog.setDefaultSuffix(suffix(format));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    rememberFolder(path);
    return path;
}

} // namespace repdesk
