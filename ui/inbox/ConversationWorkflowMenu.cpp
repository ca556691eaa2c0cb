#include "inbox/ConversationWorkflowMenu.h"

#include "ConversationWorkflow.h"
#include "OrganizationSession.h"

#include <QCursor>
#include <QDateTime>
#include <QLocale>

namespace repdesk {

ConversationWorkflowMenu::ConversationWorkflowMenu(QWidget *parent) : QMenu(tr("&Conversation"), parent)
{
    m_close = addAction(tr("&Close"), this, [this] {
        if (m_workflow && !target().isEmpty())
            m_workflow->setStatus(target(), QStringLiteral("closed"));
    });
    m_close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_reopen = addAction(tr("&Reopen"), this, [this] {
        if (m_workflow && !target().isEmpty())
            m_workflow->setStatus(target(), QStringLiteral("opened"));
    });
    m_reopen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_spam = addAction(tr("Mark as s&pam"), this, [this] {
        if (m_workflow && !target().isEmpty())
            m_workflow->setStatus(target(), QStringLiteral("spam"));
    });
    m_snooze = addMenu(tr("&Snooze"));
    m_assign = addMenu(tr("&Assign to"));
    connect(m_snooze, &QMenu::aboutToShow, this, &ConversationWorkflowMenu::fillSnooze);
    connect(m_assign, &QMenu::aboutToShow, this, &ConversationWorkflowMenu::fillAssign);
    // Submenus take no shortcut: these open them where the keyboard is.
    m_snoozeKey = new QAction(tr("Snooze…"), this);
    m_snoozeKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_snoozeKey, &QAction::triggered, this, [this] { popUp(m_snooze); });
    m_assignKey = new QAction(tr("Assign…"), this);
    m_assignKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_assignKey, &QAction::triggered, this, [this] { popUp(m_assign); });
    if (parent)
        parent->addActions({m_snoozeKey, m_assignKey});
    setOrganization(nullptr);
}

QList<ShortcutInfo> ConversationWorkflowMenu::shortcuts()
{
    return {{tr("Ctrl+Shift+E"), tr("Close the conversation (Fernand)")},
            {tr("Ctrl+Shift+U"), tr("Reopen the conversation (Fernand)")},
            {tr("Ctrl+Shift+S"), tr("Snooze the conversation (Fernand)")},
            {tr("Ctrl+Shift+A"), tr("Assign the conversation (Fernand)")}};
}

void ConversationWorkflowMenu::setOrganization(OrganizationSession *organization)
{
    delete m_workflow;
    m_workflow = nullptr;
    m_organization = organization;
    if (organization) {
        m_workflow = new ConversationWorkflow(organization, this);
        connect(m_workflow, &ConversationWorkflow::done, this, &ConversationWorkflowMenu::message);
        connect(m_workflow, &ConversationWorkflow::failed, this, &ConversationWorkflowMenu::message);
    }
    const bool status = m_workflow && m_workflow->canChangeStatus();
    const bool snooze = m_workflow && m_workflow->canSnooze();
    const bool assign = m_workflow && m_workflow->canAssign();
    for (QAction *a : {m_close, m_reopen, m_spam}) {
        a->setVisible(status);
        a->setEnabled(status);
    }
    m_snooze->menuAction()->setVisible(snooze);
    m_snoozeKey->setEnabled(snooze);
    m_assign->menuAction()->setVisible(assign);
    m_assignKey->setEnabled(assign);
    menuAction()->setVisible(status || snooze || assign);
    if (assign)
        m_workflow->loadAgents();
}

QString ConversationWorkflowMenu::target() const
{
    if (!m_organization || m_organization->openConversationId().isEmpty()) {
        Q_EMIT const_cast<ConversationWorkflowMenu *>(this)->message(tr("Open a conversation first."));
        return {};
    }
    return m_organization->openConversationId();
}

void ConversationWorkflowMenu::fillSnooze()
{
    m_snooze->clear();
    for (const ConversationWorkflow::SnoozeChoice &choice : ConversationWorkflow::snoozeChoices(QDateTime::currentDateTime())) {
        //: A snooze choice: its name, then when it ends.
        const QString text = tr("%1 (%2)").arg(choice.label, QLocale().toString(choice.until, QLocale::ShortFormat));
        const QDateTime until = choice.until;
        m_snooze->addAction(text, this, [this, until] {
            if (m_workflow && !target().isEmpty())
                m_workflow->snooze(target(), until);
        });
    }
}

void ConversationWorkflowMenu::fillAssign()
{
    m_assign->clear();
    if (!m_workflow)
        return;
    m_workflow->loadAgents();
    m_assign->addAction(tr("&Nobody"), this, [this] {
        if (m_workflow && !target().isEmpty())
            m_workflow->assign(target(), QString());
    });
    m_assign->addSeparator();
    if (m_workflow->agents().isEmpty())
        m_assign->addAction(tr("Loading agents…"))->setEnabled(false);
    for (const Agent &agent : m_workflow->agents()) {
        const QString id = agent.agentId;
        m_assign->addAction(agent.name.isEmpty() ? agent.email : agent.name, this, [this, id] {
            if (m_workflow && !target().isEmpty())
                m_workflow->assign(target(), id);
        });
    }
}

void ConversationWorkflowMenu::popUp(QMenu *menu)
{
    QWidget *anchor = parentWidget();
    menu->popup(anchor ? anchor->mapToGlobal(anchor->rect().center()) : QCursor::pos());
}

} // namespace repdesk
