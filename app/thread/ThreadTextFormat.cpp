#include "ThreadTextFormat.h"

#include <QCoreApplication>

namespace repdesk {

QString ThreadTextFormat::duration(std::optional<int> seconds)
{
    if (!seconds.has_value() || *seconds < 0)
        return QCoreApplication::translate("ThreadHtmlBuilder", "unknown", "call duration");
    const int total = *seconds;
    const int h = total / 3600;
    const int m = (total % 3600) / 60;
    const int s = total % 60;
    const auto two = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (h > 0)
        return QCoreApplication::translate("ThreadHtmlBuilder", "%1 h %2 min %3 s", "call duration")
            .arg(h)
            .arg(two(m), two(s));
    if (m > 0)
        return QCoreApplication::translate("ThreadHtmlBuilder", "%1 min %2 s", "call duration").arg(m).arg(two(s));
    return QCoreApplication::translate("ThreadHtmlBuilder", "%1 s", "call duration").arg(s);
}

QString ThreadTextFormat::timestamp(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return QCoreApplication::translate("ThreadHtmlBuilder", "date unknown");
    const QDateTime local = when.toLocalTime();
    return QCoreApplication::translate("ThreadHtmlBuilder", "%1, %2", "long date, short time")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat));
}

QString ThreadTextFormat::isoTimestamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString ThreadTextFormat::contactLabel(const std::optional<Contact> &contact)
{
    if (!contact)
        return QCoreApplication::translate("ThreadHtmlBuilder", "Unknown contact");
    const QString name = contact->name.trimmed();
    const QString email = contact->email.trimmed();
    if (!name.isEmpty() && !email.isEmpty())
        return QStringLiteral("%1 <%2>").arg(name, email);
    return contactName(contact);
}

QString ThreadTextFormat::contactName(const std::optional<Contact> &contact)
{
    if (contact) {
        for (const QString &candidate : {contact->name, contact->email, contact->phoneNumber}) {
            const QString t = candidate.trimmed();
            if (!t.isEmpty())
                return t;
        }
    }
    return QCoreApplication::translate("ThreadHtmlBuilder", "Unknown contact");
}

QString ThreadTextFormat::agentName(const QHash<QString, Agent> &agents, const QString &agentId)
{
    const auto it = agents.constFind(agentId);
    if (it != agents.constEnd()) {
        if (!it->name.trimmed().isEmpty())
            return it->name.trimmed();
        if (!it->email.trimmed().isEmpty())
            return it->email.trimmed();
    }
    return QCoreApplication::translate("ThreadHtmlBuilder", "Unknown agent");
}

} // namespace repdesk
