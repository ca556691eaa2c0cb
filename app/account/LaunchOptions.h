#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace repdesk {

// The command line of `repdesk`, parsed without exiting so it can be tested.
struct LaunchOptions
{
    bool demo = false;
    QUrl server = QUrl(QStringLiteral("https://api.hyperrep.ai"));
    bool serverGiven = false; // --server was on the command line
    QString provider = QStringLiteral("hyperrep"); // --provider: "hyperrep" or "fernand"
    QString organization;
    bool helpRequested = false;
    bool versionRequested = false;
    QString error;     // non-empty: print it with the help text and exit 1
    QString helpText;

    static LaunchOptions parse(const QStringList &arguments);
};

} // namespace repdesk
