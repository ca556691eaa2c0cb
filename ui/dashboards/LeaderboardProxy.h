#pragma once

#include <QIcon>
#include <QSortFilterProxyModel>

namespace repdesk {

// The team leaderboard as its table shows it: sorted on the raw values
// (Qt::UserRole, names compared the locale's way), and each row saying its
// own state: "…" in the cells of a row whose answer has not come yet, a
// warning icon and the reason (tooltip, and the accessible description for
// screen readers) on a row that failed.
class LeaderboardProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LeaderboardProxy(QObject *parent = nullptr);

    // The icon of a failed row (the view's style gives it).
    void setErrorIcon(const QIcon &icon) { m_errorIcon = icon; }
    QString agentId(int proxyRow) const;

    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QIcon m_errorIcon;
};

} // namespace repdesk
