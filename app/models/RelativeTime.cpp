#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace repdesk {

QString RelativeTime::format(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDateTime nowLocal = now.toLocalTime();
    const qint64 secs = local.secsTo(nowLocal);
    if (secs < 60 && secs > -60)
        return QCoreApplication::translate("RelativeTime", "now");
    if (secs > 0 && secs < 3600) {
        const int minutes = int(secs / 60);
        return QCoreApplication::translate("RelativeTime", "%n min", nullptr, minutes);
    }
    if (secs > 0 && local.date() == nowLocal.date()) {
        // Some locales' short format (C, the default of a bare system) still carries seconds.
        QString format = QLocale().timeFormat(QLocale::ShortFormat);
        format.remove(QStringLiteral(":ss"));
        return QLocale().toString(local.time(), format);
    }
    if (secs > 0 && local.date().daysTo(nowLocal.date()) == 1)
        return QCoreApplication::translate("RelativeTime", "yesterday");
    if (secs > 0 && local.date().daysTo(nowLocal.date()) < 7)
        return QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    // The patterns are translatable: German writes "4. Juni", English "4 Jun".
    if (local.date().year() == nowLocal.date().year()) {
        //: A date this year in the conversation list, as a QLocale date pattern (d = day, MMM = short month)
        return QLocale().toString(local.date(), QCoreApplication::translate("RelativeTime", "d MMM"));
    }
    //: A date of another year in the conversation list, as a QLocale date pattern
    return QLocale().toString(local.date(), QCoreApplication::translate("RelativeTime", "d MMM yyyy"));
}

QString RelativeTime::full(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace repdesk
