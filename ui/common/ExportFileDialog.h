#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace repdesk {

// The one save dialog of every export (chart images, table CSV): it suggests a file name made
// from the title ("Pipeline by stage.png"), opens in the folder of the last export (kept in
// QSettings), and remembers the folder the user picked.
class ExportFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(ExportFileDialog)
public:
    enum class Format { Png, Svg, Csv };

    static QString suffix(Format format);
    static QString nameFilter(Format format);
    // The title made safe as a file name (no path separators or characters other systems
    // refuse), plus the suffix; "Chart" or "Table" when the title is empty.
    static QString suggestedFileName(const QString &title, Format format);
    // The last export folder if it still exists, else the user's Pictures (images) or
    // Documents (CSV) folder, else home; joined with suggestedFileName().
    static QString suggestedPath(const QString &title, Format format);

    static QString lastFolder();
    static void rememberFolder(const QString &filePath);

    // Asks for a path (the suffix is added when the user leaves it off); empty when cancelled.
    static QString getSavePath(QWidget *parent, const QString &title, Format format);
};

} // namespace repdesk
