#include "ThreadRequestInterceptor.h"

#include "ThreadProfile.h"

#include <QMetaObject>

namespace repdesk {

ThreadRequestInterceptor::ThreadRequestInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) {}

void ThreadRequestInterceptor::setAllowRemoteImages(bool allow)
{
    m_allowRemoteImages = allow;
}

bool ThreadRequestInterceptor::isAllowed(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type,
                                         const QByteArray &method, bool allowRemoteImages)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == ThreadProfile::scheme() || scheme == QLatin1String("qrc") || scheme == QLatin1String("data"))
        return true;
    // Only images, and only fetched: a POST or a "ping" to a tracker is never an image.
    return allowRemoteImages && method == "GET" && type == QWebEngineUrlRequestInfo::ResourceTypeImage
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

void ThreadRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowed(info.requestUrl(), info.resourceType(), info.requestMethod(), m_allowRemoteImages))
        return;
    info.block(true);
    if (!onBlocked)
        return;
    // Queued: the host may react by re-rendering, which must not happen from inside WebEngine's callback.
    const QUrl url = info.requestUrl();
    QMetaObject::invokeMethod(
        this, [this, url] {
            if (onBlocked)
                onBlocked(url);
        },
        Qt::QueuedConnection);
}

} // namespace repdesk
