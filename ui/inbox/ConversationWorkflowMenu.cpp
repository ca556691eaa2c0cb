#include "inbox/ConversationWorkflowMenu.h"

#include "AgentDrafts.h"
#include "ConversationWorkflow.h"
#include "inbox/AgentDraftDialog.h"
#include "OrganizationSession.h"

#include <QCursor>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QDateTime>
#include <QLocale>

namespace repdesk {

ConversationWorkflowMenu::ConversationWorkflowMenu(QWidget *parent) : QMenu(tr("Conversat&ion"), parent) // Alt+C is the reply's Cc field
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
    addSeparator();
    m_newDraft = addAction(tr("New &draft for a colleague…"), this, &ConversationWorkflowMenu::newAgentDraft);
    m_newDraft->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_deleteDraft = addMenu(tr("De&lete a draft for a colleague"));
    connect(m_deleteDraft, &QMenu::aboutToShow, this, &ConversationWorkflowMenu::fillDeleteDrafts);
    if (parent)
        parent->addActions({m_snoozeKey, m_assignKey});
    setOrganization(nullptr);
}

QList<ShortcutInfo> ConversationWorkflowMenu::shortcuts()
{
    return {{tr("Ctrl+Shift+E"), tr("Close the conversation (Fernand)")},
            {tr("Ctrl+Shift+U"), tr("Reopen the conversation (Fernand)")},
            {tr("Ctrl+Shift+S"), tr("Snooze the conversation (Fernand)")},
            {tr("Ctrl+Shift+A"), tr("Assign the conversation (Fernand)")},
            {tr("Ctrl+Shift+L"), tr("New draft for a colleague: title, from, for (Fernand)")}};
}

void ConversationWorkflowMenu::setOrganization(OrganizationSession *organization)
{
    delete m_workflow;
    m_workflow = nullptr;
    delete m_agentDrafts;
    m_agentDrafts = nullptr;
    m_organization = organization;
    if (organization) {
        m_workflow = new ConversationWorkflow(organization, this);
        m_agentDrafts = new AgentDrafts(organization, this);
        connect(m_agentDrafts, &AgentDrafts::created, this, [this](const AgentDraft &draft) {
            Q_EMIT message(draft.title.isEmpty() ? tr("Draft created.") : tr("Draft \"%1\" created.").arg(draft.title));
        });
        connect(m_agentDrafts, &AgentDrafts::removed, this, [this] { Q_EMIT message(tr("Draft deleted.")); });
        // The dialog shows a failed create beside what was typed; the status bar says it too.
        connect(m_agentDrafts, &AgentDrafts::failed, this,
                [this](AgentDrafts::Failure, const QString &text) { Q_EMIT message(text); });
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
    const bool drafts = m_agentDrafts && m_agentDrafts->isAvailable();
    m_newDraft->setVisible(drafts);
    m_newDraft->setEnabled(drafts);
    m_deleteDraft->menuAction()->setVisible(drafts);
    menuAction()->setVisible(status || snooze || assign || drafts);
    if (assign || drafts)
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
    m_snooze->addSeparator();
    m_snooze->addAction(tr("&Until a date and time…"), this, &ConversationWorkflowMenu::snoozeUntilChosen);
}

void ConversationWorkflowMenu::snoozeUntilChosen()
{
    const QString id = target();
    if (!m_workflow || id.isEmpty())
        return;
    QDialog dialog(parentWidget());
    dialog.setWindowTitle(tr("Snooze until"));
    dialog.setAccessibleName(tr("Snooze until"));
    auto *form = new QFormLayout(&dialog);
    auto *when = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), &dialog);
    when->setCalendarPopup(true);
    when->setMinimumDateTime(QDateTime::currentDateTime());
    when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    when->setAccessibleName(tr("Snooze until"));
    auto *label = new QLabel(tr("&Wake up at:"), &dialog);
    label->setBuddy(when);
    form->addRow(label, when);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    when->setFocus();
    if (dialog.exec() != QDialog::Accepted || !m_workflow)
        return;
    // A time already past by the time OK is pressed would wake it at once: not what was asked.
    const QDateTime until = qMax(when->dateTime(), QDateTime::currentDateTime().addSecs(60));
    m_workflow->snooze(id, until);
}

void ConversationWorkflowMenu::newAgentDraft()
{
    const QString id = target();
    if (!m_agentDrafts || !m_agentDrafts->isAvailable() || id.isEmpty())
        return;
    m_workflow->loadAgents();
    auto *dialog = new AgentDraftDialog(m_agentDrafts, m_workflow->agents(), id, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The roster may still be on its way when the dialog opens.
    connect(m_workflow, &ConversationWorkflow::agentsChanged, dialog,
            [this, dialog] { dialog->setAgents(m_workflow->agents()); });
    dialog->open();
}

void ConversationWorkflowMenu::fillDeleteDrafts()
{
    m_deleteDraft->clear();
    const QString id = m_organization ? m_organization->openConversationId() : QString();
    const QList<AgentDraft> drafts = m_agentDrafts && !id.isEmpty() ? m_agentDrafts->drafts(id) : QList<AgentDraft>();
    if (drafts.isEmpty()) {
        m_deleteDraft->addAction(tr("No draft created here in this conversation"))->setEnabled(false);
        return;
    }
    for (const AgentDraft &d : drafts) {
        const QString when = QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat);
        //: A draft in the delete menu: its title (or "Untitled"), then when it was created.
        const QString text = tr("%1 (%2)").arg(d.title.isEmpty() ? tr("Untitled") : d.title, when);
        const QString draftId = d.id;
        m_deleteDraft->addAction(text, this, [this, id, draftId] {
            if (m_agentDrafts && !m_agentDrafts->remove(id, draftId))
                Q_EMIT message(tr("Another draft is on its way; try again in a moment."));
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
