#include "RepdeskApplication.h"

#include "MainWindow.h"

#include <QIcon>
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
    // English is the source language; a missing translation simply leaves it in English.
    auto *translator = new QTranslator(this);
    if (translator->load(QLocale(), QStringLiteral("repdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        installTranslator(translator);
}

int RepdeskApplication::fail(const QString &message)
{
    std::fprintf(stderr, "repdesk: %s\n", qPrintable(message));
    if (platformName() != QLatin1String("offscreen") && platformName() != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, tr("Repdesk"), message);
    return 1;
}

int RepdeskApplication::run(SessionManager *manager, const SessionManager::Launch &launch)
{
    MainWindow window(manager);
    window.show();
    // After show(): a sign-in dialog then opens over the window, not before it.
    manager->start(launch);
    return exec();
}

} // namespace repdesk
