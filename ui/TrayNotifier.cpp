#include "TrayNotifier.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QWidget>

namespace repdesk {

TrayNotifier::TrayNotifier(QWidget *window) : QObject(window), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QIcon::fromTheme(QStringLiteral("mail-unread"));
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setToolTip(tr("Repdesk"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        if (!m_lastNotified.isEmpty())
            Q_EMIT openRequested(m_lastNotified);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        m_window->showNormal();
        m_window->activateWindow();
    });
    m_tray->show();
}

void TrayNotifier::setUnreadCount(int unread)
{
    m_unread = unread;
    updateToolTip();
    m_window->setWindowTitle(unread > 0 ? tr("Repdesk (%1)").arg(unread) : tr("Repdesk"));
}

void TrayNotifier::setReviewCount(int count)
{
    m_review = qMax(-1, count);
    updateToolTip();
}

void TrayNotifier::updateToolTip()
{
    m_toolTip = tr("Repdesk — %n unread conversation(s)", nullptr, m_unread);
    // The same words as the folder list's row, so people recognise it.
    if (m_review >= 0)
        m_toolTip += QLatin1Char('\n') + tr("To review (%1)").arg(m_review);
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
}

void TrayNotifier::notifyNewConversation(const QString &conversationId, const QString &title, const QString &body)
{
    // The title may hold a contact's name: both ways Qt shows it keep it plain text (the
    // desktop notification's summary, which the freedesktop spec never renders as markup, and
    // Qt's own balloon, whose title label is PlainText). The body can be rendered as markup by
    // notification servers, so callers pass only Repdesk's own words there, never server text.
    m_lastNotified = conversationId;
    m_lastTitle = title;
    if (m_tray)
        m_tray->showMessage(title, body, QSystemTrayIcon::Information, 8000);
    QApplication::alert(m_window);
}

} // namespace repdesk
