#include "SyncStatusText.h"

#include <QCoreApplication>
#include <QLocale>

namespace repdesk {

QString SyncStatusText::format(const Inputs &in)
{
    const int n = in.conversations;
    if (in.offline)
        return QCoreApplication::translate("SyncStatusText", "Offline — %n cached conversation(s)", nullptr, n);
    if (in.syncing)
        return QCoreApplication::translate("SyncStatusText", "Syncing…");
    if (in.rateLimited)
        return QCoreApplication::translate("SyncStatusText", "The server asked Repdesk to slow down; retrying shortly");
    if (in.lastSync.isValid())
        return QCoreApplication::translate("SyncStatusText", "%n conversation(s) · up to date as of %1", nullptr, n)
            .arg(QLocale().toString(in.lastSync.toLocalTime().time(), QLocale::ShortFormat));
    return QCoreApplication::translate("SyncStatusText", "%n conversation(s)", nullptr, n);
}

} // namespace repdesk
