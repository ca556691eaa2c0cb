#include "WebThreadDisplay.h"

#include "ThreadContextMenu.h"
#include "ThreadDocument.h"
#include "ThreadPage.h"
#include "ThreadRequestInterceptor.h"
#include "ThreadSchemeHandler.h"

#include <QCoreApplication>
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
