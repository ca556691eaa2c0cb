// Composition root: the environment's key (taken out of the environment at
// once), the command line, the demo server, the session manager, and the
// main window. It needs widgets, so it lives in ui/, not in app/.
#include "AccountInfo.h"
#include "Cache.h"
#include "EnvironmentKey.h"
#include "FernandSandboxHost.h"
#include "HeapTrimmer.h"
#include "InstallSecret.h"
#include "LaunchOptions.h"
#include "RepdeskApplication.h"
#include "SandboxHost.h"
#include "SessionManager.h"
#include "WebRenderingMode.h"

#include <QRandomGenerator>

#include <cstdio>
#include <memory>
#include <utility>

using namespace repdesk;

int main(int argc, char *argv[])
{
    // Before anything else, and before any child process can exist: the key
    // of this run leaves the environment (see EnvironmentKey).
    QByteArray environmentKey = EnvironmentKey::take("HYPERREP_API_KEY");
    QByteArray fernandKey = EnvironmentKey::take("FERNAND_API_KEY"); // both leave, whichever is used

    // The web views composite in software unless the user chose a Qt Quick
    // backend (WebRenderingMode). The WebEngine plugin, loaded later, needs
    // contexts shared from the start on either path: without a global share
    // context its pages never paint, even in software.
    // --version and --help answer without a display (over ssh, in scripts): before
    // QApplication, which needs a platform. Any other option is read after it,
    // once Qt has taken its own (-platform, -style, …) out of the list.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::printf("repdesk %s\n", REPDESK_VERSION);
            return 0;
        }
        if (arg == "--help" || arg == "-h") {
            std::fputs(qPrintable(LaunchOptions::parse({QStringLiteral("repdesk"), QStringLiteral("--help")}).helpText),
                       stdout);
            return 0;
        }
    }

    WebRenderingMode::apply();
    RepdeskApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    RepdeskApplication app(argc, argv);
    const LaunchOptions options = LaunchOptions::parse(app.arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(options.error), qPrintable(options.helpText));
        return 1;
    }
    if (options.helpRequested) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (options.versionRequested) {
        std::printf("repdesk %s\n", REPDESK_VERSION);
        return 0;
    }

    SessionManager::Launch launch;
    launch.server = options.server;
    launch.serverGiven = options.serverGiven;
    launch.organization = options.organization;
    launch.provider = options.provider;
    const bool fernand = options.provider == AccountInfo::fernandProvider();
    launch.environmentKey = fernand ? std::exchange(fernandKey, {}) : std::move(environmentKey);
    environmentKey.fill('\0');
    fernandKey.fill('\0');
    std::unique_ptr<SandboxHost> sandbox;
    std::unique_ptr<FernandSandboxHost> fernandSandbox;
    if (options.demo && fernand) {
        FernandSandboxOptions sandboxOptions;
        sandboxOptions.apiKey = QStringLiteral("sk_") + QString::number(QRandomGenerator::system()->generate64(), 36);
        fernandSandbox = std::make_unique<FernandSandboxHost>(sandboxOptions);
        QString error;
        if (!fernandSandbox->start(&error))
            return app.fail(RepdeskApplication::tr("Could not start the demo server: %1").arg(error));
        launch.demoServer = fernandSandbox->url();
        launch.demoKey = sandboxOptions.apiKey.toUtf8();
    } else if (options.demo) {
        SandboxOptions sandboxOptions;
        // A fresh random key per run: nothing else on the machine can use the demo server.
        sandboxOptions.apiKey = QString::number(QRandomGenerator::system()->generate64(), 36);
        // Enough recent traffic that the review queue holds a morning's work (about fifty drafts).
        sandboxOptions.conversations = 1000;
        sandboxOptions.liveActivityMs = 45000;
        sandbox = std::make_unique<SandboxHost>(sandboxOptions);
        QString error;
        if (!sandbox->start(&error))
            return app.fail(RepdeskApplication::tr("Could not start the demo server: %1").arg(error));
        launch.demoServer = sandbox->url();
        launch.demoKey = sandboxOptions.apiKey.toUtf8();
    }

    HeapTrimmer heapTrimmer; // freed heap pages go back to the system once a minute
    SessionManager manager(Cache::defaultDirectory(), InstallSecret::defaultDirectory());
    QString error;
    if (!manager.initialize(&error))
        return app.fail(error);
    return app.run(&manager, std::move(launch));
}
