#include "WebThreadDisplay.h"

#include "ThreadContextMenu.h"
#include "ThreadDocument.h"
#include "ThreadPage.h"
#include "ThreadRequestInterceptor.h"
#include "ThreadSchemeHandler.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebEngineScript>
#include <QTimer>
#include <QWebEngineLoadingInfo>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace repdesk {

WebThreadDisplay::WebThreadDisplay(QWebEngineProfile *profile, ThreadSchemeHandler *documents, QWidget *parent)
    : m_view(new QWebEngineView(parent)), m_documents(documents), m_slot(documents->newSlot())
{
    m_view->setObjectName(QStringLiteral("threadView"));
    m_view->setAccessibleName(QCoreApplication::translate("WebThreadDisplay", "Conversation"));
    m_view->setAcceptDrops(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(m_view, &QWidget::customContextMenuRequested, m_view,
                     [view = m_view.data()](const QPoint &pos) { ThreadContextMenu::exec(view, pos); });

    // The page is a child of the view and the interceptor a child of the page:
    // Qt deletes them in that order, so the page never outlives its interceptor.
    // Bodies replaced in place leave their old DOM to the renderer's garbage
    // collector, which a page without script activity rarely runs: over a hundred
    // threads the renderer grew by ~70 MB. A collection once the user has stopped
    // opening threads for a moment keeps it flat (ChromiumFlags exposes gc()).
    m_collect = new QTimer(m_view);
    m_collect->setSingleShot(true);
    m_collect->setInterval(kCollectAfterMs);
    QObject::connect(m_collect, &QTimer::timeout, m_view, [this] {
        m_page->runJavaScript(QStringLiteral("if (typeof gc === 'function') gc();"), QWebEngineScript::ApplicationWorld);
    });
    m_page = new ThreadPage(profile, m_view);
    m_page->setObjectName(QStringLiteral("threadPage"));
    m_interceptor = new ThreadRequestInterceptor(m_page);
    m_page->setUrlRequestInterceptor(m_interceptor);
    m_view->setPage(m_page);

    m_page->onLinkActivated = [this](const QUrl &url) {
        if (onLinkActivated)
            onLinkActivated(url);
    };
    m_interceptor->onBlocked = [this](const QUrl &url) {
        if (onRequestBlocked)
            onRequestBlocked(url);
    };
    QObject::connect(m_page, &QWebEnginePage::loadingChanged, m_page,
                     [this](const QWebEngineLoadingInfo &info) { onLoadingChanged(info); });
}

WebThreadDisplay::~WebThreadDisplay()
{
    m_documents->withdraw(m_slot);
    // Deleting the view takes the page and interceptor with it; their lambdas capture `this`.
    delete m_view.data();
}

QWidget *WebThreadDisplay::widget()
{
    return m_view;
}

void WebThreadDisplay::showThread(const QString &bodyHtml, bool allowRemoteImages, const QString &anchor)
{
    m_content = Content::Thread;
    m_text = bodyHtml;
    m_allowRemoteImages = allowRemoteImages;
    m_anchor = anchor;
    render();
}

void WebThreadDisplay::showPlaceholder(const QString &text)
{
    m_content = Content::Placeholder;
    m_text = text;
    m_allowRemoteImages = false;
    m_anchor.clear();
    render();
}

void WebThreadDisplay::setColors(const QString &window, const QString &text, const QString &base,
                                 const QString &highlight, const QString &mid)
{
    const std::optional<ThreadPalette> palette = ThreadPalette::fromCss(window, text, base, highlight, mid);
    if (!palette) {
        qWarning("repdesk_webviews: ignoring invalid colours");
        return;
    }
    m_palette = palette;
    // The colours are in the document's <style>: only a new document takes them.
    m_swappable = false;
    if (!m_view)
        return;
    // Painted before the first frame of every load: no white flash in a dark theme.
    m_page->setBackgroundColor(m_palette->background());
    if (m_content != Content::None)
        render();
}

void WebThreadDisplay::findText(const QString &text)
{
    if (m_view)
        m_page->findText(text);
}

void WebThreadDisplay::render()
{
    // The host may have deleted our widget through its parent; the page went with it.
    if (!m_view)
        return;
    if (!swapBody())
        navigate();
}

bool WebThreadDisplay::swapBody()
{
    // Loading a new document costs ~50 ms of navigation, commit and parsing even for a
    // two-line thread; replacing the body of the one on screen takes a few. Only between
    // threads without remote images, where the new body needs nothing the document's
    // gates (interceptor, CSP, settings) are not already set for. The script runs in
    // the application's isolated world: the page's own world still runs no script, and
    // markup inserted this way never runs any (no <script>, and event handler
    // attributes would need the main world's JavaScript, which is off).
    if (!m_swappable || m_content != Content::Thread || m_allowRemoteImages)
        return false;
    const quint64 swap = ++m_swaps;
    const QByteArray args = QJsonDocument(QJsonArray{m_text, m_anchor}).toJson(QJsonDocument::Compact);
    const QString script = QStringLiteral(
                               "(function(a){var m=document.querySelector('main.thread-root');if(!m)return false;"
                               "document.body.className='thread';m.innerHTML=a[0];"
                               "var t=a[1]&&document.getElementById(a[1]);"
                               "if(t)t.scrollIntoView();else window.scrollTo(0,0);return true;})(")
                           + QString::fromUtf8(args) + QLatin1Char(')');
    // As a QWidget: the page may answer while the view is being destroyed, when it is no longer
    // a QWebEngineView and a QPointer to one would downcast it (UBSan); qobject_cast says so.
    QPointer<QWidget> view = m_view.data();
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this, view, swap](const QVariant &done) {
        // A later render took over (or the view is gone): it reports for itself.
        if (!qobject_cast<QWebEngineView *>(view.data()) || swap != m_swaps)
            return;
        if (!done.toBool()) {
            m_swappable = false;
            navigate();
            return;
        }
        if (onRendered)
            onRendered(true);
        m_collect->start();
    });
    return true;
}

void WebThreadDisplay::navigate()
{
    ++m_swaps; // a swap still in flight no longer reports
    m_swappable = false;
    // The placeholder is the same document with another body class: a thread can replace it too.
    m_loadingThread = !m_allowRemoteImages;
    const ThreadPalette *palette = m_palette ? &*m_palette : nullptr;
    const QByteArray document = m_content == Content::Thread ? ThreadDocument::compose(m_text, palette)
                                                             : ThreadDocument::placeholder(m_text, palette);
    // Both gates follow the render being loaded; requests of the previous document
    // still in flight are judged by the new one's rules, which is the safe direction
    // when images were just disallowed.
    m_interceptor->setAllowRemoteImages(m_allowRemoteImages);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, m_allowRemoteImages);
    m_currentUrl = m_documents->publish(m_slot, document);
    // The fragment makes Blink scroll to that element as the document loads, before
    // its first frame and without any script in the page (JavaScript stays off).
    if (!m_anchor.isEmpty())
        m_currentUrl.setFragment(m_anchor);
    m_page->loadDocument(m_currentUrl);
}

void WebThreadDisplay::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    // Refused link navigations and superseded renders report too: only the current document counts.
    if (info.url() != m_currentUrl)
        return;
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        return;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        m_swappable = m_loadingThread;
        if (onRendered)
            onRendered(true);
        return;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
    case QWebEngineLoadingInfo::LoadFailedStatus:
        if (onRendered)
            onRendered(false);
        return;
    }
}

} // namespace repdesk
