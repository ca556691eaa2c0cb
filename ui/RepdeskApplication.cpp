#include "RepdeskApplication.h"

#include "settings/AppearanceChoice.h"
#include "settings/LanguageChoice.h"
#include "MainWindow.h"

#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

namespace repdesk {

RepdeskApplication::RepdeskApplication(int &argc, char **argv) : QApplication(argc, argv)
{
    setApplicationName(QStringLiteral("repdesk"));
    setApplicationDisplayName(QStringLiteral("Repdesk"));
    setOrganizationName(QStringLiteral("Repdesk"));
    setApplicationVersion(QStringLiteral(REPDESK_VERSION));
    setDesktopFileName(QStringLiteral("io.repdesk.Repdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/repdesk.svg")));
    // The chosen language (Settings) or the system's, for strings and for every
    // date and number formatted through QLocale() from here on.
    const QLocale locale = LanguageChoice::effectiveLocale();
    QLocale::setDefault(locale);
    installTranslations(this, locale);
    // Before any window: nothing paints in the system's colours first.
    AppearanceChoice::apply(AppearanceChoice::chosen());
}

void RepdeskApplication::installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // The sources say "%n conversation(s)"; the English file turns that into real
    // plurals. It goes first, so it also covers the C locale and any language
    // without a translation, and a translation installed later wins over it.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/repdesk_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *translator = new QTranslator(app);
    if (translator->load(locale, QStringLiteral("repdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !translator->language().startsWith(QLatin1String("en")))
        QCoreApplication::installTranslator(translator);
    // Qt's own strings (Cancel, Close, context menus of text fields) from Qt's
    // translations, when installed (Debian: qt6-translations-l10n).
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int RepdeskApplication::fail(const QString &message)
{
    std::fprintf(stderr, "repdesk: %s\n", qPrintable(message));
    if (platformName() != QLatin1String("offscreen") && platformName() != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, tr("Repdesk"), message);
    return 1;
}

int RepdeskApplication::run(SessionManager *manager, SessionManager::Launch launch)
{
    MainWindow window(manager);
    window.show();
    // After show(): a sign-in dialog then opens over the window, not before it.
    manager->start(launch);
    // The session has its key now; no copy waits here for the whole run.
    launch.environmentKey.clear();
    launch.demoKey.clear();
    return exec();
}

} // namespace repdesk
