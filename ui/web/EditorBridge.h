#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace repdesk {

// The one object the editor page sees on its QWebChannel (as "bridge"). Its
// slots are what the page may call, its signals what the host tells the page;
// every call is forwarded to WebReplyEditor through the std::functions, so
// this class holds no editor state. Only editor.js, in an isolated world, can
// reach it (see EditorPage).
class EditorBridge : public QObject
{
    Q_OBJECT

public:
    explicit EditorBridge(QObject *parent = nullptr);

    std::function<QJsonObject()> onHello;
    std::function<void(int generation, const QString &html, int words)> onReady;
    std::function<void(int generation, const QString &html, int words)> onChanged;
    std::function<void(int generation, const QString &html, int words)> onApplied;
    std::function<void(int requestId, int generation, const QString &html, int words)> onContent;
    std::function<QString(const QString &html, const QString &text)> onSanitizePaste;
    std::function<void(const QString &name)> onShortcut;
    std::function<void(const QString &url)> onLinkActivated;

public slots:
    // The channel is up: returns what the page must show first (options, queued content).
    QJsonObject hello();
    // The page applied hello()'s answer and takes input from now on.
    void ready(int generation, const QString &html, int words);
    // An edit, debounced in the page.
    void changed(int generation, const QString &html, int words);
    // contentReplaced() was applied.
    void applied(int generation, const QString &html, int words);
    // The answer to contentRequested().
    void content(int requestId, int generation, const QString &html, int words);
    // Pasted or dropped data (text/html, text/plain; either may be empty);
    // the page inserts only the HTML this returns.
    QString sanitizePaste(const QString &html, const QString &text);
    // "save", "send" or "template".
    void shortcut(const QString &name);
    void linkActivated(const QString &url);

signals:
    void contentReplaced(int generation, const QString &html);
    void htmlInserted(const QString &html);
    void commandRequested(const QString &name, const QString &value);
    void optionsChanged(const QJsonObject &options);
    void contentRequested(int requestId);
    void focusRequested();
    // Flush the pending change, then call shortcut(name): the host's handler sees the latest html().
    void shortcutRequested(const QString &name);
};

} // namespace repdesk
