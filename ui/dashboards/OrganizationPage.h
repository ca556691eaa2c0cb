#pragma once

#include <QWidget>

class QSplitter;

namespace repdesk {

class DashboardSession;
class LeaderboardView;
class ScopeView;

// The organization's dashboard: its figures (tiles, trends, channels,
// pipeline) scrolling on the left, the team leaderboard beside them.
class OrganizationPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrganizationPage(QWidget *parent = nullptr);

    void setSession(DashboardSession *session);
    ScopeView *figures() const { return m_figures; }
    LeaderboardView *leaderboard() const { return m_leaderboard; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void stageActivated(const QString &stage);
    void agentActivated(const QString &agentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    ScopeView *m_figures;
    LeaderboardView *m_leaderboard;
    QSplitter *m_splitter;
    bool m_sized = false;
};

} // namespace repdesk
