#include "LinkOpener.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QUrl>

namespace repdesk {

bool LinkOpener::confirmAndOpen(const QUrl &url, QWidget *parent)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto")
        && scheme != QLatin1String("tel"))
        return false;
    QMessageBox box(QMessageBox::Question, QMessageBox::tr("Open link?"),
                    QMessageBox::tr("This link opens outside Repdesk:\n\n%1").arg(url.toDisplayString()),
                    QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Open)
        QDesktopServices::openUrl(url);
    return true;
}

} // namespace repdesk
