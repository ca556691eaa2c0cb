#pragma once

#include <QApplication>

namespace repdesk {

class Account;

// The QApplication of the desktop app: identity, icon, translations, and the
// main window's lifetime. main.cpp stays free of widget code.
class RepdeskApplication : public QApplication
{
    Q_OBJECT
public:
    RepdeskApplication(int &argc, char **argv);

    // Shows a startup error (dialog when a display exists, stderr always); returns the exit code.
    int fail(const QString &message);
    int runMainWindow(Account *account, const QString &organizationId);
};

} // namespace repdesk
