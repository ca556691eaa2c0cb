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

    // Shows a startup error (dialog when a display exists, stderr always); returns the exit code.
    int fail(const QString &message);
    // Shows the main window, starts the session (or asks to sign in) and runs the event loop.
    int run(SessionManager *manager, const SessionManager::Launch &launch);
};

} // namespace repdesk
