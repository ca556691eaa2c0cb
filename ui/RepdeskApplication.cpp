#include "RepdeskApplication.h"

#include "MainWindow.h"

#include <QIcon>
#include <QMessageBox>

#include <cstdio>

namespace repdesk {

RepdeskApplication::RepdeskApplication(int &argc, char **argv) : QApplication(argc, argv)
{
    setApplicationName(QStringLiteral("repdesk"));
    setApplicationDisplayName(QStringLiteral("Repdesk"));
    setOrganizationName(QStringLiteral("Repdesk"));
    setApplicationVersion(QStringLiteral(REPDESK_VERSION));
    setDesktopFileName(QStringLiteral("io.repdesk.Repdesk"));
}

int RepdeskApplication::fail(const QString &message)
{
    std::fprintf(stderr, "repdesk: %s\n", qPrintable(message));
    if (platformName() != QLatin1String("offscreen") && platformName() != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, tr("Repdesk"), message);
    return 1;
}

int RepdeskApplication::runMainWindow(Account *account, const QString &organizationId)
{
    MainWindow window(account, organizationId);
    window.show();
    return exec();
}

} // namespace repdesk
