#include "FernandSandboxMain.h"

#include "FernandSandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace repdesk {

int runFernandSandbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fernand-compatible sandbox server (127.0.0.1 only) with demo data and Fernand's rate limits."));
    parser.addHelpOption();
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("fernand"), QStringLiteral("NAME"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("Accepted X-Api-Key value."), QStringLiteral("KEY"), QStringLiteral("sk_sandbox"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo data."), QStringLiteral("S"), QStringLiteral("42"));
    const QCommandLineOption conversations(QStringLiteral("conversations"), QStringLiteral("Conversations to generate."), QStringLiteral("N"), QStringLiteral("120"));
    const QCommandLineOption window(QStringLiteral("rate-window-ms"), QStringLiteral("The rate limit's window (Fernand: 60000)."), QStringLiteral("MS"), QStringLiteral("60000"));
    const QCommandLineOption reads(QStringLiteral("reads-per-window"), QStringLiteral("GET requests allowed per window (Fernand: 20)."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption writes(QStringLiteral("writes-per-window"), QStringLiteral("Other requests allowed per window (Fernand: 5)."), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({provider, port, apiKey, seed, conversations, window, reads, writes});
    parser.process(arguments);

    FernandSandboxOptions options;
    options.apiKey = parser.value(apiKey);
    options.seed = parser.value(seed).toUInt();
    options.conversations = qBound(1, parser.value(conversations).toInt(), 100000);
    options.windowMs = qMax(1, parser.value(window).toInt());
    options.readsPerWindow = parser.value(reads).toInt();
    options.writesPerWindow = parser.value(writes).toInt();
    FernandSandboxServer server(options);
    QString error;
    if (!server.start(quint16(parser.value(port).toUInt()), &error)) {
        std::fprintf(stderr, "repdesk-sandbox: error: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Listening on %s (Fernand)\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace repdesk
