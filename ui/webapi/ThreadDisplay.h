#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace repdesk {

// The message-thread view as the main window sees it. The implementation
// lives in the WebEngine plugin (ui/web/), loaded after the first paint, so
// nothing on the startup path links Qt WebEngine.
//
// Deliberately not a QObject: the plugin and the executable would each carry
// their own copy of its meta-object. Callbacks cross the boundary instead.
class ThreadDisplay
{
public:
    virtual ~ThreadDisplay() = default;

    virtual QWidget *widget() = 0;
    // `bodyHtml` is an already-sanitised fragment from ThreadHtmlBuilder.
    // `allowRemoteImages` lets image requests through the interceptor for this render only.
    // `anchor`: the id of the element the view opens scrolled to (as far as the
    // document allows), so a thread opens at its newest message without a script.
    virtual void showThread(const QString &bodyHtml, bool allowRemoteImages, const QString &anchor = QString()) = 0;
    virtual void showPlaceholder(const QString &text) = 0;
    // Light/dark: the host passes its palette's colours as CSS values ("#rrggbb").
    virtual void setColors(const QString &window, const QString &text, const QString &base,
                           const QString &highlight, const QString &mid) = 0;
    virtual void findText(const QString &text) = 0;

    // The user activated a link: never navigated in the view; the host asks, then opens it externally.
    std::function<void(const QUrl &)> onLinkActivated;
    // The page finished loading the last showThread() or showPlaceholder() (ok=false on failure).
    std::function<void(bool ok)> onRendered;
    // Every request the interceptor refused (tests, status bar).
    std::function<void(const QUrl &)> onRequestBlocked;
};

} // namespace repdesk
