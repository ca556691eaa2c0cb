#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace repdesk {

// Desktop notifications and the tray's unread count. Without a system tray
// (some desktops, offscreen tests) it still alerts the window and keeps the
// count in the window title.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QWidget *window);

    bool hasTray() const { return m_tray != nullptr; }
    void setUnreadCount(int unread);
    int unreadCount() const { return m_unread; }
    // Shows "New message from …"; clicking it emits openRequested(conversationId).
    void notifyNewConversation(const QString &conversationId, const QString &title, const QString &body);
    QString lastNotified() const { return m_lastNotified; }

Q_SIGNALS:
    void openRequested(const QString &conversationId);

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotified;
    int m_unread = 0;
};

} // namespace repdesk
