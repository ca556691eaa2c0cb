#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace repdesk {

// Desktop notifications and the tray's unread count and "To review (N)".
// Without a system tray (some desktops, offscreen tests) it still alerts the
// window and keeps the unread count in the window title.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QWidget *window);

    bool hasTray() const { return m_tray != nullptr; }
    void setUnreadCount(int unread);
    int unreadCount() const { return m_unread; }
    // Drafts waiting in the review queue; -1 while the queue is not known (left out).
    void setReviewCount(int count);
    int reviewCount() const { return m_review; }
    // What the tray icon's tooltip says (also kept without a tray, for tests).
    QString toolTip() const { return m_toolTip; }
    // Shows "New message from …"; clicking it emits openRequested(conversationId).
    void notifyNewConversation(const QString &conversationId, const QString &title, const QString &body);
    QString lastNotified() const { return m_lastNotified; }
    // The last notification's title (also kept without a tray, for tests).
    QString lastTitle() const { return m_lastTitle; }

Q_SIGNALS:
    void openRequested(const QString &conversationId);

private:
    void updateToolTip();

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotified;
    QString m_lastTitle;
    int m_unread = 0;
    int m_review = -1;
    QString m_toolTip;
};

} // namespace repdesk
