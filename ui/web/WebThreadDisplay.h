#pragma once

#include "ThreadPalette.h"
#include "webapi/ThreadDisplay.h"

#include <QPointer>
#include <QUrl>

#include <optional>

class QWebEngineLoadingInfo;
class QWebEngineProfile;
class QTimer;
class QWebEngineView;

namespace repdesk {

class ThreadPage;
class ThreadRequestInterceptor;
class ThreadSchemeHandler;

// ThreadDisplay on one reused QWebEngineView. Each render composes a whole
// document, publishes it on the plugin's scheme handler and loads it; the
// page refuses every other navigation and the interceptor every request that
// is not the document itself (or, when allowed for that render, an image).
class WebThreadDisplay final : public ThreadDisplay
{
public:
    WebThreadDisplay(QWebEngineProfile *profile, ThreadSchemeHandler *documents, QWidget *parent);
    ~WebThreadDisplay() override;

    QWidget *widget() override;
    void showThread(const QString &bodyHtml, bool allowRemoteImages, const QString &anchor = QString()) override;
    void showPlaceholder(const QString &text) override;
    void setColors(const QString &window, const QString &text, const QString &base, const QString &highlight,
                   const QString &mid) override;
    void findText(const QString &text) override;

private:
    enum class Content { None, Thread, Placeholder };

    void render();
    void navigate();
    bool swapBody();
    void onLoadingChanged(const QWebEngineLoadingInfo &info);

    QPointer<QWebEngineView> m_view;
    ThreadPage *m_page = nullptr;
    ThreadRequestInterceptor *m_interceptor = nullptr;
    ThreadSchemeHandler *m_documents;
    QString m_slot;
    QUrl m_currentUrl;
    std::optional<ThreadPalette> m_palette;
    // Kept to re-render when the palette changes: without JavaScript the page cannot restyle itself.
    Content m_content = Content::None;
    QString m_text;
    bool m_allowRemoteImages = false;
    QString m_anchor;
    // The page holds a loaded document (thread or placeholder) in the current palette
    // with no remote image allowed: the next thread can replace its body without a load.
    bool m_swappable = false;
    bool m_loadingThread = false;
    quint64 m_swaps = 0;
    QTimer *m_collect = nullptr;
    static constexpr int kCollectAfterMs = 1500;
};

} // namespace repdesk
