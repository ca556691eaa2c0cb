#pragma once

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

class QWebEngineProfile;

namespace repdesk {

// A page that shows the documents it is given and nothing else: every
// navigation except the load it started is refused, links go to the host,
// no window can be opened, and scripts, plugins and storage are off.
class ThreadPage : public QWebEnginePage
{
    Q_OBJECT

public:
    ThreadPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void loadDocument(const QUrl &url);
    QUrl documentUrl() const { return m_document; }

    // Web and mail links only; the page itself never follows them.
    std::function<void(const QUrl &)> onLinkActivated;

    static bool isExternalLink(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;

private:
    void applySettings();
    void activateLink(const QUrl &url);

    QUrl m_pending;
    QUrl m_document;
};

} // namespace repdesk
