#include "WebViewsLoader.h"

#include "LogCategories.h"

#include <unistd.h>

#include "webapi/WebViewsPlugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>

namespace repdesk {

namespace {

// The first entry of `dir` that is a loadable library named after the plugin
// (librepdesk_webviews.so, repdesk_webviews.dll, ...).
QString findPluginFile(const QString &dir)
{
    const QDir d(dir);
    if (dir.isEmpty() || !d.exists())
        return {};
    const QStringList candidates = d.entryList({QStringLiteral("*") + WebViewsLoader::pluginBaseName() + QStringLiteral("*")},
                                               QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : candidates) {
        const QString path = d.absoluteFilePath(name);
        if (QLibrary::isLibrary(path))
            return path;
    }
    return {};
}

} // namespace

QString WebViewsLoader::pluginBaseName()
{
    return QStringLiteral("repdesk_webviews");
}

void WebViewsLoader::addSearchDir(const QString &dir)
{
    m_extraDirs.append(dir);
}

QStringList WebViewsLoader::searchDirs() const
{
    QStringList dirs = m_extraDirs;
    const QString fromEnv = qEnvironmentVariable("REPDESK_PLUGIN_DIR");
    if (!fromEnv.isEmpty())
        dirs << fromEnv;
    const QString appDir = QCoreApplication::applicationDirPath();
    dirs << appDir << appDir + QStringLiteral("/plugins") << appDir + QStringLiteral("/../lib/repdesk/plugins");
#ifdef REPDESK_BUILD_PLUGIN_DIR
    // Only binaries of that build tree may load from it: an installed app must
    // never pick up code from a (possibly writable) build directory.
    const QString buildPlugins = QDir::cleanPath(QStringLiteral(REPDESK_BUILD_PLUGIN_DIR));
    const QString buildRoot = QFileInfo(buildPlugins).absolutePath();
    if (QDir::cleanPath(appDir).startsWith(buildRoot + QLatin1Char('/')) || QDir::cleanPath(appDir) == buildRoot)
        dirs << buildPlugins;
#endif
    dirs.removeDuplicates();
    return dirs;
}

WebViewsPlugin *WebViewsLoader::loadFile(const QString &path, QString *error)
{
    QPluginLoader loader(path);
    // Checked from the file's metadata before dlopen(): a stray library is never run.
    const QString iid = loader.metaData().value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(RepdeskWebViewsPlugin_iid)) {
        *error = QStringLiteral("%1: not a %2 plugin (IID \"%3\")").arg(path, QLatin1String(RepdeskWebViewsPlugin_iid), iid);
        return nullptr;
    }
    // Chromium cannot be shut down and restarted in one process: keep the code mapped for good.
    loader.setLoadHints(QLibrary::PreventUnloadHint);
    QObject *instance = loader.instance();
    if (!instance) {
        *error = QStringLiteral("%1: %2").arg(path, loader.errorString());
        return nullptr;
    }
    auto *plugin = qobject_cast<WebViewsPlugin *>(instance);
    if (!plugin)
        *error = QStringLiteral("%1: the plugin does not implement WebViewsPlugin").arg(path);
    return plugin;
}

bool WebViewsLoader::chromiumCanStart(QString *why)
{
    // Chromium aborts the whole process when started as root with its sandbox on.
    // Degrade to the plain views instead of crashing; the user can opt out of the
    // sandbox explicitly (never done by Repdesk itself).
    if (::geteuid() != 0)
        return true;
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (qEnvironmentVariableIntValue("QTWEBENGINE_DISABLE_SANDBOX") == 1 || flags.contains("--no-sandbox"))
        return true;
    *why = QCoreApplication::translate("WebViewsLoader",
                                       "Repdesk is running as root, where the Chromium engine behind the message view "
                                       "refuses to start with its sandbox. Showing the plain view instead. Run Repdesk "
                                       "as a normal user, or set QTWEBENGINE_DISABLE_SANDBOX=1 if you accept the risk.");
    return false;
}

WebViewsPlugin *WebViewsLoader::load()
{
    if (m_plugin)
        return m_plugin;
    if (!chromiumCanStart(&m_error))
        return nullptr;
    // WebEngine shares OpenGL contexts with Qt Quick/Widgets only if this was set before QApplication.
    if (!QCoreApplication::testAttribute(Qt::AA_ShareOpenGLContexts))
        qCWarning(lcUi, "WebViewsLoader: Qt::AA_ShareOpenGLContexts was not set before QApplication; WebEngine may not render");
    QStringList problems;
    const QStringList dirs = searchDirs();
    for (const QString &dir : dirs) {
        const QString path = findPluginFile(dir);
        if (path.isEmpty())
            continue;
        QString error;
        if (WebViewsPlugin *plugin = loadFile(path, &error)) {
            m_plugin = plugin;
            m_loadedFrom = path;
            m_error.clear();
            return plugin;
        }
        problems << error;
    }
    if (problems.isEmpty())
        problems << QStringLiteral("%1 not found in: %2").arg(pluginBaseName(), dirs.join(QStringLiteral(", ")));
    m_error = problems.join(QLatin1Char('\n'));
    return nullptr;
}

} // namespace repdesk
