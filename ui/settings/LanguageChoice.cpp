#include "LanguageChoice.h"

#include "SettingsKeys.h"

#include <QCoreApplication>
#include <QSettings>

namespace repdesk {

QLocale LanguageChoice::effectiveLocale()
{
    const QString code = QSettings().value(SettingsKeys::language()).toString().trimmed();
    if (code.isEmpty())
        return QLocale::system();
    const QLocale chosen(code);
    // An unknown code (hand-edited settings) gives the C locale: follow the system instead.
    return chosen.language() == QLocale::C ? QLocale::system() : chosen;
}

QList<QPair<QString, QString>> LanguageChoice::choices()
{
    QList<QPair<QString, QString>> out{
        {QString(), QCoreApplication::translate("LanguageChoice", "System default")}};
    // Each language named in itself, as language menus do: a user who cannot read
    // the current one still finds their own.
    for (const char *code : {"en", "de", "fr", "es"}) {
        const QLocale locale{QLatin1String(code)};
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        out.append({QLatin1String(code), name});
    }
    return out;
}

} // namespace repdesk
