#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace repdesk {

class CopyableField;
class DirectorySession;
class EmptyStateWidget;
class PagedListView;

// The agent shown in the directory's roster: name and email, "Open dashboard" (the agent's page
// of the dashboards, Ctrl+2) and their conversations (Enter opens one in the inbox).
class AgentDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit AgentDetailPane(DirectorySession *session, QWidget *parent = nullptr);

    QString agentId() const { return m_agentId; }
    void showAgent(const QString &agentId);
    void clear();

    QPushButton *dashboardButton() const { return m_dashboard; }
    PagedListView *conversations() const { return m_conversations; }

Q_SIGNALS:
    void dashboardRequested(const QString &agentId);
    void conversationRequested(const QString &conversationId);

private:
    QPointer<DirectorySession> m_session;
    QString m_agentId;
    QStackedLayout *m_stack;
    EmptyStateWidget *m_placeholder;
    QLabel *m_title;
    CopyableField *m_email;
    QPushButton *m_dashboard;
    QLabel *m_conversationsCaption;
    PagedListView *m_conversations;
};

} // namespace repdesk
