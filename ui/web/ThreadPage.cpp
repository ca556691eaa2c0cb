#include "ThreadPage.h"

#include "LockedDownSettings.h"

#include <QWebEngineNewWindowRequest>
#include <QWebEngineSettings>

namespace repdesk {

ThreadPage::ThreadPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    applySettings();
    connect(this, &QWebEnginePage::featurePermissionRequested, this, [this](const QUrl &origin, Feature feature) {
        setFeaturePermission(origin, feature, PermissionDeniedByUser);
    });
    // target="_blank", shift- and middle-clicks arrive here rather than as link navigations.
    connect(this, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest &request) {
        if (request.isUserInitiated())
            activateLink(request.requestedUrl());
    });
}

void ThreadPage::applySettings()
{
    LockedDownSettings::apply(settings(), false);
}

void ThreadPage::loadDocument(const QUrl &url)
{
    m_pending = url;
    load(url);
}

bool ThreadPage::isExternalLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")
            || scheme == QLatin1String("tel"));
}

void ThreadPage::activateLink(const QUrl &url)
{
    if (onLinkActivated && isExternalLink(url))
        onLinkActivated(url);
}

bool ThreadPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        // In-page anchors (#section) only scroll the current document.
        if (isMainFrame && url.hasFragment() && url.adjusted(QUrl::RemoveFragment) == m_document)
            return true;
        activateLink(url);
        return false;
    }
    // Only the load we started, once: no redirects, reloads, form posts, history or frames.
    if (isMainFrame && !m_pending.isEmpty() && url == m_pending
        && (type == NavigationTypeTyped || type == NavigationTypeOther)) {
        // Without the fragment the view opened at: in-page anchors compare against the document.
        m_document = m_pending.adjusted(QUrl::RemoveFragment);
        m_pending.clear();
        return true;
    }
    return false;
}

QWebEnginePage *ThreadPage::createWindow(WebWindowType)
{
    return nullptr;
}

void ThreadPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int, const QString &)
{
    // Scripts never run here; what reaches the console is CSP noise about hostile
    // mail (one line per blocked resource), which must not flood the app's log.
}

} // namespace repdesk
