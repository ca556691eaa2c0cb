#include "SyncStatusText.h"

#include <QCoreApplication>
#include <QLocale>

namespace repdesk {

QString SyncStatusText::format(const Inputs &in)
{
    const auto tr = [](const char *s, int n = -1) { return QCoreApplication::translate("SyncStatusText", s, nullptr, n); };
    if (in.offline)
        return tr("Offline — %n cached conversation(s)", in.conversations);
    if (in.syncing)
        return tr("Syncing…");
    if (in.rateLimited)
        return tr("The server asked Repdesk to slow down; retrying shortly");
    if (in.lastSync.isValid())
        return tr("%n conversation(s) · up to date as of %1", in.conversations)
            .arg(QLocale().toString(in.lastSync.toLocalTime().time(), QLocale::ShortFormat));
    return tr("%n conversation(s)", in.conversations);
}

} // namespace repdesk
