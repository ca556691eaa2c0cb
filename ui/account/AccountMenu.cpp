#include "account/AccountMenu.h"

#include "AccountRegistry.h"
#include "AccountSession.h"
#include "SessionManager.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

namespace repdesk {

AccountMenu::AccountMenu(SessionManager *manager, QWidget *parent)
    : QMenu(tr("&Account"), parent), m_manager(manager)
{
    connect(this, &QMenu::aboutToShow, this, &AccountMenu::rebuild);
    rebuild();
}

void AccountMenu::rebuild()
{
    clear();
    delete m_group;
    delete m_removeMenu;
    const AccountSession *open = m_manager->current();
    const QString openId = open ? open->identity().accountId : QString();
    auto *group = new QActionGroup(this);
    m_group = group;
    group->setExclusive(true);
    for (const AccountInfo &info : m_manager->registry()->accounts()) {
        QAction *a = addAction(info.label);
        a->setCheckable(true);
        a->setChecked(info.id == openId);
        a->setActionGroup(group);
        const QString id = info.id;
        connect(a, &QAction::triggered, this, [this, id] { m_manager->switchTo(id); });
    }
    if (open && openId.isEmpty()) {
        QAction *a = addAction(tr("%1 (this session only)").arg(open->identity().label));
        a->setCheckable(true);
        a->setChecked(true);
        a->setActionGroup(group);
    }
    if (!actions().isEmpty())
        addSeparator();
    addAction(tr("&Add account…"), this, &AccountMenu::addAccountRequested);
    QAction *again = addAction(tr("Sign in &again…"), this, [this, openId] { Q_EMIT signInAgainRequested(openId); });
    again->setEnabled(open && open->isRefused());
    QAction *out = addAction(tr("Sign &out"), m_manager, &SessionManager::signOut);
    out->setEnabled(open && !openId.isEmpty());
    QMenu *remove = addMenu(tr("&Remove account"));
    m_removeMenu = remove;
    for (const AccountInfo &info : m_manager->registry()->accounts()) {
        const QString id = info.id;
        remove->addAction(info.label + QStringLiteral("…"), this, [this, id] { confirmAndRemove(id); });
    }
    remove->setEnabled(!remove->isEmpty());
}

bool AccountMenu::confirmAndRemove(const QString &accountId)
{
    const std::optional<AccountInfo> info = m_manager->registry()->find(accountId);
    if (!info)
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Remove account"), tr("Remove %1 from Repdesk?").arg(info->label),
                    QMessageBox::NoButton, parentWidget());
    box.setTextFormat(Qt::PlainText); // the account's label holds the server's organization name
    QString details = tr("Its key is deleted from the keyring and its local copy of conversations is deleted from "
                         "this computer. Nothing changes on the server.");
    const int unsent = m_manager->unsentDrafts(accountId);
    if (unsent > 0)
        details += QStringLiteral("\n\n")
            + tr("%n reply or message draft(s) that never reached the server will be lost.", nullptr, unsent);
    box.setInformativeText(details);
    QPushButton *removeButton = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != removeButton)
        return false;
    m_manager->removeAccount(accountId);
    return true;
}

} // namespace repdesk
