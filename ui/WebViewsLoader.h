#pragma once

#include <QString>
#include <QStringList>

namespace repdesk {

class WebViewsPlugin;

// Finds and loads the repdesk_webviews plugin (Qt WebEngine) on demand, so
// the executable never links WebEngine and startup never pays for it.
//
// Search order: directories passed to addSearchDir(); $REPDESK_PLUGIN_DIR;
// <app dir>; <app dir>/plugins; <app dir>/../lib/repdesk/plugins (installed);
// the build tree's plugins/ (only for binaries inside that build tree).
// The plugin is never unloaded: Qt WebEngine cannot be shut down and restarted.
// Delete every ThreadDisplay before QApplication goes: its page must die before the profile.
class WebViewsLoader
{
public:
    WebViewsLoader() = default;

    // Searched first, in the order added (tests point this at their build tree).
    void addSearchDir(const QString &dir);
    QStringList searchDirs() const;

    // The plugin's factory, or nullptr with errorString() set. Cached after the first success.
    WebViewsPlugin *load();
    QString errorString() const { return m_error; }
    // False (with the reason) where Chromium would abort the process, e.g. as root with its sandbox on.
    static bool chromiumCanStart(QString *why);
    // The file the plugin was loaded from; empty until load() succeeded.
    QString loadedFrom() const { return m_loadedFrom; }

    static QString pluginBaseName();

private:
    WebViewsPlugin *loadFile(const QString &path, QString *error);

    QStringList m_extraDirs;
    WebViewsPlugin *m_plugin = nullptr;
    QString m_error;
    QString m_loadedFrom;
};

} // namespace repdesk
