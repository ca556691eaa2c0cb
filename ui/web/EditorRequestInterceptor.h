#pragma once

#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace repdesk {

// The network gate of the reply editor: only its own bundled files (qrc:) and
// inline data may load, nothing remote, ever. The page's CSP already refuses
// remote resources and pasted HTML is sanitised; this is the layer that holds
// if both ever miss. Stricter than ThreadRequestInterceptor: no thread documents
// and no remote-image switch, as a reply never shows remote content.
class EditorRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit EditorRequestInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    static bool isAllowed(const QUrl &url);

signals:
    // Emitted (queued, on the GUI thread) with every URL refused; tests watch it.
    void requestBlocked(const QUrl &url);
};

} // namespace repdesk
