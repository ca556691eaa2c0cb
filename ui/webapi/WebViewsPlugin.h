#pragma once

#include <QtPlugin>

class QWidget;

namespace repdesk {

class ReplyEditor;
class ThreadDisplay;

// Factory interface of the WebEngine plugin (repdesk_webviews). The host
// loads it with QPluginLoader after the first paint; qobject_cast to this
// interface works across the boundary because it compares the IID string.
class WebViewsPlugin
{
public:
    virtual ~WebViewsPlugin() = default;
    // The caller owns the results; their widget() is parented to `parent`.
    virtual ThreadDisplay *createThreadDisplay(QWidget *parent) = 0;
    virtual ReplyEditor *createReplyEditor(QWidget *parent) = 0;
};

} // namespace repdesk

#define RepdeskWebViewsPlugin_iid "io.repdesk.WebViewsPlugin/1.2"
Q_DECLARE_INTERFACE(repdesk::WebViewsPlugin, RepdeskWebViewsPlugin_iid)
