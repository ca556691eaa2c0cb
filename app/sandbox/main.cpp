// repdesk-sandbox: a HyperRep-compatible HTTP server on 127.0.0.1 with demo data, for tests and demos.

#include "FernandSandboxMain.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "repdesk-sandbox: error: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("repdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPDESK_VERSION));
    // `--provider fernand`: Fernand's server instead (app/sandbox/fernand/), with options of its own.
    const QStringList args = app.arguments();
    const qsizetype providerAt = args.indexOf(QStringLiteral("--provider"));
    if ((providerAt > 0 && args.value(providerAt + 1) == QLatin1String("fernand"))
        || args.contains(QStringLiteral("--provider=fernand"))) {
        installSignalHandlers(app);
        return repdesk::runFernandSandbox(args);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("HyperRep-compatible sandbox server (127.0.0.1 only) with demo data and fault injection."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("Accepted X-API-KEY value."), QStringLiteral("KEY"), QStringLiteral("sandbox-key"));
    const QCommandLineOption secondApiKey(QStringLiteral("second-api-key"), QStringLiteral("Also accept KEY, for a second tenant with organizations of its own that the two keys never share."), QStringLiteral("KEY"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Keep the SQLite database in DIR (reused when present); default in memory."), QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo data."), QStringLiteral("S"), QStringLiteral("42"));
    const QCommandLineOption conversations(QStringLiteral("conversations"), QStringLiteral("Conversations in the first organization."), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay every answer by MS milliseconds."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"), QStringLiteral("Probability (0..1) of answering 500."), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit-every"), QStringLiteral("Answer every K-th request with 429 (0 = off)."), QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption malformed(QStringLiteral("malformed-rate"), QStringLiteral("Probability (0..1) of a 200 with broken JSON."), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption autosend(QStringLiteral("autosend-delay-ms"), QStringLiteral("Delay before queued drafts are sent."), QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption live(QStringLiteral("live-activity-ms"), QStringLiteral("Every MS milliseconds a new inbound message arrives; every second or third one gets a drafted reply to review (0 = off)."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption midBody(QStringLiteral("drop-mid-body-rate"), QStringLiteral("Probability (0..1) that a request is processed and its answer cut in the middle of the body."), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption dropAfter(QStringLiteral("drop-after-rate"), QStringLiteral("Probability (0..1) that a request is processed and its connection dropped before any answer."), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption outageEvery(QStringLiteral("outage-every-ms"), QStringLiteral("Every MS milliseconds the server goes away: connections closed, none accepted for --outage-ms (0 = off)."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption outage(QStringLiteral("outage-ms"), QStringLiteral("How long each outage lasts; 0 = a restart (back at once)."), QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({port, apiKey, secondApiKey, dataDir, seed, conversations, latency, failRate, rateLimit, malformed,
                       midBody, dropAfter, outageEvery, outage, autosend, live});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const auto integer = [&](const QCommandLineOption &option, qint64 low, qint64 high, bool *ok) -> qint64 {
        bool parsed = false;
        const qint64 value = parser.value(option).toLongLong(&parsed);
        if (!parsed || value < low || value > high) {
            *ok = false;
            fail(QStringLiteral("--%1 must be an integer in %2..%3, got '%4'")
                     .arg(option.names().first()).arg(low).arg(high).arg(parser.value(option)));
        }
        return value;
    };
    const auto probability = [&](const QCommandLineOption &option, bool *ok) -> double {
        bool parsed = false;
        const double value = parser.value(option).toDouble(&parsed);
        if (!parsed || value < 0.0 || value > 1.0) {
            *ok = false;
            fail(QStringLiteral("--%1 must be a number in 0..1, got '%2'").arg(option.names().first(), parser.value(option)));
        }
        return value;
    };

    bool ok = true;
    repdesk::SandboxOptions options;
    const auto listenPort = quint16(integer(port, 0, 65535, &ok));
    options.apiKey = parser.value(apiKey);
    options.secondApiKey = parser.value(secondApiKey);
    options.dataDir = parser.value(dataDir);
    options.seed = quint32(integer(seed, 0, 4294967295LL, &ok));
    options.conversations = int(integer(conversations, 1, 1000000, &ok));
    options.latencyMs = int(integer(latency, 0, 600000, &ok));
    options.failRate = probability(failRate, &ok);
    options.rateLimitEvery = int(integer(rateLimit, 0, 1000000, &ok));
    options.malformedRate = probability(malformed, &ok);
    options.dropMidBodyRate = probability(midBody, &ok);
    options.dropAfterRate = probability(dropAfter, &ok);
    options.outageEveryMs = int(integer(outageEvery, 0, 3600000, &ok));
    options.outageMs = int(integer(outage, 0, 3600000, &ok));
    options.autosendDelayMs = int(integer(autosend, 0, 3600000, &ok));
    options.liveActivityMs = int(integer(live, 0, 3600000, &ok));
    if (options.apiKey.isEmpty()) {
        fail(QStringLiteral("--api-key must not be empty"));
        ok = false;
    }
    if (parser.isSet(secondApiKey) && (options.secondApiKey.isEmpty() || options.secondApiKey == options.apiKey)) {
        fail(QStringLiteral("--second-api-key must be a non-empty key other than --api-key"));
        ok = false;
    }
    if (!ok)
        return 1;

    installSignalHandlers(app);
    repdesk::SandboxServer server(options);
    QString error;
    if (!server.start(listenPort, &error))
        return fail(error);
    std::printf("Listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return app.exec();
}
