#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace repdesk {

// The text Help > Copy diagnostics puts on the clipboard, for a support request: Repdesk's
// and Qt's versions, the OS, the settings (values whose names hold secrets masked), the
// network's figures this run (FaultCounters) and the last errors (ErrorLog). The whole
// text goes through SecretRedactor before it is returned, so no key Repdesk knows of,
// and nothing that looks like one, is in it. In English on purpose: it is read by
// whoever supports Repdesk, not shown in the window.
class DiagnosticsReport
{
public:
    // `facts` are lines the caller knows and app/ does not (platform plugin, web views
    // state), added as they are after the versions.
    static QString build(const QSettings &settings, const QStringList &facts = {});

    // Whether a setting's name says its value is a secret (…apiKey, …token, …password).
    static bool isSecretName(const QString &key);

private:
    static QString settingsSection(const QSettings &settings);
    static QString networkSection();
    static QString errorsSection();
};

} // namespace repdesk
