#include "DiagnosticsReport.h"

#include "ErrorLog.h"
#include "FaultCounters.h"
#include "HeapTrimmer.h"
#include "SecretRedactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QSysInfo>

namespace repdesk {

namespace {

QString utc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    if (value.canConvert<QString>())
        return value.toString();
    return QStringLiteral("(%1)").arg(QString::fromLatin1(value.typeName()));
}

} // namespace

bool DiagnosticsReport::isSecretName(const QString &key)
{
    QString name = key.section(QLatin1Char('/'), -1).toLower();
    name.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char('.'));
    static const char *const endings[] = {"apikey", "token", "secret", "password", "passwd", "credential", "credentials"};
    for (const char *e : endings) {
        if (name.endsWith(QLatin1String(e)))
            return true;
    }
    return name == QLatin1String("key");
}

QString DiagnosticsReport::settingsSection(const QSettings &settings)
{
    QString out = QStringLiteral("Settings (%1):\n").arg(settings.fileName());
    const QStringList keys = settings.allKeys();
    if (keys.isEmpty())
        out += QStringLiteral("  (none)\n");
    for (const QString &key : keys) {
        const QString value = isSecretName(key) ? SecretRedactor::mask() : valueText(settings.value(key));
        out += QStringLiteral("  %1 = %2\n").arg(key, value.left(200));
    }
    return out;
}

QString DiagnosticsReport::networkSection()
{
    const FaultCounters::Snapshot c = FaultCounters::instance().snapshot();
    QStringList kinds;
    for (auto it = c.failedByKind.cbegin(); it != c.failedByKind.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return QStringLiteral("Network this run: %1 requests on the wire, %2 retries, %3 calls succeeded (%7 after "
                          "retries), %4 cancelled, %5 failed%6\n")
        .arg(c.requests)
        .arg(c.retries)
        .arg(c.succeeded)
        .arg(c.cancelled)
        .arg(c.failed())
        .arg(kinds.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kinds.join(QStringLiteral(", "))))
        .arg(c.recovered);
}

QString DiagnosticsReport::errorsSection()
{
    const QList<ErrorLog::Entry> entries = ErrorLog::instance().entries();
    QString out = QStringLiteral("Last errors (%1 shown of %2 this run, oldest first):\n")
                      .arg(entries.size())
                      .arg(ErrorLog::instance().total());
    if (entries.isEmpty())
        out += QStringLiteral("  (none)\n");
    for (const ErrorLog::Entry &e : entries)
        out += QStringLiteral("  %1 [%2] %3\n").arg(utc(e.when), e.area, QString(e.text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    return out;
}

QString DiagnosticsReport::build(const QSettings &settings, const QStringList &facts)
{
    QString out = QStringLiteral("Repdesk diagnostics, %1\n").arg(utc(QDateTime::currentDateTimeUtc()));
    out += QStringLiteral("Repdesk %1; Qt %2 (built with %3)\n")
               .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(REPDESK_VERSION)
                                                                     : QCoreApplication::applicationVersion(),
                    QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    out += QStringLiteral("OS: %1; kernel %2 %3; %4\n")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                    QSysInfo::currentCpuArchitecture());
    for (const QString &fact : facts)
        out += fact + QLatin1Char('\n');
    const HeapTrimmer::Figures heap = HeapTrimmer::figures();
    if (heap.inUseBytes >= 0)
        out += QStringLiteral("Heap: %1 MB in use, %2 MB freed and kept\n")
                   .arg(heap.inUseBytes / 1048576.0, 0, 'f', 1)
                   .arg(heap.keptFreeBytes / 1048576.0, 0, 'f', 1);
    out += QLatin1Char('\n') + settingsSection(settings);
    out += QLatin1Char('\n') + networkSection();
    out += QLatin1Char('\n') + errorsSection();
    // Last, over everything: a key in a setting's value, a server URL or a fact is masked too.
    return SecretRedactor::instance().redact(out);
}

} // namespace repdesk
