// Composition root: command line -> account (real server or the embedded
// sandbox) -> main window. Widgets live in ui/; this file only wires them.
#include "Account.h"
#include "LaunchOptions.h"
#include "RepdeskApplication.h"
#include "SandboxHost.h"

#include <QRandomGenerator>

#include <cstdio>
#include <memory>

using namespace repdesk;

int main(int argc, char *argv[])
{
    // The WebEngine plugin, loaded later, needs contexts shared from the start.
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

    std::unique_ptr<SandboxHost> sandbox;
    QUrl server = options.server;
    QByteArray key;
    QString storageKey;
    if (options.demo) {
        SandboxOptions sandboxOptions;
        // A fresh random key per run: nothing else on the machine can use the demo server.
        sandboxOptions.apiKey = QString::number(QRandomGenerator::system()->generate64(), 36);
        sandboxOptions.conversations = 400;
        sandboxOptions.liveActivityMs = 45000;
        sandbox = std::make_unique<SandboxHost>(sandboxOptions);
        QString error;
        if (!sandbox->start(&error))
            return app.fail(RepdeskApplication::tr("Could not start the demo server: %1").arg(error));
        server = sandbox->url();
        key = sandboxOptions.apiKey.toUtf8();
        storageKey = QStringLiteral("demo");
    } else {
        key = qgetenv("HYPERREP_API_KEY");
        if (key.isEmpty())
            return app.fail(RepdeskApplication::tr(
                "No API key. Set HYPERREP_API_KEY for this run, or start with --demo to try Repdesk "
                "without an account."));
    }

    Account account(server, key);
    if (!storageKey.isEmpty())
        account.setStorageKey(storageKey);
    return app.runMainWindow(&account, options.organization);
}
