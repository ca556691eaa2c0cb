#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "LeaderboardModel.h"
#include "TeamLeaderboard.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace repdesk {

class ErrorBanner;
class LeaderboardProxy;
class TableExportActions;

// The team leaderboard: every agent with the conversations they responded
// to, messages sent, pipeline volume and value, and sales rate for the range.
// Rows fill in as answers come, each with its own loading or failed state;
// failures are summed up above the table with one Retry (and "Retry this
// row" in the table's menu), and a failed agent list has its own Retry.
// Sorted by a header click, or by keyboard with "Sort by" (Alt+S) and
// "Order" (Alt+O). Enter or a double-click opens the agent's dashboard.
class LeaderboardView : public QWidget
{
    Q_OBJECT
public:
    explicit LeaderboardView(QWidget *parent = nullptr);

    void setTeam(TeamLeaderboard *team);
    QTableView *table() const { return m_table; }
    LeaderboardProxy *proxy() const { return m_proxy; }
    TableExportActions *exportActions() const { return m_export; }
    ErrorBanner *banner() const { return m_banner; }
    QComboBox *sortColumnBox() const { return m_sortColumn; }
    QComboBox *sortOrderBox() const { return m_sortOrder; }
    QString captionText() const;

    void sortBy(int column, Qt::SortOrder order);
    void retryFailed();

Q_SIGNALS:
    void agentActivated(const QString &agentId, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void scheduleUpdate();
    void fillSortColumns();

    QPointer<TeamLeaderboard> m_team;
    QPointer<LeaderboardModel> m_model;
    LeaderboardProxy *m_proxy;
    QTableView *m_table;
    TableExportActions *m_export;
    ErrorBanner *m_banner;
    QComboBox *m_sortColumn;
    QComboBox *m_sortOrder;
    QLabel *m_caption;
    QTimer *m_update;
};

} // namespace repdesk
