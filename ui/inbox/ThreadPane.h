#pragma once

#include "ThreadContent.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace repdesk {

class ThreadDisplay;

// The right-hand thread: a header, the "remote images" bar, and the one
// reused WebEngine view. The view comes from the plugin, created on the
// first open (never at startup); if the plugin is missing, a QTextBrowser
// shows the same sanitised HTML so the inbox still works.
class ThreadPane : public QWidget
{
    Q_OBJECT
public:
    explicit ThreadPane(QWidget *parent = nullptr);
    ~ThreadPane() override;

    void showThread(const ThreadContent &content);
    void showPlaceholder(const QString &text);
    bool usesWebEngine() const { return m_display != nullptr; }
    QString lastHtml() const { return m_lastHtml; }
    int blockedRemoteImages() const { return m_blocked; }

Q_SIGNALS:
    void rendered(bool ok);
    void linkActivated(const QUrl &url);
    void requestBlocked(const QUrl &url);
    // The WebEngine plugin could not be used; the plain viewer took over. `reason` is for people.
    void webViewsUnavailable(const QString &reason);

private:
    void ensureView();
    void render();
    void applyPalette();
    void setRemoteBar(int blocked);

    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_remoteBar;
    QLabel *m_remoteLabel;
    QPushButton *m_remoteButton;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTextBrowser *m_fallback = nullptr;
    std::unique_ptr<ThreadDisplay> m_display;
    bool m_triedPlugin = false;
    ThreadContent m_content;
    QSet<QString> m_remoteAllowed; // conversations whose remote images the user allowed
    QString m_lastHtml;
    int m_blocked = 0;
};

} // namespace repdesk
