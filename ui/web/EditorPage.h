#pragma once

#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <functional>

class QWebEngineProfile;

namespace repdesk {

// The page of the reply editor: resources/editor/editor.html from qrc, its
// scripts injected into an isolated world (where the QWebChannel lives too),
// and no navigation at all after that first load. JavaScript is on because the
// editor needs execCommand and the channel; the page's CSP still lets its own
// world run nothing, and everything else (windows, clipboard reads, storage,
// file access, remote access) stays off as in ThreadPage.
class EditorPage : public QWebEnginePage
{
    Q_OBJECT

public:
    // The world of editor.js and of the channel; never the page's main world.
    static constexpr quint32 scriptWorld = QWebEngineScript::ApplicationWorld;

    explicit EditorPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    static QUrl editorUrl();
    // Loads (or, after a renderer crash, reloads) the editor page.
    void loadEditor();

    // Web, mail and phone links only; the page itself never follows them.
    std::function<void(const QUrl &)> onLinkActivated;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;

private:
    void applySettings();
    void installScripts();
    void activateLink(const QUrl &url);

    bool m_loadPending = false;
};

} // namespace repdesk
