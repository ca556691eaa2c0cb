#include "LinkOpener.h"

#include "UrlPolicy.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QUrl>

namespace repdesk {

bool LinkOpener::confirmAndOpen(const QUrl &link, QWidget *parent)
{
    const QString scheme = link.scheme().toLower();
    // The sanitiser already limits mailto: links in messages; links reach here from other
    // places too (the plain viewer, the editor), so the same rule is applied once more.
    const QUrl url = scheme == QLatin1String("mailto")
        ? QUrl::fromEncoded(UrlPolicy::limitMailto(link.toEncoded()), QUrl::StrictMode)
        : link;
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto")
        && scheme != QLatin1String("tel"))
        return false;
    QMessageBox box(QMessageBox::Question, QMessageBox::tr("Open link?"),
                    QMessageBox::tr("This link opens outside Repdesk:\n\n%1").arg(url.toDisplayString()),
                    QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // the target exactly as it is, markup and all
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Open)
        QDesktopServices::openUrl(url);
    return true;
}

} // namespace repdesk
