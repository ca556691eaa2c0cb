#include "LaunchOptions.h"

#include "AccountInfo.h"
#include "FernandProvider.h"
#include "TransportConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace repdesk {

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    LaunchOptions o;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LaunchOptions", "Repdesk: a native desktop inbox for HyperRep sales teams."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("LaunchOptions",
                                    "Start a built-in sandbox server with demo data; no account needed."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("LaunchOptions", "HyperRep server URL (default %1).")
            .arg(o.server.toString()),
        QStringLiteral("url"));
    const QCommandLineOption orgOption(
        QStringLiteral("organization"),
        QCoreApplication::translate("LaunchOptions", "Organization id to open first."), QStringLiteral("id"));
    const QCommandLineOption providerOption(
        QStringLiteral("provider"),
        QCoreApplication::translate("LaunchOptions",
                                    "The service: hyperrep (default) or fernand (key from FERNAND_API_KEY)."),
        QStringLiteral("name"));
    parser.addOptions({demoOption, serverOption, orgOption, providerOption});

    o.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        o.error = parser.errorText();
        return o;
    }
    o.helpRequested = parser.isSet(helpOption);
    o.versionRequested = parser.isSet(versionOption);
    o.demo = parser.isSet(demoOption);
    o.organization = parser.value(orgOption);
    if (parser.isSet(providerOption)) {
        o.provider = parser.value(providerOption).toLower();
        if (o.provider != AccountInfo::hyperRepProvider() && o.provider != AccountInfo::fernandProvider())
            o.error = QCoreApplication::translate("LaunchOptions", "Unknown provider: %1 (use hyperrep or fernand)")
                          .arg(parser.value(providerOption));
        else if (o.provider == AccountInfo::fernandProvider())
            o.server = FernandProvider::defaultServer();
    }
    if (parser.isSet(serverOption)) {
        o.serverGiven = true;
        const QUrl url = QUrl::fromUserInput(parser.value(serverOption));
        if (!url.isValid() || url.host().isEmpty()) {
            o.error = QCoreApplication::translate("LaunchOptions", "Invalid server URL: %1")
                          .arg(parser.value(serverOption));
        } else if (!TransportConfig::isSecureOrLoopback(url)) {
            o.error = QCoreApplication::translate(
                          "LaunchOptions", "Refusing %1: use https (plain http is only allowed on loopback).")
                          .arg(url.toString());
        }
        o.server = url;
    }
    if (!parser.positionalArguments().isEmpty())
        o.error = QCoreApplication::translate("LaunchOptions", "Unexpected argument: %1")
                      .arg(parser.positionalArguments().constFirst());
    return o;
}

} // namespace repdesk
