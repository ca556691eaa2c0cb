#include "WebViewsPluginImpl.h"

#include "WebThreadDisplay.h"

namespace repdesk {

WebViewsPluginImpl::WebViewsPluginImpl(QObject *parent)
    : QObject(parent), m_threadProfile(this)
{
}

ThreadDisplay *WebViewsPluginImpl::createThreadDisplay(QWidget *parent)
{
    return new WebThreadDisplay(m_threadProfile.profile(), m_threadProfile.documents(), parent);
}

} // namespace repdesk
