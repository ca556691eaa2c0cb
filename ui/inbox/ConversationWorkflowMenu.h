#pragma once

#include "settings/ShortcutInfo.h"

#include <QList>
#include <QMenu>
#include <QPointer>

namespace repdesk {

class AgentDrafts;
class ConversationWorkflow;
class OrganizationSession;

// The "Conversation" menu: close, reopen, mark as spam, snooze, assign, and
// drafts for a colleague (new, delete), on the open conversation. It shows only the actions the account's provider has
// (ConversationWorkflow::can*(), from the provider's capabilities), and hides
// itself when there are none, so HyperRep accounts never see it.
class ConversationWorkflowMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ConversationWorkflowMenu(QWidget *parent = nullptr);

    void setOrganization(OrganizationSession *organization);
    ConversationWorkflow *workflow() const { return m_workflow; }
    AgentDrafts *agentDrafts() const { return m_agentDrafts; }
    // "New draft for a colleague…": the dialog, on the open conversation.
    void newAgentDraft();
    // "Snooze until…": a date and time chosen in a dialog.
    void snoozeUntilChosen();
    // For Help > Keyboard shortcuts.
    static QList<ShortcutInfo> shortcuts();

Q_SIGNALS:
    void message(const QString &text);

private:
    QString target() const;
    void fillSnooze();
    void fillAssign();
    void fillDeleteDrafts();
    void popUp(QMenu *menu);

    QPointer<OrganizationSession> m_organization;
    ConversationWorkflow *m_workflow = nullptr;
    AgentDrafts *m_agentDrafts = nullptr;
    QAction *m_newDraft;
    QMenu *m_deleteDraft;
    QAction *m_close;
    QAction *m_reopen;
    QAction *m_spam;
    QMenu *m_snooze;
    QMenu *m_assign;
    QAction *m_snoozeKey;
    QAction *m_assignKey;
};

} // namespace repdesk
