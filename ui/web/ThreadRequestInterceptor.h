#pragma once

#include <QUrl>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>

#include <functional>

namespace repdesk {

// The network gate of a thread page: everything is blocked unless it is the
// thread document itself, a bundled resource or inline data, or (only while
// the current render allows it) a remote image. The sanitiser already
// neutralises remote content; this is the layer that holds if it ever misses.
class ThreadRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit ThreadRequestInterceptor(QObject *parent = nullptr);

    void setAllowRemoteImages(bool allow);
    bool allowRemoteImages() const { return m_allowRemoteImages; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    static bool isAllowed(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type, const QByteArray &method,
                          bool allowRemoteImages);

    // Called (queued, on the GUI thread) with every URL refused.
    std::function<void(const QUrl &)> onBlocked;

private:
    bool m_allowRemoteImages = false;
};

} // namespace repdesk
