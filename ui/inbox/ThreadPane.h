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

// The right-hand thread: a header, the "remote images" bar, "Show N earlier
// messages", and the one reused WebEngine view. The view comes from the
// plugin, created by warmUp() once the app is idle after its first paint, or
// by the first open (never on the startup path); if the plugin is missing, a
// QTextBrowser shows the same sanitised HTML so the inbox still works.
// A thread opens folded (ThreadFold: the contact's latest message and what
// came after, at least the last recentShown()), scrolled to that message.
class ThreadPane : public QWidget
{
    Q_OBJECT
public:
    explicit ThreadPane(QWidget *parent = nullptr);
    ~ThreadPane() override;

    // Messages oldest first; shown folded unless this conversation was unfolded.
    void showThread(const ThreadContent &content);
    // The shown conversation's record changed (status): the header again, not the page.
    void updateConversation(const Conversation &conversation);
    void showPlaceholder(const QString &text);
    // Loads the plugin and puts the web view on screen with the placeholder,
    // so the first open only loads a document. Keeps the keyboard focus where it was.
    void warmUp();
    // Folded, at least this many of the newest messages show (0: from the contact's latest).
    void setRecentShown(int count) { m_recent = count; }
    int recentShown() const { return m_recent; }
    static constexpr int kRecentShown = 10;
    QPushButton *earlierButton() const { return m_earlier; }
    int hiddenMessages() const { return m_hidden; }
    int shownMessages() const { return int(m_content.messages.size()) - m_hidden; }
    int totalMessages() const { return int(m_content.messages.size()); }
    bool usesWebEngine() const { return m_display != nullptr; }
    QString lastHtml() const { return m_lastHtml; }
    // The header's second line ("Opened · 6 messages"), for tests and the accessibility tree.
    QString subtitle() const;
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
    void renderHeader();
    void setRemoteBar(int blocked);

    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_remoteBar;
    QLabel *m_remoteLabel;
    QPushButton *m_remoteButton;
    QPushButton *m_earlier;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTextBrowser *m_fallback = nullptr;
    std::unique_ptr<ThreadDisplay> m_display;
    bool m_triedPlugin = false;
    ThreadContent m_content;
    QSet<QString> m_remoteAllowed; // conversations whose remote images the user allowed
    QSet<QString> m_unfolded;      // conversations whose earlier messages were asked for
    int m_recent = kRecentShown;
    int m_hidden = 0;
    // What the web view holds, to skip reloading an unchanged document.
    bool m_displayShowsThread = false;
    bool m_displayLoading = false;
    bool m_warming = false; // the warm-up's placeholder is loading
    QString m_shownAnchor;
    bool m_shownRemote = false;
    QString m_lastHtml;
    int m_blocked = 0;
};

} // namespace repdesk
