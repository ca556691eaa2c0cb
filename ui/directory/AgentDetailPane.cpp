#include "directory/AgentDetailPane.h"

#include "AgentConversationListModel.h"
#include "AgentListModel.h"
#include "DirectorySession.h"
#include "common/CopyableField.h"
#include "common/EmptyStateWidget.h"
#include "dashboards/PagedListView.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace repdesk {

AgentDetailPane::AgentDetailPane(DirectorySession *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_stack(new QStackedLayout(this)),
      m_placeholder(new EmptyStateWidget),
      m_title(new QLabel),
      m_email(new CopyableField(tr("Email"), tr("Copy email"))),
      m_dashboard(new QPushButton(tr("Open &dashboard"))),
      m_conversationsCaption(new QLabel(tr("Conversations"))),
      m_conversations(new PagedListView)
{
    m_placeholder->setContent(tr("No agent shown"), tr("Choose an agent in the roster."));
    m_stack->addWidget(m_placeholder);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_title);
    layout->addWidget(m_email);
    m_dashboard->setAccessibleDescription(tr("Shows this agent's figures in the dashboards (Ctrl+2)"));
    layout->addWidget(m_dashboard, 0, Qt::AlignLeft);
    m_conversationsCaption->setBuddy(m_conversations);
    layout->addWidget(m_conversationsCaption);
    m_conversations->setAccessibleName(tr("The agent's conversations"));
    m_conversations->setModel(session->agentConversations());
    layout->addWidget(m_conversations, 1);
    m_stack->addWidget(page);

    connect(m_dashboard, &QPushButton::clicked, this, [this] {
        if (!m_agentId.isEmpty())
            Q_EMIT dashboardRequested(m_agentId);
    });
    connect(m_conversations, &PagedListView::itemActivated, this, [this](int row) {
        if (const Conversation *c = m_session->agentConversations()->conversation(row))
            Q_EMIT conversationRequested(c->conversationId);
    });
    clear();
}

void AgentDetailPane::clear()
{
    m_agentId.clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void AgentDetailPane::showAgent(const QString &agentId)
{
    const Agent *agent = m_session->agents()->agent(agentId);
    m_agentId = agentId;
    m_stack->setCurrentIndex(1);
    const QString name = agent ? AgentListModel::displayName(*agent) : m_session->agentName(agentId);
    m_title->setText(name.isEmpty() ? tr("Agent") : name);
    m_title->setAccessibleName(tr("Agent %1").arg(m_title->text()));
    m_email->setValue(agent ? agent->email : QString());
    m_email->setVisible(agent && !agent->email.trimmed().isEmpty());
    m_dashboard->setAccessibleName(tr("Open the dashboard of %1").arg(m_title->text()));
}

} // namespace repdesk
