#include "WebViewsPluginImpl.h"

#include "ChromiumFlags.h"

#include "WebReplyEditor.h"
#include "WebThreadDisplay.h"

namespace repdesk {

WebViewsPluginImpl::WebViewsPluginImpl(QObject *parent)
    : QObject(parent), m_threadProfile(this)
{
    // Before any profile exists: WebEngine reads its switches once, when it starts.
    ChromiumFlags::apply();
}

ThreadDisplay *WebViewsPluginImpl::createThreadDisplay(QWidget *parent)
{
    return new WebThreadDisplay(m_threadProfile.profile(), m_threadProfile.documents(), parent);
}

ReplyEditor *WebViewsPluginImpl::createReplyEditor(QWidget *parent)
{
    // The thread views' off-the-record profile: nothing of a draft reaches the
    // disk, and an editor created after a thread was shown starts on a warm
    // WebEngine. Its settings are per page (EditorPage), its gate per page too.
    return new WebReplyEditor(m_threadProfile.profile(), parent);
}

} // namespace repdesk
