#include "settings/AppearanceChoice.h"

#include "SettingsKeys.h"
#include "common/ThemeColors.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>

namespace repdesk {

QList<QPair<QString, QString>> AppearanceChoice::choices()
{
    return {{QString(), QApplication::translate("AppearanceChoice", "System default")},
            {QStringLiteral("light"), QApplication::translate("AppearanceChoice", "Light")},
            {QStringLiteral("dark"), QApplication::translate("AppearanceChoice", "Dark")}};
}

QString AppearanceChoice::chosen()
{
    const QString code = QSettings().value(SettingsKeys::appearance()).toString().trimmed();
    // A hand-edited value Repdesk does not know: follow the system.
    return code == QLatin1String("light") || code == QLatin1String("dark") ? code : QString();
}

void AppearanceChoice::apply(const QString &code)
{
    // Taken once, before Repdesk ever set a palette: the platform's (or Qt's default).
    static const QPalette system = QApplication::palette();
    // The system's is left alone until another was set: a palette set explicitly, even an equal
    // one, would stop Qt from following the desktop's own theme changes.
    static bool setByUs = false;
    if (code == QLatin1String("dark") || code == QLatin1String("light")) {
        QApplication::setPalette(code == QLatin1String("dark") ? ThemeColors::darkPalette()
                                                               : QApplication::style()->standardPalette());
        setByUs = true;
    } else if (setByUs) {
        QApplication::setPalette(system);
        setByUs = false;
    }
}

} // namespace repdesk
