#pragma once

#include "SessionManager.h"

#include <QApplication>

namespace repdesk {


// The QApplication of the desktop app: identity, icon, translations, and the
// main window's lifetime. main.cpp stays free of widget code.
class RepdeskApplication : public QApplication
{
    Q_OBJECT
public:
    RepdeskApplication(int &argc, char **argv);

    // English plural forms ("1 conversation", "5 conversations") under every locale, with the
    // locale's own translation on top of them when there is one.
    static void installTranslations(QCoreApplication *app, const QLocale &locale);

    // Shows a startup error (dialog when a display exists, stderr always); returns the exit code.
    int fail(const QString &message);
    // Shows the main window, starts the session (or asks to sign in) and runs the event loop.
    int run(SessionManager *manager, SessionManager::Launch launch);
};

} // namespace repdesk
