#include "EditorRequestInterceptor.h"

#include <QMetaObject>

namespace repdesk {

EditorRequestInterceptor::EditorRequestInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) {}

bool EditorRequestInterceptor::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("qrc") || scheme == QLatin1String("data");
}

void EditorRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowed(info.requestUrl()))
        return;
    info.block(true);
    // Queued: receivers must not run inside WebEngine's callback.
    QMetaObject::invokeMethod(this, "requestBlocked", Qt::QueuedConnection, Q_ARG(QUrl, info.requestUrl()));
}

} // namespace repdesk
