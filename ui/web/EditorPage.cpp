#include "EditorPage.h"

#include "LockedDownSettings.h"

#include "ThreadPage.h"

#include <QFile>
#include <QList>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

namespace repdesk {

namespace {

QString resource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("repdesk_webviews: missing resource %s", qPrintable(path));
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

// Read once per process: every editor injects the same sources.
const QList<QWebEngineScript> &editorScripts()
{
    static const QList<QWebEngineScript> scripts = [] {
        // qwebchannel.js is the copy WebEngine bundles, so it always matches the C++ side's protocol.
        const QStringList paths = {QStringLiteral(":/qtwebchannel/qwebchannel.js"),
                                   QStringLiteral(":/repdesk/editor/editor-core.js"),
                                   QStringLiteral(":/repdesk/editor/editor.js")};
        QList<QWebEngineScript> list;
        for (const QString &path : paths) {
            QWebEngineScript s;
            s.setName(path);
            s.setSourceCode(resource(path));
            // Scripts of one injection point run in insertion order; DocumentReady
            // because editor.js needs the body and the channel needs the transport.
            s.setInjectionPoint(QWebEngineScript::DocumentReady);
            s.setWorldId(EditorPage::scriptWorld);
            s.setRunsOnSubFrames(false);
            list << s;
        }
        return list;
    }();
    return scripts;
}

} // namespace

EditorPage::EditorPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    applySettings();
    installScripts();
    connect(this, &QWebEnginePage::featurePermissionRequested, this, [this](const QUrl &origin, Feature feature) {
        setFeaturePermission(origin, feature, PermissionDeniedByUser);
    });
    // Shift- and middle-clicks on links arrive here rather than as navigations.
    connect(this, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest &request) {
        if (request.isUserInitiated())
            activateLink(request.requestedUrl());
    });
}

QUrl EditorPage::editorUrl()
{
    return QUrl(QStringLiteral("qrc:///repdesk/editor/editor.html"));
}

void EditorPage::applySettings()
{
    LockedDownSettings::apply(settings(), true);
}

void EditorPage::installScripts()
{
    for (const QWebEngineScript &s : editorScripts())
        scripts().insert(s);
}

void EditorPage::loadEditor()
{
    m_loadPending = true;
    load(editorUrl());
}

void EditorPage::activateLink(const QUrl &url)
{
    if (onLinkActivated && ThreadPage::isExternalLink(url))
        onLinkActivated(url);
}

bool EditorPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        activateLink(url);
        return false;
    }
    // Only the load we started, once: no redirects, reloads, form posts, history or frames.
    const bool ours = type == NavigationTypeTyped || type == NavigationTypeOther;
    if (isMainFrame && m_loadPending && url == editorUrl() && ours) {
        m_loadPending = false;
        return true;
    }
    return false;
}

QWebEnginePage *EditorPage::createWindow(WebWindowType)
{
    return nullptr;
}

void EditorPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                          const QString &source)
{
    // Errors of our own scripts are bugs worth a line in the log; CSP refusals
    // caused by hostile markup are expected and would only flood it.
    if (level == ErrorMessageLevel && !message.startsWith(QLatin1String("Refused to")))
        qWarning("repdesk_webviews editor: %s (%s:%d)", qPrintable(message), qPrintable(source), line);
}

} // namespace repdesk
