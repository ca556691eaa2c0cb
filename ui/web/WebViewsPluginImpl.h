#pragma once

#include "ThreadProfile.h"
#include "webapi/WebViewsPlugin.h"

#include <QObject>

namespace repdesk {

// The plugin's root object. Qt deletes it only in its library clean-up at
// process exit, so the profile it owns outlives every page, as WebEngine
// requires, provided the host deletes its displays and editors before QApplication.
class WebViewsPluginImpl : public QObject, public WebViewsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RepdeskWebViewsPlugin_iid FILE "webviews.json")
    Q_INTERFACES(repdesk::WebViewsPlugin)

public:
    explicit WebViewsPluginImpl(QObject *parent = nullptr);

    ThreadDisplay *createThreadDisplay(QWidget *parent) override;
    ReplyEditor *createReplyEditor(QWidget *parent) override;

private:
    ThreadProfile m_threadProfile;
};

} // namespace repdesk
