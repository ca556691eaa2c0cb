#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "DashboardSession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;

namespace repdesk {

class AgentConversationRows;
class ContactDirectory;
class PagedListView;
class ScopeView;

// One agent's dashboard, opened from the team leaderboard: the same tiles,
// trends and pipeline scoped to the agent, and beside them the agent's
// conversations and sales (paged: more load as the list scrolls). Enter on
// a conversation asks for it to be opened in the inbox; Enter on a sale
// opens it beside the other sales of its stage.
class AgentPage : public QWidget
{
    Q_OBJECT
public:
    explicit AgentPage(QWidget *parent = nullptr);

    // Draws the session's agent scope as it is now (call again after openAgent()).
    void setSession(DashboardSession *session);
    void setAgentName(const QString &name);
    // Names the contacts of conversations the cache does not know.
    void setContacts(ContactDirectory *contacts);
    QString agentName() const { return m_name; }

    ScopeView *figures() const { return m_figures; }
    PagedListView *conversations() const { return m_conversations; }
    PagedListView *sales() const { return m_sales; }

Q_SIGNALS:
    void stageActivated(const QString &stage);
    void conversationActivated(const QString &conversationId);
    // Enter on one of the agent's sales.
    void saleActivated(const QString &saleId, const QString &stage);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<DashboardSession> m_session;
    QString m_name;
    QLabel *m_title;
    ScopeView *m_figures;
    AgentConversationRows *m_rows;
    PagedListView *m_conversations;
    PagedListView *m_sales;
    QSplitter *m_splitter;
    bool m_sized = false;
};

} // namespace repdesk
