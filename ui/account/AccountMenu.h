#pragma once

#include <QMenu>
#include <QPointer>

class QActionGroup;

namespace repdesk {

class SessionManager;

// The Account menu: every stored account (the open one checked), the one-run
// account when that is what is open, then Add account…, Sign in again…,
// Sign out and Remove account…. Rebuilt each time it opens, from the
// SessionManager, which does the work; dialogs are the window's.
class AccountMenu : public QMenu
{
    Q_OBJECT
public:
    AccountMenu(SessionManager *manager, QWidget *parent = nullptr);

    // Asks first (and names the unsent drafts that would be lost), then removes.
    bool confirmAndRemove(const QString &accountId);

Q_SIGNALS:
    void addAccountRequested();
    // Sign in to this stored account again (empty: the one-run account that is open).
    void signInAgainRequested(const QString &accountId);

private:
    void rebuild();

    SessionManager *m_manager;
    // Rebuilt on every opening; deleted explicitly, since QMenu::clear() leaves them.
    QPointer<QActionGroup> m_group;
    QPointer<QMenu> m_removeMenu;
};

} // namespace repdesk
